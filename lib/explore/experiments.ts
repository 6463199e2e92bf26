/**
 * Experiments over a scenario's levers: each a setting of the levers, simulated against the baseline
 * posterior and scored against the recommendations.
 *
 * The pipeline, in order:
 *  1. design   — `designOf`: N points of the unit cube by the sampler (Saltelli's N × (levers + 2)
 *                rows for `sobol`, so Sobol' indices can be estimated), mapped onto the levers' ranges;
 *                a pure function of (scenario, sampler, N, seed);
 *  2. simulate — `experimentEvaluator`: the baseline drawn once per run (per worker, per shard), from
 *                the seed and the dataset only, so every experiment sees the same draws (common
 *                random numbers); then per experiment the simulator's own stages — apply the setting
 *                as fixed intensities, measure the indicators (lib/simulate/scenario-stage.ts);
 *  3. score    — ./outcomes.ts: every criterion's median score, the overall score, P(beats baseline),
 *                and for each recommendation and each section (3.1) the probability over the draws
 *                that all its criteria pass;
 *  4. rank     — experiments by overall median score (1 best; ties by index).
 * An experiment's numbers depend on its lever values alone, so any slice of the design (`--shard`)
 * gives exactly the rows a single run gives.
 *
 * Reference: J. H. Kwakkel, The Exploratory Modeling Workbench, Environmental Modelling & Software
 * 96 (2017) 239–250 (experiments, outcomes, samplers).
 *
 * @example
 * const run = runExperiments(loadScenario("scenarios/incentive-and-learning.json"), { samples: 64, sampler: "lhs", seed: 1, draws: 2000 });
 * run.experiments[0].overall; // median overall score of the first setting
 */
import { basename } from "node:path";
import { loadDataset } from "../dataset/load";
import { checkCatalogueScheme, loadCatalogue } from "../score/catalogue";
import { scoringNeeds } from "../score/run";
import type { Catalogue } from "../score/types";
import { defaultWeights } from "../score/weights";
import { baselinesOf, drawBaseline } from "../simulate/baseline-stage";
import { applyScenario, measureScenario, type Scratch } from "../simulate/scenario-stage";
import { definedMedian } from "../simulate/median";
import { compileScenario } from "../scenario/compile";
import type { LoadedScenario } from "../scenario/load";
import { kitVersion } from "../util/version";
import { leversOf, leverValues, withLevers } from "./levers";
import { experimentOutcomes, outcomeContext, sectionsOf } from "./outcomes";
import { samplePoints } from "./samplers";
import { saltelliDesign, saltelliRows } from "./sobol-indices";
import type { Lever, Sampler } from "./types";

/** Options of an exploration. */
export interface ExploreOptions {
  /** Base samples N (`sobol`: the design has N × (levers + 2) experiments). */
  samples: number;
  sampler: Sampler;
  seed: number;
  /** Simulation draws per experiment (default 2 000). */
  draws?: number;
  catalogue?: Catalogue;
  /** Run only experiments [from, to) of the design (a shard). */
  range?: [number, number];
  /** The yes/no question the run is analysed for, recorded so that shards merge into the whole run's analysis. */
  question?: Question;
}

/** The yes/no outcome PRIM explains: a recommendation or section passed with at least this probability; PRIM's box is chosen at `density`. */
export interface Question {
  outcome: string;
  probability: number;
  density: number;
}

/** One experiment's setting and outcomes. */
export interface Experiment {
  index: number;
  levers: number[];
  /** Median of every scenario indicator over the draws. */
  indicators: Record<string, number>;
  /** Median score 0–100 of every criterion (null: not defined). */
  criteria: Record<string, number | null>;
  overall: number | null;
  pBeatsBaseline: number | null;
  /** Per recommendation (3.1-authority-down …) and per section (3.1 …): the probability over the draws that all its criteria pass (a criterion not defined in a draw fails it). */
  pass: Record<string, number>;
}

/** The design: the levers and, row by row, their values. */
export interface Design {
  levers: Lever[];
  sampler: Sampler;
  samples: number;
  /** "saltelli" for the sobol sampler (rows A, AB_1 … AB_k, B per base point), else "plain". */
  layout: "saltelli" | "plain";
  rows: Float64Array[];
}

/** The experiments of a run, with what produced them. */
export interface ExperimentRun {
  kitVersion: string;
  seed: number;
  draws: number;
  /** The scenario: its id, file name (no folder, so runs on any machine agree) and SHA-256. */
  scenario: { id: string; file: string; hash: string };
  /** The recommendation catalogue scored against: its file name, version, and each section's recommendations. */
  catalogue: { file: string; version: string; sections: Record<string, string[]> };
  /** The question asked of the run (`--outcome`, `--probability`); null when none was given. */
  question: Question | null;
  design: Omit<Design, "rows">;
  /** Experiments in the whole design; `experiments` holds [range[0], range[1]). */
  total: number;
  range: [number, number];
  experiments: Experiment[];
}

/** How many experiments a design has: N, or Saltelli's N × (levers + 2) for the sobol sampler. */
export function designSize(levers: number, sampler: Sampler, samples: number): number {
  return sampler === "sobol" ? saltelliRows(samples, levers) : samples;
}

/** The design of an exploration (step 1). */
export function designOf(loaded: LoadedScenario, sampler: Sampler, samples: number, seed: number): Design {
  const levers = leversOf(loaded);
  const k = levers.length;
  const unit = sampler === "sobol" ? saltelliDesign(samplePoints("sobol", samples, 2 * k, seed), k) : samplePoints(sampler, samples, k, seed);
  return { levers, sampler, samples, layout: sampler === "sobol" ? "saltelli" : "plain", rows: unit.map((u) => leverValues(levers, u)) };
}

/** Runs the experiments of the design (or the slice `range` of it): steps 2–3, on this thread. */
export function runExperiments(loaded: LoadedScenario, options: ExploreOptions): ExperimentRun {
  const design = designOf(loaded, options.sampler, options.samples, options.seed);
  const [from, to] = options.range ?? [0, design.rows.length];
  const catalogue = options.catalogue ?? loadCatalogue();
  const evaluate = experimentEvaluator(loaded, catalogue, { draws: options.draws ?? 2000, seed: options.seed });
  const experiments: Experiment[] = [];
  for (let index = from; index < to; index++) experiments.push(evaluate(index, design.rows[index]));
  return experimentRun(loaded, { ...options, catalogue }, design, [from, to], experiments);
}

/** The record of a run: the experiments (in index order) with what produced them. */
export function experimentRun(loaded: LoadedScenario, options: ExploreOptions, design: Design, range: [number, number], experiments: Experiment[]): ExperimentRun {
  const { rows: _rows, ...shape } = design;
  const catalogue = options.catalogue ?? loadCatalogue();
  return {
    kitVersion: kitVersion(),
    seed: options.seed,
    draws: options.draws ?? 2000,
    scenario: { id: loaded.scenario.id, file: basename(loaded.file), hash: loaded.hash },
    catalogue: { file: basename(catalogue.file), version: catalogue.version, sections: sectionsOf(catalogue) },
    question: options.question ?? null,
    design: shape,
    total: design.rows.length,
    range,
    experiments,
  };
}

/**
 * Steps 2–3 as a function of one setting: the baseline is drawn once (lib/simulate/baseline-stage.ts),
 * then each call applies the setting (lib/simulate/scenario-stage.ts), measures it and scores it
 * (./outcomes.ts). Every call sees the same baseline draws, so an experiment's numbers depend on
 * its lever values alone. The arrays of one call are reused by the next.
 */
export function experimentEvaluator(loaded: LoadedScenario, catalogue: Catalogue, options: { draws: number; seed: number }): (index: number, values: ArrayLike<number>) => Experiment {
  const dataset = loadDataset(loaded.datasetDir);
  checkCatalogueScheme(catalogue, { id: dataset.meta.id, scheme: dataset.codebook.scheme.id });
  const levers = leversOf(loaded);
  const baselines = baselinesOf(dataset, loaded);
  const simulation = { draws: options.draws, seed: options.seed, ...scoringNeeds(catalogue), themeNodesFile: catalogue.file };
  const stage = drawBaseline(dataset, [compileScenario(loaded, dataset, baselines)], simulation, 1);
  const context = outcomeContext(catalogue, defaultWeights(catalogue), stage.values, options.draws);
  let scratch: Scratch = { mixes: {} };
  const median = new Float64Array(options.draws);
  // An indicator the setting leaves alone keeps the baseline's very array (a theme share, say): its median once.
  const baselineMedians = new Map(Object.values(stage.values).map((draws) => [draws, definedMedian(draws, median)]));
  return (index, values) => {
    const compiled = compileScenario(withLevers(loaded, levers, values, index), dataset, baselines);
    const { mixes } = applyScenario(compiled, stage, simulation, scratch);
    const measured = measureScenario(stage, mixes, simulation, scratch);
    scratch = { mixes, tools: measured.tools };
    return {
      index,
      levers: Array.from(values),
      indicators: Object.fromEntries(Object.entries(measured.values).map(([name, draws]) => [name, baselineMedians.get(draws) ?? definedMedian(draws, median)])),
      ...experimentOutcomes(context, measured.values),
    };
  };
}
