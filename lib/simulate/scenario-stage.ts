import type { Dimension } from "../dataset/types";
import { headlineIndicators } from "../dataset/codebook";
import { Rng, streamSeed, uniform } from "../random/prng";
import { applyOperation } from "../scenario/apply";
import type { CompiledScenario } from "../scenario/compile";
import { intensityBounds } from "../scenario/compiled";
import { kitVersion } from "../util/version";
import { summarizeAll, type BaselineStage } from "./baseline-stage";
import { costOf, themeIndicators, toolIndicators, type MixLogs } from "./indicators";
import type { IndicatorDraws, ScenarioResult, SimulationOptions } from "./types";

/** Buffers a scenario may overwrite: the previous scenario's mixes and indicator arrays, once summarised. */
export interface Scratch {
  mixes: Partial<Record<Dimension, Float64Array>>;
  tools?: { values: IndicatorDraws; logs: MixLogs };
}

/**
 * Stage 3: a scenario's operations, in order, on copies of the baseline draws of the dimensions it
 * touches (the others are shared, unchanged); intensities come from the scenario's own stream, one
 * value per operation and draw, drawn in operation order (none for a fixed intensity). `scratch`
 * arrays are overwritten instead of allocating new ones.
 */
export function applyScenario(scenario: CompiledScenario, stage: BaselineStage, options: SimulationOptions, scratch: Scratch = { mixes: {} }): { mixes: Partial<Record<Dimension, Float64Array>>; clipped: number } {
  const { draws, baselines } = stage;
  const mixes: Partial<Record<Dimension, Float64Array>> = { ...draws };
  for (const op of scenario.operations) {
    if (mixes[op.dimension] !== draws[op.dimension]) continue;
    const buffer = scratch.mixes[op.dimension] !== draws[op.dimension] ? scratch.mixes[op.dimension] : undefined;
    mixes[op.dimension] = buffer ? (buffer.set(draws[op.dimension]!), buffer) : Float64Array.from(draws[op.dimension]!);
  }
  const state = new Rng(streamSeed(options.seed, `scenario:${scenario.loaded.scenario.id}`)).state;
  const ops = scenario.operations.map((op) => {
    const [lo, hi] = intensityBounds(op.intensity);
    const baseline = baselines[op.dimension]!;
    return { op, lo, hi, mix: mixes[op.dimension]!, k: baseline.layout.slots.length, total: baseline.total };
  });
  let clipped = 0;
  for (let i = 0; i < options.draws; i++) {
    let any = false;
    for (const { op, lo, hi, mix, k, total } of ops) {
      const value = lo === hi ? lo : lo + (hi - lo) * uniform(state);
      if (applyOperation(mix, i * k, k, op, value, total)) any = true;
    }
    if (any) clipped++;
  }
  return { mixes, clipped };
}

/**
 * Stage 4a: every indicator of a scenario's mixes per draw — the tool indicators (their shift
 * measured from the baseline's draws) and the theme shares. A dimension the scenario leaves alone
 * keeps the baseline's draws, and so its indicator arrays. Returns the tool indicators too, for
 * `scratch` of the next scenario.
 */
export function measureScenario(stage: BaselineStage, mixes: Partial<Record<Dimension, Float64Array>>, options: SimulationOptions, scratch?: Scratch): { values: IndicatorDraws; tools: { values: IndicatorDraws; logs: MixLogs } } {
  const { baselines, dataset, draws, themeNodes } = stage;
  const tools = toolIndicators(baselines.tools!.layout, dataset.codebook, stage.reference, mixes.tools!, { mix: draws.tools!, logs: stage.tools.logs }, options.draws, baselines.tools!.total, scratch?.tools);
  if (mixes.themes && mixes.themes !== draws.themes) themeCost(tools.values.costOfChange, mixes.themes, draws.themes!, baselines.themes!.layout.slots.length);
  const themes = mixes.themes ? (mixes.themes === draws.themes ? pick(stage.values, "share.", themeNodes) : themeIndicators(baselines.themes!.layout, themeNodes, mixes.themes, options.draws)) : {};
  return { values: { ...tools.values, ...themes }, tools };
}

/**
 * Stage 4b: the scenario's result — summaries of baseline and scenario (a scenario indicator equal
 * to the baseline's reuses its summary), with the seed, the draws, the file's hash and the kit version.
 * `kept` holds the per-draw values the caller asked to keep.
 */
export function scenarioResult(stage: BaselineStage, scenario: CompiledScenario, values: IndicatorDraws, clipped: number, options: SimulationOptions, kept?: { baseline: IndicatorDraws; scenario: IndicatorDraws }): ScenarioResult {
  const { dataset, filter } = stage;
  const { loaded } = scenario;
  return {
    id: loaded.scenario.id,
    title: loaded.scenario.title,
    ...(loaded.scenario.title_zh ? { title_zh: loaded.scenario.title_zh } : {}),
    file: loaded.file,
    hash: loaded.hash,
    seed: options.seed,
    draws: options.draws,
    kitVersion: kitVersion(),
    dataset: { id: dataset.meta.id, scheme: dataset.codebook.scheme.id, synthetic: dataset.meta.synthetic === true, filter: { ...filter }, tools: dataset.codebook.tools.map((t) => ({ id: t.id, zh: t.label_zh, en: t.label_en })), headline: headlineIndicators(dataset.codebook) },
    uncertainty: stage.model,
    clippedDraws: clipped,
    baseline: stage.summary,
    scenario: summarizeAll(values, stage.values, stage.summary),
    ...(kept ? { baselineDraws: kept.baseline, scenarioDraws: kept.scenario } : {}),
  };
}

/**
 * A scenario that changes the themes has its cost of change measured among theme points too: the
 * larger of the two dimensions' costs (each a percentage of its own dimension's points), so a
 * theme-only scenario is not scored as costing nothing.
 */
function themeCost(cost: Float64Array, mix: Float64Array, base: Float64Array, k: number): void {
  for (let i = 0, at = 0; i < cost.length; i++, at += k) cost[i] = Math.max(cost[i], costOf(mix, base, at, k));
}

function pick(values: IndicatorDraws, prefix: string, ids: readonly string[]): IndicatorDraws {
  return Object.fromEntries(ids.map((id) => [`${prefix}${id}`, values[`${prefix}${id}`]]));
}
