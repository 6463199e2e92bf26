import { printedSize } from "../charts/png-resolution";
import { readJsonFile } from "../io/json";
import { join } from "node:path";
import { schemeFigureText } from "../messages";
import { createHash } from "node:crypto";
import type { TopLevelSpec } from "vega-lite";
import { figureFiles, figureSvg, type FigureFormat } from "./formats";
import { smallestFontPt } from "./fit-width";
import type { Lang } from "../charts/theme";
import { loadDataset } from "../dataset/load";
import { prepareOutputFolder, writeOutputFolder, type FolderOptions, type OutputFile } from "../io/output";
import { buildMatrix, chiSquareTest, matrixSource } from "../matrix";
import { loadCatalogue } from "../score/catalogue";
import { scoreResults, scoringNeeds } from "../score/run";
import { simulateFiles } from "../simulate/run";
import { buildSchemeTables } from "../tables/scheme";
import { kitVersion } from "../util/version";
import { SCHEME_FIGURES, type SchemeFigureContext } from "./scheme-registry";

/** Options of {@link writeSchemeFigures}: the study's data, and where and how to write. */
export interface SchemeFigureOptions {
  /** The dataset folder (counts in the study's scheme). */
  data: string;
  /** Coded passages for the matrix: a .qdpx/.qde, a project folder, a segments CSV, or .txt texts (coded in the dataset's scheme). */
  source?: readonly string[];
  /** Keyword list for coding `.txt` sources (as `toolmix code --dictionary`). */
  dictionary?: string;
  /** Scenario files on the dataset; with `catalogue`, they are scored. */
  scenarios?: readonly string[];
  /** The study's recommendation catalogue (its `scheme` must be the dataset's). */
  catalogue?: string;
  out: string;
  lang?: Lang;
  formats?: readonly FigureFormat[];
  seed?: number;
  draws?: number;
  dpi?: number;
  /** Lay every figure out for a journal column this many mm wide (85 single, 175 double); default: its own width. */
  widthMm?: number;
  force?: boolean;
}

/** manifest.json of a scheme study's figures: each written figure with its files and SHA-256, each left-out one with the reason. */
export interface SchemeFigureManifest {
  kitVersion: string;
  dataset: { id: string; scheme: string };
  lang: Lang;
  seed: number;
  draws: number;
  dpi: number;
  /** The journal column the figures were laid out for (mm), or null: each at its own width. */
  widthMm: number | null;
  /** Each figure with its printed size (mm, at the SVG's CSS size) and the PNG's dpi. */
  figures: Array<{ id: string; title: string; shows: string; size: { widthMm: number; heightMm: number }; fontPt: number; dpi: number; files: Array<{ file: string; sha256: string }> }>;
  skipped: Array<{ id: string; reason: string }>;
  /** How the figures were made, where the reader should know (also printed by `toolmix figures`). */
  notes: string[];
}

/** The keyword list a coded dataset was coded with, as its dataset.json records it (`provenance.dictionary`), if any. */
function keywordListOf(data: string): string | undefined {
  try {
    const provenance = (readJsonFile(join(data, "dataset.json")) as { provenance?: { dictionary?: unknown } } | null)?.provenance;
    const d = provenance?.dictionary;
    return typeof d === "string" && d.startsWith("keyword list") ? d : undefined;
  } catch {
    return undefined; // loadDataset has already read the folder, or will say what is wrong with it
  }
}

/**
 * The figures of a study in any scheme (scheme-registry.ts), as SVG and/or PNG with each vega-lite
 * spec and a manifest, written under the lib/io/output.ts rules (never into an input's folder;
 * a foreign folder only with `force`). The pipeline: load the dataset → its generic tables → the
 * matrix of the coded passages (when a source is given) → simulate the scenarios → score them with
 * the catalogue → draw. Same inputs and seed, same bytes.
 *
 * @example
 * await writeSchemeFigures({ data: "data/examples/sde-example/dataset", source: ["output/examples/sde/sde.qdpx"], out: "output/examples/sde/figures" });
 */
export async function writeSchemeFigures(options: SchemeFigureOptions): Promise<SchemeFigureManifest> {
  const inputs = [options.data, ...(options.source ?? []), ...(options.scenarios ?? []), ...[options.catalogue, options.dictionary].filter((f): f is string => f !== undefined)];
  const target: FolderOptions = { kind: "figures", option: "--out", force: options.force, inputs };
  prepareOutputFolder(options.out, target);
  const lang = options.lang ?? "both";
  const formats = options.formats ?? ["svg", "png"];
  const seed = options.seed ?? 1;
  const draws = options.draws ?? 10_000;
  const dpi = options.dpi ?? 300;
  const context = schemeFigureContext(options, lang, seed, draws);
  const written: OutputFile[] = [];
  const manifest: SchemeFigureManifest = { kitVersion: kitVersion(), dataset: { id: context.dataset.meta.id, scheme: context.dataset.codebook.scheme.id }, lang, seed, draws, dpi, widthMm: options.widthMm ?? null, figures: [], skipped: [], notes: context.notes ?? [] };
  for (const figure of schemeFigureSpecs(context)) {
    if ("skipped" in figure) {
      manifest.skipped.push({ id: figure.id, reason: figure.skipped });
      continue;
    }
    const { spec, ...def } = figure;
    const svg = await figureSvg(spec, options.widthMm);
    const files: OutputFile[] = [{ file: `${def.id}.vl.json`, body: `${JSON.stringify(spec, null, 2)}\n` }];
    files.push(...(await figureFiles(def.id, svg, formats, { dpi, title: def.title })));
    written.push(...files);
    manifest.figures.push({ id: def.id, title: def.title, shows: def.shows, size: printedSize(svg), fontPt: smallestFontPt(svg), dpi, files: files.map((f) => ({ file: f.file, sha256: createHash("sha256").update(f.body).digest("hex") })) });
  }
  writeOutputFolder(options.out, [...written, { file: "manifest.json", body: `${JSON.stringify(manifest, null, 2)}\n` }], target);
  return manifest;
}

/** A figure of a study, built: its vega-lite spec, or why it was left out. */
export type BuiltSchemeFigure = { id: string; title: string; shows: string; spec: TopLevelSpec } | { id: string; title: string; skipped: string };

/**
 * Every figure of a study from its context, in order, without rendering: what a notebook shows
 * (`showChart(f.spec)`) and writeSchemeFigures writes.
 *
 * @example
 * for (const f of schemeFigureSpecs(schemeFigureContext({ data: "data/examples/sde-example/dataset" }, "en"))) if ("spec" in f) await showChart(f.spec);
 */
export function schemeFigureSpecs(context: SchemeFigureContext): BuiltSchemeFigure[] {
  return SCHEME_FIGURES.map((def) => {
    const spec = def.build(context);
    return "skipped" in spec ? { id: def.id, title: def.title, skipped: String(spec.skipped) } : { id: def.id, title: def.title, shows: def.shows, spec };
  });
}

/** The data the figures draw on, built in the pipeline's order (see writeSchemeFigures). */
export function schemeFigureContext(options: Omit<SchemeFigureOptions, "out">, lang: Lang, seed = 1, draws = 10_000): SchemeFigureContext {
  const dataset = loadDataset(options.data);
  const tables = buildSchemeTables(dataset);
  const context: SchemeFigureContext = { dataset, tables, lang };
  if (options.source && options.source.length > 0) {
    const src = matrixSource(options.source, { scheme: options.data, dictionary: options.dictionary });
    const matrix = buildMatrix(src.segments, { ...src, rows: { kind: "nodes", dimension: "tools", level: 1 }, cols: { kind: "nodes", dimension: "themes", level: 1 } });
    context.matrix = { matrix, test: chiSquareTest(matrix.counts), source: src.source };
    // Raw texts are coded again here: with the scheme's cue words unless --dictionary says otherwise,
    // which differs from the dataset when a keyword list coded it.
    const list = keywordListOf(options.data);
    if (list !== undefined && options.dictionary === undefined && options.source.some((f) => f.toLowerCase().endsWith(".txt"))) context.notes = [schemeFigureText.matrixWithoutList(list)];
  }
  if (options.scenarios && options.scenarios.length > 0) {
    const catalogue = options.catalogue ? loadCatalogue(options.catalogue) : undefined;
    context.simulation = simulateFiles(options.scenarios, { draws, seed, ...(catalogue ? scoringNeeds(catalogue) : {}) });
    if (catalogue) context.score = scoreResults(context.simulation, { draws, seed, catalogue });
  }
  return context;
}
