import { existsSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { writeSchemeFigures } from "../figures/scheme-write";
import { readJsonFile } from "../io/json";
import { writeFigures } from "../figures/write";
import { FIGURE_FORMATS, type FigureFormat } from "../figures/formats";
import { COLUMN_WIDTHS } from "../figures/fit-width";
import type { Lang } from "../charts/theme";
import { figuresText, schemeFigureText } from "../messages";
import { UsageError, type ParsedArgs } from "./args";
import { numberOption, SEED, stringOption } from "./options";

/**
 * `toolmix figures [--out DIR] [--lang zh|en|both] [--format svg,png,pdf] [--width 85mm|175mm|single|double]
 * [--seed S] [--documents DIR] [--force]`:
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
  const str = (name: string) => stringOption(args, name);
  const widthMm = columnWidth(str("width"));
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
      widthMm,
      force: args.options.force === true,
    });
    return `${schemeFigureText.summary(manifest.figures.length, manifest.skipped.length, out)}\n${manifest.notes.map((n) => `Note: ${n}\n`).join("")}${smallTextNote(widthMm, manifest.figures, manifest.lang)}`;
  }
  const manifest = await writeFigures({
    out,
    lang: lang as Lang,
    formats: formats as FigureFormat[],
    seed: numberOption(args, "seed", SEED),
    documents: typeof args.options.documents === "string" ? args.options.documents : undefined,
    widthMm,
    force: args.options.force === true,
  });
  return `${figuresText.summary(manifest.figures.length, out)}\n${smallTextNote(widthMm, manifest.figures, manifest.lang)}`;
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

/** `--width`: a journal column preset (single 85 mm, double 175 mm) or a width in mm (`120mm`), 30–500 mm. */
export function columnWidth(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const preset = COLUMN_WIDTHS[value.toLowerCase()];
  if (preset !== undefined) return preset;
  const m = /^(\d+(?:\.\d+)?)\s*mm$/i.exec(value.trim());
  const mm = m ? Number(m[1]) : NaN;
  if (!(mm >= 30 && mm <= 500)) throw new UsageError(figuresText.badWidth(value));
  return mm;
}

/** The notes on figures a column width made unprintable: text below 6 pt, taller than a page (none without --width). */
function smallTextNote(widthMm: number | undefined, figures: readonly { id: string; fontPt: number; size: { heightMm: number } }[], lang: string): string {
  if (widthMm === undefined) return "";
  const small = figures.filter((f) => f.fontPt < 6);
  const tall = figures.filter((f) => f.size.heightMm > 240).map((f) => ({ id: f.id, heightMm: f.size.heightMm }));
  return `${small.length > 0 ? `${figuresText.smallText(widthMm, small, lang)}\n` : ""}${tall.length > 0 ? `${figuresText.tallFigures(widthMm, tall)}\n` : ""}`;
}
