import { loadDataset } from "../dataset/load";
import type { Dataset } from "../dataset/types";
import { internal } from "../messages";
import { compileScenario } from "../scenario/compile";
import { loadScenario, type LoadedScenario } from "../scenario/load";
import { baselinesOf, drawBaseline } from "./baseline-stage";
import { applyScenario, measureScenario, scenarioResult, type Scratch } from "./scenario-stage";
import type { IndicatorDraws, ScenarioResult, SimulationOptions } from "./types";

/**
 * Simulates scenarios on their baselines, with honest, seeded uncertainty.
 *
 * The pipeline, per baseline (dataset + region/city filter), then per scenario; each stage is a
 * function of its own, which `toolmix explore`'s workers call too:
 *  1. counts  — ./baseline-stage.ts `baselinesOf`: the baseline's points per slot (tool cells;
 *               theme leaves), aggregate or per document;
 *  2. draws   — ./baseline-stage.ts `drawBaseline`: `draws` baseline mixes (Dirichlet posterior,
 *               or Bayesian bootstrap over documents) and the baseline's indicators; one stream
 *               per baseline, so every scenario on it sees the same draws (common random numbers:
 *               differences between scenarios are not sampling noise);
 *  3. apply   — ./scenario-stage.ts `applyScenario`: the scenario's operations, in order, on a copy
 *               of every draw, with intensities sampled per draw from the scenario's own stream
 *               when given as ranges;
 *  4. measure — ./scenario-stage.ts `measureScenario` (indicators per draw, ./indicators.ts) and
 *               `scenarioResult` (summaries: mean, median, 90 % and 95 % intervals, with the seed,
 *               the draws and the scenario file's hash).
 *
 * @example
 * const [result] = simulateFiles(["scenarios/incentive-and-learning.json"], { draws: 10000, seed: 1 });
 * result.scenario.authorityShare.median < result.baseline.authorityShare.median; // true
 */
export function simulateFiles(files: readonly string[], options: SimulationOptions): ScenarioResult[] {
  return simulate(files.map(loadScenario), options);
}

/** {@link simulateFiles} for scenarios already loaded. */
export function simulate(scenarios: readonly LoadedScenario[], options: SimulationOptions): ScenarioResult[] {
  checkOptions(options);
  const groups = new Map<string, { dataset: Dataset; scenarios: LoadedScenario[] }>();
  const datasets = new Map<string, Dataset>();
  for (const loaded of scenarios) {
    const dataset = datasets.get(loaded.datasetDir) ?? loadDataset(loaded.datasetDir);
    datasets.set(loaded.datasetDir, dataset);
    const { region, city } = loaded.scenario.baseline;
    const key = JSON.stringify([loaded.datasetDir, region ?? null, city ?? null]);
    if (!groups.has(key)) groups.set(key, { dataset, scenarios: [] });
    groups.get(key)!.scenarios.push(loaded);
  }
  const results = new Map<LoadedScenario, ScenarioResult>();
  for (const { dataset, scenarios: members } of groups.values()) {
    for (const [loaded, result] of simulateGroup(dataset, members, options, scenarios.length)) results.set(loaded, result);
  }
  return scenarios.map((s) => results.get(s)!);
}

function simulateGroup(dataset: Dataset, scenarios: LoadedScenario[], options: SimulationOptions, runScenarios: number): Map<LoadedScenario, ScenarioResult> {
  const baselines = baselinesOf(dataset, scenarios[0]);
  const compiled = scenarios.map((s) => compileScenario(s, dataset, baselines));
  const stage = drawBaseline(dataset, compiled, options, runScenarios);
  const keep = options.keepDraws === true ? undefined : new Set(options.keepDraws || []);
  const kept = (values: IndicatorDraws): IndicatorDraws => (keep ? Object.fromEntries(Object.entries(values).filter(([name]) => keep.has(name)).map(([n, v]) => [n, Float64Array.from(v)])) : values);
  // The baseline's kept draws are the same for every scenario of the group: copy them once.
  const baselineKept = options.keepDraws ? kept(stage.values) : undefined;
  // Without keepDraws: true a scenario's per-draw arrays are dead once summarised (kept ones are
  // copied out), so the next scenario overwrites them.
  const reuse = options.keepDraws !== true;
  let scratch: Scratch = { mixes: {} };
  const out = new Map<LoadedScenario, ScenarioResult>();
  for (const scenario of compiled) {
    const { mixes, clipped } = applyScenario(scenario, stage, options, reuse ? scratch : { mixes: {} });
    const { values, tools } = measureScenario(stage, mixes, options, reuse ? scratch : undefined);
    if (reuse) scratch = { mixes, tools };
    out.set(scenario.loaded, scenarioResult(stage, scenario, values, clipped, options, baselineKept ? { baseline: baselineKept, scenario: kept(values) } : undefined));
  }
  return out;
}

function checkOptions(options: SimulationOptions): void {
  if (!Number.isInteger(options.draws) || options.draws < 1) throw new RangeError(internal.draws(options.draws));
  if (!Number.isInteger(options.seed) || options.seed < 0 || options.seed > 0xffffffff) throw new RangeError(internal.seed(options.seed));
}
