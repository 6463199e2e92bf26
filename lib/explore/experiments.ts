/**
 * Experiments over a scenario's levers: each a setting of the levers, simulated against the baseline
 * posterior and scored against the recommendations.
 *
 * The pipeline, in order:
 *  1. design   — `designOf`: N points of the unit cube by the sampler (Saltelli's N × (levers + 2)
 *                rows for `sobol`, so Sobol' indices can be estimated), mapped onto the levers' ranges;
 *                a pure function of (scenario, sampler, N, seed);
 *  2. simulate — experiments in blocks of BLOCK: each block one simulation of its experiments as
 *                fixed-intensity scenarios, on baseline draws that depend on the seed and the dataset
 *                only (common random numbers: every experiment sees the same draws);
 *  3. score    — every criterion's median score, the overall score, P(beats baseline), and for each
 *                recommendation the probability over the draws that all its criteria pass;
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
import { loadCatalogue } from "../score/catalogue";
import { scoringNeeds } from "../score/run";
import { scorecards } from "../score/scorecard";
import type { Catalogue } from "../score/types";
import { defaultWeights } from "../score/weights";
import { simulate } from "../simulate/run";
import type { LoadedScenario } from "../scenario/load";
import { kitVersion } from "../util/version";
import { leversOf, leverValues, withLevers } from "./levers";
import { samplePoints } from "./samplers";
import { saltelliDesign, saltelliRows } from "./sobol-indices";
import type { Lever, Sampler } from "./types";

/** Experiments simulated together: one simulation's baseline draws serve them all. */
const BLOCK = 32;

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
  /** Per recommendation (3.1-authority-down …): the probability over the draws that all its criteria pass (a criterion not defined in a draw fails it). */
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

/** Runs the experiments of the design (or the slice `range` of it): steps 2–3. */
export function runExperiments(loaded: LoadedScenario, options: ExploreOptions): ExperimentRun {
  const draws = options.draws ?? 2000;
  const catalogue = options.catalogue ?? loadCatalogue();
  const design = designOf(loaded, options.sampler, options.samples, options.seed);
  const [from, to] = options.range ?? [0, design.rows.length];
  const weights = defaultWeights(catalogue);
  // Each recommendation with the indices of its criteria, once for the run.
  const recommendations = [...new Set(catalogue.criteria.map((c) => c.recommendation))].map((id) => ({ id, members: catalogue.criteria.flatMap((c, j) => (c.recommendation === id ? [j] : [])) }));
  const finite = (v: number) => (Number.isFinite(v) ? v : null);
  const experiments: Experiment[] = [];
  for (let start = from; start < to; start += BLOCK) {
    const indices = Array.from({ length: Math.min(BLOCK, to - start) }, (_, i) => start + i);
    const scenarios = indices.map((i) => withLevers(loaded, design.levers, design.rows[i], i));
    const results = simulate(scenarios, { draws, seed: options.seed, ...scoringNeeds(catalogue), themeNodesFile: catalogue.file });
    const { cards, values } = scorecards(results, catalogue, weights);
    indices.forEach((index, s) => {
      const card = cards[s];
      const pass: Record<string, number> = {};
      for (const { id, members } of recommendations) {
        let passed = 0;
        // values are partial values 0–1; the marks are on the 0–100 score.
        for (let d = 0; d < draws; d++) if (members.every((j) => 100 * values[s][j][d] >= catalogue.marks.pass)) passed++;
        pass[id] = passed / draws;
      }
      experiments.push({
        index,
        levers: Array.from(design.rows[index]),
        indicators: Object.fromEntries(Object.entries(results[s].scenario).map(([name, summary]) => [name, summary.median])),
        criteria: Object.fromEntries(card.criteria.map((c) => [c.criterion, finite(c.score.median)])),
        overall: finite(card.overall.median),
        pBeatsBaseline: card.pBeatsBaseline,
        pass,
      });
    });
  }
  const { rows: _rows, ...shape } = design;
  return { kitVersion: kitVersion(), seed: options.seed, draws, scenario: { id: loaded.scenario.id, file: basename(loaded.file), hash: loaded.hash }, design: shape, total: design.rows.length, range: [from, to], experiments };
}
