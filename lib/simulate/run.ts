import { headlineIndicators } from "../dataset/codebook";
import { loadDataset } from "../dataset/load";
import type { Dataset, Dimension } from "../dataset/types";
import { InputError } from "../errors";
import { numerics, scenarioExpected, internal } from "../messages";
import { baselineCounts, type BaselineCounts } from "../mix/baseline";
import { Rng, streamSeed, uniform } from "../random/prng";
import { applyOperation } from "../scenario/apply";
import { compileScenario, type CompiledScenario } from "../scenario/compile";
import { intensityBounds } from "../scenario/compiled";
import { loadScenario, type LoadedScenario } from "../scenario/load";
import { kitVersion } from "../util/version";
import { baselineDraws } from "./draws";
import { checkMemory } from "./memory";
import { costOf, themeIndicators, toolIndicators, undefinedReason } from "./indicators";
import { summarize } from "./summary";
import type { IndicatorDraws, ScenarioResult, SimulationOptions, Summary, UncertaintyModel } from "./types";

/**
 * Simulates scenarios on their baselines, with honest, seeded uncertainty.
 *
 * The pipeline, per baseline (dataset + region/city filter), then per scenario:
 *  1. counts  — the baseline's points per slot (tool cells; theme leaves), aggregate or per document;
 *  2. draws   — `draws` baseline mixes: Dirichlet posterior, or Bayesian bootstrap over documents;
 *               one stream per baseline, so every scenario on it sees the same draws (common
 *               random numbers: differences between scenarios are not sampling noise);
 *  3. apply   — each scenario's operations, in order, on a copy of every draw, with intensities
 *               sampled per draw from the scenario's own stream when given as ranges;
 *  4. measure — indicators per draw, for baseline and scenario; summaries (mean, median, 90 % and
 *               95 % intervals), with the seed, the draws and the scenario file's hash.
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
  const first = scenarios[0];
  const filter = { region: first.scenario.baseline.region, city: first.scenario.baseline.city };
  const baselines = baselinesFor(dataset, first, filter);
  const compiled = scenarios.map((s) => compileScenario(s, dataset, baselines));
  const dimensions = new Set<Dimension>([...compiled.flatMap((c) => [...c.dimensions]), ...(options.themeNodes?.length ? (["themes"] as const) : [])]);
  const themeCount = new Set([...themeNodesOf(dataset, compiled), ...(options.themeNodes ?? [])]).size;
  const keptCount = options.keepDraws === true ? Infinity : (options.keepDraws || []).length;
  checkMemory(options.draws, {
    toolSlots: baselines.tools!.layout.slots.length,
    tools: dataset.codebook.tools.length,
    themeSlots: dimensions.has("themes") ? baselines.themes!.layout.slots.length : 0,
    themeNodes: themeCount,
    scenarios: runScenarios,
    // keepDraws: true keeps every indicator: the tool indicators and the theme shares.
    // (an upper bound: a share per tool node, a promotion fraction per top-level tool, nine fixed indicators).
    kept: Number.isFinite(keptCount) ? keptCount : 2 * dataset.codebook.tools.length + baselines.tools!.layout.members.size + 9 + themeCount,
    ...options.memory,
  }, first.file);
  // The stream is named by dataset id and filter, never by path, so results do not depend on where the kit lives.
  const baseName = `baseline:${dataset.meta.id}:${filter.region ?? ""}:${filter.city ?? ""}`;
  const draws: Partial<Record<Dimension, Float64Array>> = {};
  let model: UncertaintyModel | undefined;
  for (const dimension of dimensions) {
    const made = baselineDraws(baselines[dimension]!, options.draws, new Rng(streamSeed(options.seed, `${baseName}:${dimension}`)), options.prior ?? 0.5, options.designEffect ?? 1);
    draws[dimension] = made.draws;
    model ??= made.model;
  }
  const themeNodes = [...new Set([...themeNodesOf(dataset, compiled), ...(options.themeNodes ?? [])])];
  for (const id of themeNodes) {
    if (dataset.codebook.nodes.get(id)?.dimension !== "themes") {
      throw new InputError([{ file: options.themeNodesFile ?? first.file, field: "indicator", found: `share.${id}`, expected: numerics.themeNode(dataset.meta.id) }]);
    }
  }
  const keep = options.keepDraws === true ? undefined : new Set(options.keepDraws || []);
  const kept = (values: IndicatorDraws): IndicatorDraws => (keep ? Object.fromEntries(Object.entries(values).filter(([name]) => keep.has(name)).map(([n, v]) => [n, Float64Array.from(v)])) : values);
  const reference = referenceMix(dataset, options.reference);
  const themeValues = (mix: Float64Array) => themeIndicators(baselines.themes!.layout, themeNodes, mix, options.draws);
  const points = baselines.tools!.total;
  const baselineTools = toolIndicators(baselines.tools!.layout, dataset.codebook, reference, draws.tools!, null, options.draws, points);
  const baselineValues: IndicatorDraws = {
    ...baselineTools.values,
    ...(draws.themes ? themeValues(draws.themes) : {}),
  };
  const baselineSummary = summarizeAll(baselineValues);
  const out = new Map<LoadedScenario, ScenarioResult>();
  // Without keepDraws a scenario's per-draw arrays are dead once summarised: the next one reuses them.
  let scratch: { mixes: Partial<Record<Dimension, Float64Array>>; tools?: ReturnType<typeof toolIndicators> } = { mixes: {} };
  const reuse = options.keepDraws !== true; // kept draws are copied out (kept()), so the arrays can be reused
  // The baseline's kept draws are the same for every scenario of the group: copy them once.
  const baselineKept = options.keepDraws ? kept(baselineValues) : undefined;
  for (const scenario of compiled) {
    const { mixes, clipped } = applyScenario(scenario, draws, baselines, options, reuse ? scratch.mixes : {});
    // A dimension the scenario leaves alone keeps the baseline's draws, and so its indicator arrays.
    const tools = toolIndicators(baselines.tools!.layout, dataset.codebook, reference, mixes.tools!, { mix: draws.tools!, logs: baselineTools.logs }, options.draws, points, scratch.tools);
    if (mixes.themes && mixes.themes !== draws.themes) themeCost(tools.values.costOfChange, mixes.themes, draws.themes!, baselines.themes!.layout.slots.length);
    if (reuse) scratch = { mixes, tools };
    const values: IndicatorDraws = {
      ...tools.values,
      ...(mixes.themes ? (mixes.themes === draws.themes ? pick(baselineValues, "share.", themeNodes) : themeValues(mixes.themes)) : {}),
    };
    out.set(scenario.loaded, {
      id: scenario.loaded.scenario.id,
      title: scenario.loaded.scenario.title,
      ...(scenario.loaded.scenario.title_zh ? { title_zh: scenario.loaded.scenario.title_zh } : {}),
      file: scenario.loaded.file,
      hash: scenario.loaded.hash,
      seed: options.seed,
      draws: options.draws,
      kitVersion: kitVersion(),
      dataset: { id: dataset.meta.id, scheme: dataset.codebook.scheme.id, synthetic: dataset.meta.synthetic === true, filter: { ...(filter.region ? { region: filter.region } : {}), ...(filter.city ? { city: filter.city } : {}) }, tools: dataset.codebook.tools.map((t) => ({ id: t.id, zh: t.label_zh, en: t.label_en })), headline: headlineIndicators(dataset.codebook) },
      uncertainty: model!,
      clippedDraws: clipped,
      baseline: baselineSummary,
      scenario: summarizeAll(values, baselineValues, baselineSummary),
      ...(baselineKept ? { baselineDraws: baselineKept, scenarioDraws: kept(values) } : {}),
    });
  }
  return out;
}

/**
 * Applies a scenario to copies of the baseline draws of the dimensions it touches (the others are
 * shared, unchanged); intensities come from the scenario's own stream, one value per operation
 * and draw, drawn in operation order.
 */
function applyScenario(
  scenario: CompiledScenario,
  draws: Partial<Record<Dimension, Float64Array>>,
  baselines: Partial<Record<Dimension, BaselineCounts>>,
  options: SimulationOptions,
  scratch: Partial<Record<Dimension, Float64Array>>,
) {
  const mixes: Partial<Record<Dimension, Float64Array>> = { ...draws };
  for (const op of scenario.operations) {
    if (mixes[op.dimension] !== draws[op.dimension]) continue;
    const buffer = scratch[op.dimension] !== draws[op.dimension] ? scratch[op.dimension] : undefined;
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

function baselinesFor(dataset: Dataset, first: LoadedScenario, filter: { region?: string; city?: string }): Partial<Record<Dimension, BaselineCounts>> {
  if ((filter.region || filter.city) && dataset.documentCounts.length === 0) {
    throw new InputError([{ file: first.file, field: filter.region ? "baseline.region" : "baseline.city", found: filter.region ?? filter.city, expected: scenarioExpected.documentLevel }]);
  }
  const tools = baselineCounts(dataset, "tools", filter as never);
  if (tools.total === 0) throw new InputError([{ file: first.file, field: "baseline", found: JSON.stringify(filter), expected: scenarioExpected.nonEmptyFilter }]);
  return { tools, themes: baselineCounts(dataset, "themes", filter as never) };
}

/** Theme nodes to report: the top-level nodes of the second dimension and every node an operation names. */
function themeNodesOf(dataset: Dataset, compiled: CompiledScenario[]): string[] {
  const named = compiled.flatMap((c) =>
    c.loaded.scenario.operations.flatMap((op) => (op.op === "transfer" ? [op.from, ...op.to.map((t) => t.node)] : op.op === "toward" ? [op.within] : [op.node])),
  );
  const themes = dataset.codebook.nodes.get("themes")!.children;
  return [...new Set([...themes, ...named.filter((id) => dataset.codebook.nodes.get(id)?.dimension === "themes" && id !== "themes")])];
}

/**
 * The reference mix of `distanceToReference`, over the top-level tools of the dataset's codebook:
 * the caller's shares when given (one > 0 per tool, by id), else the even mix (1/m each) — for any
 * scheme, the paper's included, since the paper names no target mix; "balanced" is the neutral
 * reading of its call for a more even use of tools.
 */
function referenceMix(dataset: Dataset, reference?: Record<string, number>): Float64Array {
  const tools = dataset.codebook.tools.map((t) => t.id);
  if (!reference) return new Float64Array(tools.length).fill(1 / tools.length);
  const values = tools.map((t) => reference[t]);
  if (values.some((v) => !(v > 0))) throw new RangeError(internal.referenceMix(tools, reference));
  const sum = values.reduce((a, b) => a + b, 0);
  return Float64Array.from(values, (v) => v / sum);
}

/** Summaries of every indicator; one whose draws equal the baseline's reuses the baseline's summary. */
function summarizeAll(values: IndicatorDraws, baseline?: IndicatorDraws, baselineSummary?: Record<string, Summary>): Record<string, Summary> {
  return Object.fromEntries(
    Object.entries(values).map(([name, draws]) => [name, baseline && baselineSummary && sameValues(draws, baseline[name]) ? baselineSummary[name] : summarize(draws, undefinedReason(name))]),
  );
}

function sameValues(a: Float64Array, b: Float64Array | undefined): boolean {
  if (a === b) return true;
  if (!b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !(Number.isNaN(a[i]) && Number.isNaN(b[i]))) return false;
  return true;
}

function checkOptions(options: SimulationOptions): void {
  if (!Number.isInteger(options.draws) || options.draws < 1) throw new RangeError(internal.draws(options.draws));
  if (!Number.isInteger(options.seed) || options.seed < 0 || options.seed > 0xffffffff) throw new RangeError(internal.seed(options.seed));
}
