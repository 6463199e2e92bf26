/**
 * `toolmix explore SCENARIO --seed S [--samples N] [--sampler sobol|lhs|mc] [--draws D] [--levers FILE]
 * [--catalogue FILE] [--outcome REC] [--probability P] [--density D] [--shard i/n] [--workers W] [--out DIR]
 * [--force]` and `toolmix merge SHARD_DIR… --out DIR [--outcome REC] [--probability P] [--density D]`:
 * the scenario space (lib/explore). A whole run writes
 * experiments.json, experiments.csv and analysis.json and prints the summary; a shard writes its slice
 * of the experiments; merge combines the shards into exactly the files of a single run.
 */
import { existsSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { loadDataset } from "../dataset/load";
import type { Dataset } from "../dataset/types";
import { InputError } from "../errors";
import { readJsonFile } from "../io/json";
import { writeOutputFolder } from "../io/output";
import { cli, exploreText } from "../messages";
import { analyse, checkOutcome } from "../explore/analysis";
import { designSize, type ExperimentRun, type Question } from "../explore/experiments";
import { leversOf } from "../explore/levers";
import { defaultWorkers, runExperimentsParallel } from "../explore/parallel";
import { explorationFiles, mergeRuns } from "../explore/files";
import { formatExploration } from "../explore/format-text";
import { checkLeverRanges, readLeverRanges, withRanges } from "../explore/lever-ranges";
import { defaultOutcome, outcomeGroups } from "../explore/outcomes";
import { SOBOL_MAX_DIMENSIONS } from "../explore/samplers";
import type { Sampler } from "../explore/types";
import { loadScenario, type LoadedScenario } from "../scenario/load";
import { checkCatalogueScheme, loadCatalogue } from "../score/catalogue";
import type { Catalogue } from "../score/types";
import { UsageError, type ParsedArgs } from "./args";
import { numberOption as number, seedOption, stringOption } from "./options";

/** The most experiments one process runs (beyond: shards). */
export const MAX_EXPERIMENTS = 200_000;

const SAMPLERS: readonly Sampler[] = ["lhs", "sobol", "mc"];

/**
 * The run's question: which recommendation or section (of `outcomes`), at what probability — the
 * options when given, else what the run records (shards record theirs, so merge asks what they
 * asked), else the defaults.
 */
function questionOf(args: ParsedArgs, outcomes: readonly string[], recorded?: Question | null): Question {
  return {
    outcome: stringOption(args, "outcome") ?? recorded?.outcome ?? defaultOutcome(outcomes),
    probability: number(args, "probability", { min: 0, max: 1, integer: false }) ?? recorded?.probability ?? 0.9,
    density: number(args, "density", { min: 0, max: 1, integer: false }) ?? recorded?.density ?? 0.8,
  };
}


/** `--shard i/n` as the half-open range of experiments it runs. */
export function shardRange(value: string, total: number): [number, number] {
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const i = m ? Number(m[1]) : NaN;
  const n = m ? Number(m[2]) : NaN;
  if (!(i >= 1 && n >= 1 && i <= n)) throw new UsageError(cli.badOption("--shard", value, exploreText.shard));
  return [Math.floor(((i - 1) * total) / n), Math.floor((i * total) / n)];
}

/** `toolmix explore`: returns the text to print. */
export async function exploreCommand(args: ParsedArgs): Promise<string> {
  if (args.positional.length !== 1) throw new UsageError(cli.exploreNeedsScenario);
  const seed = seedOption(args, cli.exploreNeedsSeed);
  // Sobol' by default: its design gives Sobol' indices with intervals as well as PRIM's box.
  const sampler = (stringOption(args, "sampler") ?? "sobol") as Sampler;
  if (!SAMPLERS.includes(sampler)) throw new UsageError(cli.badOption("--sampler", sampler, "lhs, sobol or mc"));
  const samples = number(args, "samples", { min: 2, max: 1e9, integer: true }) ?? 256;
  const draws = number(args, "draws", { min: 10, max: 1e7, integer: true }) ?? 2000;
  const file = args.positional[0];
  let loaded = loadScenario(file);
  // Read once for the checks before the slow work (each thread reads it again for itself).
  const dataset = loadDataset(loaded.datasetDir);
  const leversFile = stringOption(args, "levers");
  if (leversFile) {
    const ranges = readLeverRanges(leversFile, loaded);
    loaded = withRanges(loaded, ranges);
    checkLeverRanges(loaded, dataset, ranges, leversFile);
  }
  const k = leversOf(loaded).length; // checked before the slow work
  if (k === 0) throw new InputError([{ file, field: "operations", found: "every intensity fixed", expected: exploreText.noLevers }]);
  if (sampler === "sobol" && 2 * k > SOBOL_MAX_DIMENSIONS) throw new InputError([{ file, field: "operations", found: `${k} levers`, expected: exploreText.sobolLevers(Math.floor(SOBOL_MAX_DIMENSIONS / 2)) }]);
  const catalogueFile = stringOption(args, "catalogue");
  const catalogue = loadCatalogue(catalogueFile);
  checkSchemeBeforeRunning(loaded, dataset, catalogue, catalogueFile);
  // The outcome is checked against the catalogue now, not after the experiments have run.
  const outcomes = outcomeGroups(catalogue).map((g) => g.id);
  const question = questionOf(args, outcomes);
  checkOutcome(question.outcome, outcomes);
  const total = designSize(k, sampler, samples);
  const shard = stringOption(args, "shard");
  const range = shard ? shardRange(shard, total) : ([0, total] as [number, number]);
  if (range[1] - range[0] > MAX_EXPERIMENTS) throw new InputError([{ file: "--samples", field: "samples", found: `${total} experiments`, expected: exploreText.tooManyExperiments(MAX_EXPERIMENTS) }]);
  const out = stringOption(args, "out") ?? join("output", `explore-${loaded.scenario.id}`);
  // Worker threads share the slice; the result is the same bytes for any number of them.
  const workers = number(args, "workers", { min: 1, max: 1024, integer: true }) ?? defaultWorkers();
  const run = await runExperimentsParallel(loaded, { samples, sampler, seed, draws, range, catalogue, question }, workers);
  const inputs = [file, ...(leversFile ? [leversFile] : []), ...(catalogueFile ? [catalogueFile] : [])];
  if (shard) {
    writeOutputFolder(out, explorationFiles(run), { kind: "explore", option: "--out", force: args.options.force === true, inputs });
    const slice = range[1] > range[0] ? `shard ${shard}: experiments ${range[0]}–${range[1] - 1} of ${total}` : exploreText.shardEmpty(shard, total);
    return `${exploreText.written(out, ["experiments.json", "experiments.csv"])} (${slice})\n`;
  }
  return finish(run, args, out, inputs);
}

/**
 * The catalogue must be written for the scenario's coding scheme (checked again by every thread;
 * here before any work). Without --catalogue, a catalogue next to the scenario's dataset is named.
 */
function checkSchemeBeforeRunning(loaded: LoadedScenario, dataset: Dataset, catalogue: Catalogue, given: string | undefined): void {
  try {
    checkCatalogueScheme(catalogue, { id: dataset.meta.id, scheme: dataset.codebook.scheme.id });
  } catch (error) {
    const near = [join(loaded.datasetDir, "recommendations.json"), join(dirname(loaded.datasetDir), "recommendations.json")].find((f) => existsSync(f));
    if (!(error instanceof InputError) || given !== undefined || near === undefined) throw error;
    throw new InputError(error.issues.map((issue) => ({ ...issue, expected: `${issue.expected}; ${exploreText.catalogueNearDataset(relative(process.cwd(), near) || near)}` })));
  }
}

/** `toolmix merge`: returns the text to print. */
export function mergeCommand(args: ParsedArgs): string {
  if (args.positional.length === 0) throw new UsageError(cli.mergeNeedsShards);
  const out = stringOption(args, "out");
  if (!out) throw new UsageError(cli.mergeNeedsOut);
  const shards = args.positional.map((dir) => {
    const file = join(dir, "experiments.json");
    const run = readJsonFile(file) as ExperimentRun;
    if (run === null || typeof run !== "object" || !Array.isArray(run.experiments) || !Array.isArray(run.range)) throw new InputError([{ file, field: "(top level)", found: typeof run, expected: exploreText.mergeFolder }]);
    return { file, run };
  });
  return finish(mergeRuns(shards), args, out, args.positional);
}

/** Analyses a whole run, writes its files and returns the summary. */
function finish(whole: ExperimentRun, args: ParsedArgs, out: string, inputs: readonly string[]): string {
  const outcomes = Object.keys(whole.experiments[0]?.pass ?? {});
  const question = questionOf(args, outcomes, whole.question);
  // The question asked last is the one recorded (merge may ask another of the shards' experiments).
  const run = { ...whole, question };
  const analysis = analyse(run, { ...question, seed: run.seed });
  writeOutputFolder(out, explorationFiles(run, analysis), { kind: "explore", option: "--out", force: args.options.force === true, inputs });
  return `${formatExploration(run, analysis)}\n${exploreText.written(out, ["experiments.json", "experiments.csv", "analysis.json"])}\n`;
}
