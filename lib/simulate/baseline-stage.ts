import type { Dataset, Dimension } from "../dataset/types";
import { InputError } from "../errors";
import { numerics, scenarioExpected, internal } from "../messages";
import { baselineCounts, type BaselineCounts } from "../mix/baseline";
import { Rng, streamSeed } from "../random/prng";
import type { CompiledScenario } from "../scenario/compile";
import type { LoadedScenario } from "../scenario/load";
import { baselineDraws } from "./draws";
import { themeIndicators, toolIndicators, type MixLogs } from "./indicators";
import { checkMemory } from "./memory";
import { summarize } from "./summary";
import { undefinedReason } from "./indicators";
import type { IndicatorDraws, SimulationOptions, Summary, UncertaintyModel } from "./types";

/** A baseline's filter: the region or city a scenario's `baseline` names (none: the whole dataset). */
export interface BaselineFilter {
  region?: string;
  city?: string;
}

/**
 * Everything the scenarios of one baseline share: its counts, its draws (stage 2), the theme nodes
 * reported, the reference mix, and the baseline's own indicators and their summaries. Made once per
 * baseline by {@link drawBaseline}; a worker of `toolmix explore` makes it once for all its experiments.
 */
export interface BaselineStage {
  dataset: Dataset;
  filter: BaselineFilter;
  /** Stage 1: points per slot of each dimension. */
  baselines: Partial<Record<Dimension, BaselineCounts>>;
  /** Stage 2: draws × slots per simulated dimension (tools always; themes when needed). */
  draws: Partial<Record<Dimension, Float64Array>>;
  model: UncertaintyModel;
  themeNodes: string[];
  reference: Float64Array;
  /** The baseline's tool indicators and the logs the scenarios' shift indicators compare against. */
  tools: { values: IndicatorDraws; logs: MixLogs };
  /** Every baseline indicator per draw, and its summary. */
  values: IndicatorDraws;
  summary: Record<string, Summary>;
}

/**
 * Stages 1–2 of the simulation for the scenarios of one baseline (same dataset and filter): the
 * counts, a memory check before any draw, the draws, and the baseline's indicators.
 *
 * The draws' stream is named by dataset id and filter, never by path, so results do not depend on
 * where the kit lives, and every scenario of the baseline sees the same draws (common random numbers).
 *
 * @example
 * const stage = drawBaseline(paper, [compileScenario(loaded, paper, baselinesOf(paper, loaded))], { draws: 1000, seed: 1 }, 1);
 * stage.summary.authorityShare.median; // ≈ 0.71
 */
export function drawBaseline(dataset: Dataset, compiled: readonly CompiledScenario[], options: SimulationOptions, runScenarios: number): BaselineStage {
  const first = compiled[0].loaded;
  const filter = filterOf(first);
  const baselines = baselinesOf(dataset, first);
  const dimensions = new Set<Dimension>([...compiled.flatMap((c) => [...c.dimensions]), ...(options.themeNodes?.length ? (["themes"] as const) : [])]);
  const themeNodes = [...new Set([...themeNodesOf(dataset, compiled), ...(options.themeNodes ?? [])])];
  const keptCount = options.keepDraws === true ? Infinity : (options.keepDraws || []).length;
  checkMemory(options.draws, {
    toolSlots: baselines.tools!.layout.slots.length,
    tools: dataset.codebook.tools.length,
    themeSlots: dimensions.has("themes") ? baselines.themes!.layout.slots.length : 0,
    themeNodes: themeNodes.length,
    scenarios: runScenarios,
    // keepDraws: true keeps every indicator: the tool indicators and the theme shares.
    // (an upper bound: a share per tool node, a promotion fraction per top-level tool, nine fixed indicators).
    kept: Number.isFinite(keptCount) ? keptCount : 2 * dataset.codebook.tools.length + baselines.tools!.layout.members.size + 9 + themeNodes.length,
    ...options.memory,
  }, first.file);
  const baseName = `baseline:${dataset.meta.id}:${filter.region ?? ""}:${filter.city ?? ""}`;
  const draws: Partial<Record<Dimension, Float64Array>> = {};
  let model: UncertaintyModel | undefined;
  for (const dimension of dimensions) {
    const made = baselineDraws(baselines[dimension]!, options.draws, new Rng(streamSeed(options.seed, `${baseName}:${dimension}`)), options.prior ?? 0.5, options.designEffect ?? 1);
    draws[dimension] = made.draws;
    model ??= made.model;
  }
  for (const id of themeNodes) {
    if (dataset.codebook.nodes.get(id)?.dimension !== "themes") {
      throw new InputError([{ file: options.themeNodesFile ?? first.file, field: "indicator", found: `share.${id}`, expected: numerics.themeNode(dataset.meta.id) }]);
    }
  }
  const reference = referenceMix(dataset, options.reference);
  const tools = toolIndicators(baselines.tools!.layout, dataset.codebook, reference, draws.tools!, null, options.draws, baselines.tools!.total);
  const values: IndicatorDraws = { ...tools.values, ...(draws.themes ? themeIndicators(baselines.themes!.layout, themeNodes, draws.themes, options.draws) : {}) };
  return { dataset, filter, baselines, draws, model: model!, themeNodes, reference, tools, values, summary: summarizeAll(values) };
}

/** The filter a scenario's `baseline` names. */
export function filterOf(loaded: LoadedScenario): BaselineFilter {
  const { region, city } = loaded.scenario.baseline;
  return { ...(region ? { region } : {}), ...(city ? { city } : {}) };
}

/** Stage 1: the baseline's counts of tools and themes (an error naming the scenario for an empty or impossible filter). */
export function baselinesOf(dataset: Dataset, loaded: LoadedScenario): Partial<Record<Dimension, BaselineCounts>> {
  const filter = filterOf(loaded);
  if ((filter.region || filter.city) && dataset.documentCounts.length === 0) {
    throw new InputError([{ file: loaded.file, field: filter.region ? "baseline.region" : "baseline.city", found: filter.region ?? filter.city, expected: scenarioExpected.documentLevel }]);
  }
  const tools = baselineCounts(dataset, "tools", filter as never);
  if (tools.total === 0) throw new InputError([{ file: loaded.file, field: "baseline", found: JSON.stringify(filter), expected: scenarioExpected.nonEmptyFilter }]);
  return { tools, themes: baselineCounts(dataset, "themes", filter as never) };
}

/** Theme nodes to report: the top-level nodes of the second dimension and every node an operation names. */
function themeNodesOf(dataset: Dataset, compiled: readonly CompiledScenario[]): string[] {
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
export function summarizeAll(values: IndicatorDraws, baseline?: IndicatorDraws, baselineSummary?: Record<string, Summary>): Record<string, Summary> {
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
