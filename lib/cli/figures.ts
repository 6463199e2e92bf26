import { existsSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { writeSchemeFigures } from "../figures/scheme-write";
import { readJsonFile } from "../io/json";
import { writeFigures } from "../figures/write";
import { FIGURE_FORMATS, type FigureFormat } from "../figures/formats";
import type { Lang } from "../charts/theme";
import { figuresText, schemeFigureText } from "../messages";
import { UsageError, type ParsedArgs } from "./args";
import { numberOption, SEED } from "./options";

/**
 * `toolmix figures [--out DIR] [--lang zh|en|both] [--format svg,png,pdf] [--seed S] [--documents DIR] [--force]`:
 * the paper's figures. With `--data DIR [SCENARIO…] [--source PATH[,PATH…]] [--catalogue FILE]
 * [--dictionary FILE.csv] [--draws N]`: the figures of a study in the dataset's own scheme
 * (lib/figures/scheme-registry.ts), the matrix from `--source`'s coded passages, the scenario and
 * score figures from the scenario files and the catalogue.
 */
export async function figuresCommand(args: ParsedArgs): Promise<string> {
  const lang = String(args.options.lang ?? "both");
  if (!["zh", "en", "both"].includes(lang)) throw new UsageError(figuresText.badLang(lang));
  const format = String(args.options.format ?? "svg,png");
  const formats = format.split(",").map((f) => f.trim());
  if (formats.length === 0 || formats.some((f) => !(FIGURE_FORMATS as readonly string[]).includes(f))) throw new UsageError(figuresText.badFormat(format));
  const str = (name: string) => (typeof args.options[name] === "string" ? String(args.options[name]) : undefined);
  const data = str("data");
  // The paper's figures go to output/figures; a study's to a folder of its own, never over them.
  const out = str("out") ?? (data === undefined ? "output/figures" : `output/figures-${datasetName(data)}`);
  const studyOnly = ["source", "catalogue", "dictionary", "draws"].find((name) => args.options[name] !== undefined);
  if (data === undefined && (studyOnly !== undefined || args.positional.length > 0)) throw new UsageError(figuresText.needsData(studyOnly ? `--${studyOnly}` : args.positional[0]));
  if (data !== undefined) {
    if (args.options.documents !== undefined) throw new UsageError(figuresText.documentsWithData);
    // A shell glob after --source (--source texts/*.txt) leaves the other texts as positional arguments.
    const notScenario = args.positional.find((p) => !p.toLowerCase().endsWith(".json"));
    if (notScenario !== undefined) throw new UsageError(figuresText.positionalNotScenario(notScenario));
    const source = str("source");
    const manifest = await writeSchemeFigures({
      data,
      source: source === undefined ? undefined : sourceList(source),
      dictionary: str("dictionary"),
      scenarios: args.positional,
      catalogue: str("catalogue"),
      out,
      lang: lang as Lang,
      formats: formats as FigureFormat[],
      seed: numberOption(args, "seed", SEED),
      draws: numberOption(args, "draws", { min: 1, max: 1e7, integer: true }),
      force: args.options.force === true,
    });
    return `${schemeFigureText.summary(manifest.figures.length, manifest.skipped.length, out)}\n${manifest.notes.map((n) => `Note: ${n}\n`).join("")}`;
  }
  const manifest = await writeFigures({
    out,
    lang: lang as Lang,
    formats: formats as FigureFormat[],
    seed: numberOption(args, "seed", SEED),
    documents: typeof args.options.documents === "string" ? args.options.documents : undefined,
    force: args.options.force === true,
  });
  return `${figuresText.summary(manifest.figures.length, out)}\n`;
}

/** The dataset's id (dataset.json) as a folder name, else the folder's own name. */
function datasetName(data: string): string {
  let id: unknown;
  try {
    id = (readJsonFile(join(data, "dataset.json")) as { id?: unknown } | null)?.id;
  } catch {
    id = undefined; // the loader reports a missing or bad dataset.json with its own message
  }
  const name = typeof id === "string" && id.length > 0 ? id : basename(resolve(data));
  return name.replace(/[^\p{L}\p{N}._-]+/gu, "-").slice(0, 64) || "dataset";
}

/**
 * `--source` as one path, or several joined by commas (`--source a.txt,b.txt`, as `toolmix
 * matrix` takes several raw texts): split only when every part exists, so a file name with a comma
 * still works.
 */
function sourceList(value: string): string[] {
  const parts = value.split(",").filter((p) => p !== "");
  return parts.length > 1 && parts.every((p) => existsSync(p)) ? parts : [value];
}
