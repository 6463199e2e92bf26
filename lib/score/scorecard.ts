import { InputError } from "../errors";
import { numerics, internal } from "../messages";
import { undefinedReason } from "../simulate/indicators";
import { summarize } from "../simulate/summary";
import { isPercentIndicator } from "../simulate/shown-indicators";
import type { IndicatorDraws, ScenarioResult } from "../simulate/types";
import type { Catalogue, CatalogueCriterion, Mark, Scorecard } from "./types";
import { partialValue } from "./value-function";

/** The simulation indicators a criterion reads. */
export function indicatorsOf(criterion: CatalogueCriterion): string[] {
  const ref = criterion.indicator;
  return typeof ref === "string" ? [ref] : [...ref.ratio.numerator, ...ref.ratio.denominator];
}

/**
 * A criterion's indicator for every draw: a simulated indicator, or a ratio of sums of them (into
 * `out` when given).
 * An indicator the simulation does not produce (a catalogue written for another codebook) is an
 * InputError naming the catalogue file, the criterion and the indicators there are.
 */
export function criterionDraws(criterion: CatalogueCriterion, draws: IndicatorDraws, file = "catalogue", out?: Float64Array): Float64Array {
  const get = (name: string) => {
    const values = Object.hasOwn(draws, name) ? draws[name] : undefined;
    if (!values) throw new InputError([{ file, field: `criterion ${criterion.id}.indicator`, found: name, expected: numerics.knownIndicator(Object.keys(draws)) }]);
    return values;
  };
  const ref = criterion.indicator;
  if (typeof ref === "string") return get(ref);
  const num = ref.ratio.numerator.map(get);
  const den = ref.ratio.denominator.map(get);
  const n = num[0].length;
  // A caller scoring thousands of experiments passes a buffer to reuse (lib/explore/outcomes.ts).
  const ratio = out ?? new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let a = 0;
    let b = 0;
    for (const x of num) a += x[i];
    for (const x of den) b += x[i];
    ratio[i] = b > 0 ? a / b : NaN;
  }
  return ratio;
}

/** Partial values (0–1) of a criterion for every draw. */
export function criterionValues(criterion: CatalogueCriterion, draws: IndicatorDraws, file?: string): Float64Array {
  return criterionDraws(criterion, draws, file).map((x) => partialValue(x, criterion.cutoffs, criterion.values));
}

/** True when the indicator is a share or fraction (shown in percent), false for evenness, distances, costs. */
export function isShareIndicator(ref: CatalogueCriterion["indicator"]): boolean {
  return typeof ref !== "string" || isPercentIndicator(ref);
}

/** pass / partial / fail from a score 0–100 and the catalogue's marks. */
export function markOf(score: number, marks: Catalogue["marks"]): Mark {
  return score >= marks.pass ? "pass" : score >= marks.partial ? "partial" : "fail";
}

/** Why a criterion's indicator is not defined in some draws (for its summary). */
function reasonOf(criterion: CatalogueCriterion): string {
  const ref = criterion.indicator;
  return typeof ref === "string" ? (undefinedReason(ref) ?? numerics.notFinite) : numerics.emptyRatio;
}

/**
 * Scorecards of simulated scenarios (simulated with the per-draw indicators the criteria read):
 * each criterion's indicator at baseline and in the scenario, its score 0–100 with interval and
 * mark; the weighted overall score with interval; and the probability, over the same draws, that
 * the scenario's overall score beats its baseline's (ties count half).
 *
 * A criterion whose indicator is not defined in some draw, of the scenario or of its baseline (a
 * tool with no points has no promotion fraction), is marked "not defined" with the reason and is
 * never scored: the overall score (scenario and baseline alike, so they stay comparable) is
 * taken over the defined criteria with their weights renormalised to sum to 1, and the card says
 * so (`excluded`, `note`). With no defined criterion of positive weight the overall score is not
 * defined either. Scores lie in [0, 100]. `values[s][c]` (for SMAA) is NaN where not defined.
 *
 * @example
 * scorecards(results, loadCatalogue(), defaultWeights(catalogue)).cards[0].overall.median;
 */
export function scorecards(results: readonly ScenarioResult[], catalogue: Catalogue, weights: Float64Array): { cards: Scorecard[]; values: Float64Array[][] } {
  const allValues: Float64Array[][] = [];
  const cards = results.map((r): Scorecard => {
    if (!r.scenarioDraws || !r.baselineDraws) throw new RangeError(internal.keepDraws(r.id));
    const criteria = catalogue.criteria.map((c, j) => {
      const reason = reasonOf(c);
      const baselineValue = summarize(criterionDraws(c, r.baselineDraws!, catalogue.file), reason);
      const scenarioValue = summarize(criterionDraws(c, r.scenarioDraws!, catalogue.file), reason);
      const notDefined = scenarioValue.notDefined ?? baselineValue.notDefined;
      const scenarioValues = criterionValues(c, r.scenarioDraws!, catalogue.file);
      const baselineValues = criterionValues(c, r.baselineDraws!, catalogue.file);
      const score = summarize(scaled(scenarioValues), reason);
      const baselineScore = summarize(scaled(baselineValues), reason);
      return {
        values: { scenario: scenarioValues, baseline: baselineValues, defined: notDefined === undefined },
        card: {
          criterion: c.id,
          label: c.label,
          ...(c.label_zh === undefined ? {} : { label_zh: c.label_zh }),
          recommendation: c.recommendation,
          section: c.section,
          indicator: c.indicator,
          weight: weights[j],
          baselineValue,
          scenarioValue,
          baselineScore,
          score,
          mark: notDefined === undefined ? markOf(score.median, catalogue.marks) : ("not defined" as const),
          ...(notDefined === undefined ? {} : { notDefined }),
        },
      };
    });
    allValues.push(criteria.map((c) => c.values.scenario));
    const used = criteria.map((c, j) => (c.values.defined ? weights[j] : 0));
    const usedTotal = used.reduce((a, b) => a + b, 0);
    const excluded = catalogue.criteria.filter((_, j) => !criteria[j].values.defined).map((c) => c.id);
    const defined = usedTotal > 0;
    const normalised = Float64Array.from(used, (w) => (defined ? w / usedTotal : 0));
    const overall = weighted(criteria.map((c) => c.values.scenario), normalised);
    const baseline = weighted(criteria.map((c) => c.values.baseline), normalised);
    let wins = 0;
    for (let i = 0; i < overall.length; i++) wins += overall[i] > baseline[i] ? 1 : overall[i] === baseline[i] ? 0.5 : 0;
    const undefinedOverall = (values: Float64Array) => (defined ? summarize(values) : summarize(values.fill(NaN), numerics.noCriterion));
    return {
      scenario: r.id,
      title: r.title,
      ...(r.title_zh === undefined ? {} : { title_zh: r.title_zh }),
      criteria: criteria.map((c) => c.card),
      overall: undefinedOverall(overall),
      baselineOverall: undefinedOverall(baseline),
      pBeatsBaseline: defined ? wins / overall.length : null,
      excluded,
      ...(excluded.length > 0 ? { note: numerics.renormalised(excluded) } : {}),
      clippedDraws: r.clippedDraws,
      seed: r.seed,
      draws: r.draws,
      hash: r.hash,
    };
  });
  return { cards, values: allValues };
}

/** Partial values (0–1) as scores (0–100). */
function scaled(values: Float64Array): Float64Array {
  return values.map((v) => 100 * v);
}

/**
 * 100 × Σ_c w_c v_c for every draw, over the criteria of positive weight (a zero-weight criterion
 * — one not defined — is skipped, so its NaN cannot reach the sum), clamped to [0, 100] against
 * rounding of weights that sum to 1 within an ulp.
 */
export function weighted(values: readonly Float64Array[], weights: Float64Array, into?: Float64Array): Float64Array {
  const n = values[0].length;
  // A caller scoring thousands of experiments passes a buffer to reuse (lib/explore/outcomes.ts).
  const out = into ? into.fill(0) : new Float64Array(n);
  values.forEach((v, c) => {
    if (weights[c] === 0) return;
    const w = 100 * weights[c];
    for (let i = 0; i < n; i++) out[i] += w * v[i];
  });
  for (let i = 0; i < n; i++) out[i] = Math.min(100, Math.max(0, out[i]));
  return out;
}
