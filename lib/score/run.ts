import type { LoadedScenario } from "../scenario/load";
import { loadScenario } from "../scenario/load";
import { Rng, streamSeed } from "../random/prng";
import { simulate } from "../simulate/run";
import type { ScenarioResult } from "../simulate/types";
import { kitVersion } from "../util/version";
import { checkCatalogueScheme, loadCatalogue } from "./catalogue";
import { loadDataset } from "../dataset/load";
import { indicatorsOf, scorecards } from "./scorecard";
import { smaa } from "./smaa";
import type { Catalogue, Scorecard, SmaaResult } from "./types";
import { defaultWeights, loadWeights, sampleWeights, type WeightSpec } from "./weights";

/** Options of a scoring run. */
export interface ScoreOptions {
  draws: number;
  seed: number;
  /** Weight draws for SMAA (default: as many as simulation draws). */
  weightDraws?: number;
  /** A catalogue file (default data/recommendations.json) or a loaded catalogue. */
  catalogue?: string | Catalogue;
  /** A weights file, or weights already parsed (default: the catalogue's weights, and the whole simplex for SMAA). */
  weights?: string | WeightSpec;
  prior?: number;
  designEffect?: number;
}

/** Everything a scoring run produces, with its provenance. */
export interface ScoreReport {
  kitVersion: string;
  seed: number;
  draws: number;
  catalogue: { file: string; version: string; recommendations: Catalogue["recommendations"] };
  weights: Record<string, number>;
  scorecards: Scorecard[];
  smaa: SmaaResult;
}

/**
 * Scores scenarios against the paper's recommendations (or the criteria of another catalogue).
 * The catalogue's `scheme` must be the scheme of every scenario's dataset: the paper's catalogue
 * refuses a dataset coded in another scheme (an InputError naming the catalogue file and both schemes).
 *
 * The pipeline: 1. simulate every scenario (keeping the per-draw indicators the criteria read,
 * themes included); 2. value each criterion per draw on its absolute anchors; 3. scorecards with
 * the catalogue's (or the user's) weights; 4. SMAA-2 over weight draws (uniform on the simplex, or
 * within the user's bounds) paired with the simulation draws. Weight draws use their own stream.
 *
 * @example
 * const report = scoreFiles(["scenarios/baseline.json", "scenarios/incentive-and-learning.json"], { draws: 5000, seed: 1 });
 * report.smaa.rankAcceptability; // [[…], […]]
 */
export function scoreFiles(files: readonly string[], options: ScoreOptions): ScoreReport {
  return score(files.map(loadScenario), options);
}

/** {@link scoreFiles} for scenarios already loaded (e.g. with defineScenario). */
export function score(scenarios: readonly LoadedScenario[], options: ScoreOptions): ScoreReport {
  const catalogue = typeof options.catalogue === "object" ? options.catalogue : loadCatalogue(options.catalogue);
  // Before any draw: a catalogue of another scheme names nodes and indicators the datasets do not have.
  for (const dir of new Set(scenarios.map((s) => s.datasetDir))) {
    const dataset = loadDataset(dir);
    checkCatalogueScheme(catalogue, { id: dataset.meta.id, scheme: dataset.codebook.scheme.id });
  }
  // Scoring holds each scenario's criterion values per draw (and transient copies of a few), and the SMAA weight draws.
  const C = catalogue.criteria.length;
  const memory = { extraPerDraw: C * scenarios.length + 4 * C, extraBytes: 8 * C * (options.weightDraws ?? options.draws) };
  const results = simulate(scenarios, { draws: options.draws, seed: options.seed, prior: options.prior, designEffect: options.designEffect, ...scoringNeeds(catalogue), themeNodesFile: catalogue.file, memory });
  return scoreResults(results, { ...options, catalogue });
}

/** What a simulation must keep for the catalogue's criteria: their per-draw indicators and theme nodes. */
export function scoringNeeds(catalogue: Catalogue): { keepDraws: string[]; themeNodes: string[] } {
  return {
    keepDraws: [...new Set(catalogue.criteria.flatMap(indicatorsOf))],
    themeNodes: catalogue.criteria.filter((c) => c.dimension === "themes").flatMap(indicatorsOf).map((name) => name.replace(/^share\./, "")),
  };
}

/**
 * Scores results simulated with {@link scoringNeeds} (steps 2–4 of the pipeline), so a caller that
 * also charts the simulation need not simulate twice.
 */
export function scoreResults(results: readonly ScenarioResult[], options: ScoreOptions): ScoreReport {
  const catalogue = typeof options.catalogue === "object" ? options.catalogue : loadCatalogue(options.catalogue);
  for (const r of results) checkCatalogueScheme(catalogue, r.dataset);
  const spec: WeightSpec = typeof options.weights === "object" ? options.weights : options.weights ? loadWeights(options.weights, catalogue) : { weights: defaultWeights(catalogue) };
  const { cards, values } = scorecards(results, catalogue, spec.weights);
  const T = options.weightDraws ?? options.draws;
  const weightDraws = sampleWeights(T, catalogue.criteria.length, new Rng(streamSeed(options.seed, "smaa-weights")), spec.bounds);
  return {
    kitVersion: kitVersion(),
    seed: options.seed,
    draws: options.draws,
    catalogue: { file: catalogue.file, version: catalogue.version, recommendations: catalogue.recommendations },
    weights: Object.fromEntries(catalogue.criteria.map((c, i) => [c.id, spec.weights[i]])),
    scorecards: cards,
    smaa: smaa(values, weightDraws, cards.map((c) => c.scenario), catalogue.criteria.map((c) => c.id)),
  };
}
