/**
 * An experiment's outcomes from its per-draw indicators: each criterion's median score, the overall
 * score, P(beats baseline), and per recommendation and per section the probability that all its
 * criteria pass.
 *
 * The numbers are those of lib/score/scorecard.ts `scorecards` (tests/explore-pipeline.test.ts holds
 * them equal on random settings and on another scheme), computed leaner for an exploration's
 * thousands of experiments: the baseline's side is taken once per run, only medians are summarised,
 * and every per-draw array is a buffer the next experiment overwrites (garbage collection is what
 * parallel workers contend for).
 *
 * @example
 * const context = outcomeContext(catalogue, defaultWeights(catalogue), stage.values, 2000);
 * experimentOutcomes(context, scenarioValues).overall; // median overall score, 0–100
 */
import { criterionDraws, weighted } from "../score/scorecard";
import type { Catalogue, CatalogueCriterion } from "../score/types";
import { partialValue } from "../score/value-function";
import { definedMedian } from "../simulate/median";
import type { IndicatorDraws } from "../simulate/types";

/** What every experiment of a run shares: the catalogue, its weights, the baseline's side and the buffers. */
export interface OutcomeContext {
  catalogue: Catalogue;
  weights: Float64Array;
  draws: number;
  /** Per criterion: the baseline's partial values per draw, and whether its indicator is defined in every draw. */
  baseline: Array<{ values: Float64Array; defined: boolean }>;
  /** Recommendations with the indices of their criteria, then sections ("3.1") with theirs. */
  groups: Array<{ id: string; members: number[] }>;
  /** Per-draw buffers, overwritten by every experiment. */
  buffers: { values: Float64Array[]; passes: Uint8Array[]; ratio: Float64Array; scaled: Float64Array; overall: Float64Array; median: Float64Array };
  /** The baseline's overall score per draw, per set of defined criteria (the same set in almost every experiment). */
  baselineOverall: Map<string, Float64Array>;
}

/** The outcomes of one experiment (the `Experiment` fields after its levers and indicators). */
export interface ExperimentOutcomes {
  criteria: Record<string, number | null>;
  overall: number | null;
  pBeatsBaseline: number | null;
  pass: Record<string, number>;
}

/** The run's shared side, from the baseline's per-draw indicators. */
export function outcomeContext(catalogue: Catalogue, weights: Float64Array, baselineDraws: IndicatorDraws, draws: number): OutcomeContext {
  const ratio = new Float64Array(draws);
  const baseline = catalogue.criteria.map((c) => {
    const values = new Float64Array(draws);
    return { values, defined: partialValuesInto(c, baselineDraws, catalogue.file, values, ratio) };
  });
  const buffers = { values: catalogue.criteria.map(() => new Float64Array(draws)), passes: catalogue.criteria.map(() => new Uint8Array(draws)), ratio, scaled: new Float64Array(draws), overall: new Float64Array(draws), median: new Float64Array(draws) };
  return { catalogue, weights, draws, baseline, groups: outcomeGroups(catalogue), buffers, baselineOverall: new Map() };
}

/**
 * The yes/no outcomes of a catalogue, each with the indices of its criteria: every recommendation
 * (3.1-authority-down), then every section (3.1: all its recommendations' criteria). A section whose
 * id is also a recommendation's is left out.
 */
export function outcomeGroups(catalogue: Pick<Catalogue, "criteria">): Array<{ id: string; members: number[] }> {
  const groupOf = (key: (c: CatalogueCriterion) => string) =>
    [...new Set(catalogue.criteria.map(key))].map((id) => ({ id, members: catalogue.criteria.flatMap((c, j) => (key(c) === id ? [j] : [])) }));
  const recommendations = groupOf((c) => c.recommendation);
  return [...recommendations, ...groupOf((c) => c.section).filter((s) => !recommendations.some((r) => r.id === s.id))];
}

/** Each section of a catalogue with its recommendations, in catalogue order (what a section outcome asks). */
export function sectionsOf(catalogue: Pick<Catalogue, "criteria">): Record<string, string[]> {
  const sections: Record<string, string[]> = {};
  for (const c of catalogue.criteria) {
    const list = (sections[c.section] ??= []);
    if (!list.includes(c.recommendation)) list.push(c.recommendation);
  }
  return sections;
}

/** The recommendation the paper's catalogue moves most with incentives, 3.1-incentive-promotion; for another catalogue its first recommendation. */
export function defaultOutcome(outcomes: readonly string[]): string {
  return outcomes.includes(DEFAULT_OUTCOME) ? DEFAULT_OUTCOME : outcomes[0];
}

/** The default yes/no outcome with the paper's catalogue: the one section 3.1 recommendation a shift toward incentives can pass. */
export const DEFAULT_OUTCOME = "3.1-incentive-promotion";

/** One experiment's outcomes from its per-draw indicators. */
export function experimentOutcomes(context: OutcomeContext, scenarioDraws: IndicatorDraws): ExperimentOutcomes {
  const { catalogue, weights, draws, baseline, buffers } = context;
  const scenario = buffers.values;
  // partialValuesInto first: it fills the criterion's buffer, which must happen whatever the baseline says.
  const defined = catalogue.criteria.map((c, j) => partialValuesInto(c, scenarioDraws, catalogue.file, scenario[j], buffers.ratio) && baseline[j].defined);
  // A criterion not defined (in the scenario or its baseline) is not scored; the others' weights are renormalised.
  const used = defined.map((ok, j) => (ok ? weights[j] : 0));
  const usedTotal = used.reduce((a, b) => a + b, 0);
  const anyDefined = usedTotal > 0;
  const normalised = Float64Array.from(used, (w) => (anyDefined ? w / usedTotal : 0));
  const overall = weighted(scenario, normalised, buffers.overall);
  const key = defined.map(Number).join("");
  if (!context.baselineOverall.has(key)) context.baselineOverall.set(key, weighted(baseline.map((b) => b.values), normalised, new Float64Array(draws)));
  const base = context.baselineOverall.get(key)!;
  let wins = 0;
  for (let i = 0; i < draws; i++) wins += overall[i] > base[i] ? 1 : overall[i] === base[i] ? 0.5 : 0;
  // Per criterion and draw, whether it passes (partial values are 0–1, the marks are on the 0–100
  // score; NaN — not defined in that draw — fails); then per group, the draws where all pass.
  const passes = buffers.passes;
  scenario.forEach((values, j) => {
    for (let d = 0; d < draws; d++) passes[j][d] = 100 * values[d] >= catalogue.marks.pass ? 1 : 0;
  });
  const pass: Record<string, number> = {};
  for (const { id, members } of context.groups) {
    let passed = 0;
    for (let d = 0; d < draws; d++) {
      let all = 1;
      for (let m = 0; m < members.length && all; m++) all = passes[members[m]][d];
      passed += all;
    }
    pass[id] = passed / draws;
  }
  const criteria: Record<string, number | null> = {};
  catalogue.criteria.forEach((c, j) => {
    // The score's median as scorecards takes it: of the 0–100 scores, not 100 × the partial values' median.
    for (let i = 0; i < draws; i++) buffers.scaled[i] = 100 * scenario[j][i];
    criteria[c.id] = finiteOrNull(definedMedian(buffers.scaled, buffers.median));
  });
  return { criteria, overall: anyDefined ? finiteOrNull(definedMedian(overall, buffers.median)) : null, pBeatsBaseline: anyDefined ? wins / draws : null, pass };
}

const finiteOrNull = (v: number) => (Number.isFinite(v) ? v : null);

/**
 * A criterion's partial values (0–1) per draw into `out` (lib/score/scorecard.ts criterionValues
 * without allocating); true when its indicator is finite in every draw (scorecards' "defined").
 */
function partialValuesInto(criterion: CatalogueCriterion, draws: IndicatorDraws, file: string, out: Float64Array, ratio: Float64Array): boolean {
  const x = criterionDraws(criterion, draws, file, ratio);
  let finite = true;
  for (let i = 0; i < out.length; i++) {
    if (!Number.isFinite(x[i])) finite = false;
    out[i] = partialValue(x[i], criterion.cutoffs, criterion.values);
  }
  return finite;
}
