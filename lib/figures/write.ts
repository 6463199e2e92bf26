import { printedSize } from "../charts/png-resolution";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { figureFiles, figureSvg, type FigureFormat } from "./formats";
import { smallestFontPt } from "./fit-width";
import type { Lang } from "../charts/theme";
import { loadDataset } from "../dataset/load";
import { loadCatalogue } from "../score/catalogue";
import { scoreResults, scoringNeeds } from "../score/run";
import { simulateFiles } from "../simulate/run";
import { synthesizeCorpus, writeSyntheticDataset } from "../synth";
import { buildTables } from "../tables/build";
import { kitPath } from "../util/paths";
import { prepareOutputFolder, writeOutputFolder, type FolderOptions, type OutputFile } from "../io/output";
import { kitVersion } from "../util/version";
import { FIGURES, type FigureContext } from "./registry";

/** Options of {@link writeFigures}. */
export interface FigureOptions {
  /** Output folder (default output/figures). */
  out?: string;
  lang?: Lang;
  formats?: readonly FigureFormat[];
  /** Seed of the synthetic corpus, the simulation and the scoring (default 1). */
  seed?: number;
  /** Simulation draws behind the scenario and score figures (default 10 000). */
  draws?: number;
  /** A document-level dataset folder for the Fig. 5–7 layouts (default: the synthetic corpus of `seed`). */
  documents?: string;
  /** PNG resolution (default 300 dpi). */
  dpi?: number;
  /** Lay every figure out for a journal column this many mm wide (85 single, 175 double); default: its own width. */
  widthMm?: number;
  /** The data to draw, when the caller built it already (see buildContext); else built here. */
  context?: FigureContext;
  /** Write into a non-empty folder the kit did not write (only the kit's files are replaced). */
  force?: boolean;
}

/** manifest.json: every figure with its source in the paper and its files (with SHA-256). */
export interface FigureManifest {
  kitVersion: string;
  lang: Lang;
  seed: number;
  draws: number;
  dpi: number;
  /** The journal column the figures were laid out for (mm), or null: each at its own width. */
  widthMm: number | null;
  documents: { id: string; synthetic: boolean };
  /** Each figure with its printed size (mm, at the SVG's CSS size), its smallest text as printed (pt) and the PNG's dpi. */
  figures: Array<{ id: string; title: string; title_zh: string; source: string; sentence: string; size: { widthMm: number; heightMm: number }; fontPt: number; dpi: number; files: Array<{ file: string; sha256: string }> }>;
}

/**
 * Regenerates every figure (see registry.ts) as SVG and/or PNG, plus each vega-lite spec, into
 * `out`, with a manifest. Same inputs, same bytes: data, seeds and fonts are fixed, nothing
 * depends on time or paths. Written the safe way of lib/io/output.ts (not into data/, scenarios/,
 * notebooks/ or the --documents folder; a foreign folder only with `force`; every file staged and
 * renamed with manifest.json last, so concurrent runs never leave files the manifest disagrees with).
 *
 * @example
 * const manifest = await writeFigures({ out: "output/figures", lang: "both" });
 * manifest.figures.map((f) => f.id); // ["table2-tools", "tables3-7-themes", …]
 */
export async function writeFigures(options: FigureOptions = {}): Promise<FigureManifest> {
  const out = options.out ?? kitPath("output", "figures");
  const target: FolderOptions = { kind: "figures", option: "--out", force: options.force, inputs: options.documents ? [options.documents] : [] };
  prepareOutputFolder(out, target); // before the slow part: a refused folder fails at once
  const lang = options.lang ?? "both";
  const formats = options.formats ?? ["svg", "png"];
  const seed = options.seed ?? 1;
  const draws = options.draws ?? 10_000;
  const dpi = options.dpi ?? 300;
  const context = options.context ?? buildContext(lang, seed, draws, options.documents);
  const written: OutputFile[] = [];
  const figures: FigureManifest["figures"] = [];
  for (const def of FIGURES) {
    const spec = def.build(context);
    const svg = await figureSvg(spec, options.widthMm);
    const files: Array<{ file: string; body: string | Uint8Array }> = [{ file: `${def.id}.vl.json`, body: `${JSON.stringify(spec, null, 2)}\n` }];
    files.push(...(await figureFiles(def.id, svg, formats, { dpi, title: def.title })));
    written.push(...files.map((f) => ({ file: f.file, body: f.body })));
    figures.push({ id: def.id, title: def.title, title_zh: def.title_zh, source: def.source, sentence: def.sentence, size: printedSize(svg), fontPt: smallestFontPt(svg), dpi, files: files.map((f) => ({ file: f.file, sha256: createHash("sha256").update(f.body).digest("hex") })) });
  }
  const manifest: FigureManifest = { kitVersion: kitVersion(), lang, seed, draws, dpi, widthMm: options.widthMm ?? null, documents: { id: context.documents.meta.id, synthetic: context.documents.meta.synthetic === true }, figures };
  writeOutputFolder(out, [...written, { file: "manifest.json", body: `${JSON.stringify(manifest, null, 2)}\n` }], target);
  return manifest;
}

/** The data every figure draws on: the paper's tables, a document-level dataset, simulations and scores. */
export function buildContext(lang: Lang, seed: number, draws: number, documentsDir?: string): FigureContext {
  const paper = loadDataset();
  const scenarios = readdirSync(kitPath("scenarios")).filter((f) => f.endsWith(".json") && f !== "scenario.schema.json").sort().map((f) => kitPath("scenarios", f));
  // One simulation serves the scenario chart and the scores.
  const catalogue = loadCatalogue();
  const simulation = simulateFiles(scenarios, { draws, seed, ...scoringNeeds(catalogue) });
  return {
    paper,
    tables: buildTables(paper),
    documents: documentsDir ? loadDataset(documentsDir) : syntheticDataset(seed),
    simulation,
    score: scoreResults(simulation, { draws, seed, catalogue }),
    lang,
  };
}

/** The synthetic corpus of `seed`, written to a temporary folder and loaded (then the folder is removed). */
function syntheticDataset(seed: number) {
  const dir = mkdtempSync(join(tmpdir(), "toolmix-figures-"));
  try {
    writeSyntheticDataset(synthesizeCorpus(loadDataset(), seed), dir);
    return loadDataset(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
