import { summarize } from "../simulate/summary";
import type { IndicatorDraws, ScenarioResult } from "../simulate/types";
import type { Catalogue, CatalogueCriterion, Mark, Scorecard } from "./types";
import { partialValue } from "./value-function";

/** The simulation indicators a criterion reads. */
export function indicatorsOf(criterion: CatalogueCriterion): string[] {
  const ref = criterion.indicator;
  return typeof ref === "string" ? [ref] : [...ref.ratio.numerator, ...ref.ratio.denominator];
}

/**
 * A criterion's indicator for every draw: a simulated indicator, or a ratio of sums of them.
 * Throws, naming the criterion, when the simulation did not keep an indicator it needs.
 */
export function criterionDraws(criterion: CatalogueCriterion, draws: IndicatorDraws): Float64Array {
  const get = (name: string) => {
    const values = draws[name];
    if (!values) throw new RangeError(`criterion ${criterion.id} (${criterion.recommendation}) reads indicator "${name}", which the simulation did not produce`);
    return values;
  };
  const ref = criterion.indicator;
  if (typeof ref === "string") return get(ref);
  const num = ref.ratio.numerator.map(get);
  const den = ref.ratio.denominator.map(get);
  const n = num[0].length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let a = 0;
    let b = 0;
    for (const x of num) a += x[i];
    for (const x of den) b += x[i];
    out[i] = b > 0 ? a / b : NaN;
  }
  return out;
}

/** Partial values (0–1) of a criterion for every draw. */
export function criterionValues(criterion: CatalogueCriterion, draws: IndicatorDraws): Float64Array {
  return criterionDraws(criterion, draws).map((x) => partialValue(x, criterion.cutoffs, criterion.values));
}

/** True when the indicator is a share or fraction (shown in percent), false for evenness, distances, costs. */
export function isShareIndicator(ref: CatalogueCriterion["indicator"]): boolean {
  return typeof ref !== "string" || /^(share\.|promotion|authorityShare)/.test(ref);
}

/** pass / partial / fail from a score 0–100 and the catalogue's marks. */
export function markOf(score: number, marks: Catalogue["marks"]): Mark {
  return score >= marks.pass ? "pass" : score >= marks.partial ? "partial" : "fail";
}

/**
 * Scorecards of simulated scenarios (simulated with the per-draw indicators the criteria read):
 * each criterion's indicator at baseline and in the scenario, its score 0–100 with interval and
 * mark; the weighted overall score with interval; and the probability, over the same draws, that
 * the scenario's overall score beats its baseline's (ties count half).
 *
 * @example
 * scorecards(results, loadCatalogue(), defaultWeights(catalogue))[0].overall.median;
 */
export function scorecards(results: readonly ScenarioResult[], catalogue: Catalogue, weights: Float64Array): { cards: Scorecard[]; values: Float64Array[][] } {
  const allValues: Float64Array[][] = [];
  const cards = results.map((r) => {
    if (!r.scenarioDraws || !r.baselineDraws) throw new RangeError(`scenario ${r.id} was simulated without keepDraws; scoring needs the per-draw indicators`);
    const scenarioValues = catalogue.criteria.map((c) => criterionValues(c, r.scenarioDraws!));
    const baselineValues = catalogue.criteria.map((c) => criterionValues(c, r.baselineDraws!));
    allValues.push(scenarioValues);
    const overall = weighted(scenarioValues, weights);
    const baseline = weighted(baselineValues, weights);
    let wins = 0;
    for (let i = 0; i < overall.length; i++) wins += overall[i] > baseline[i] ? 1 : overall[i] === baseline[i] ? 0.5 : 0;
    return {
      scenario: r.id,
      title: r.title,
      criteria: catalogue.criteria.map((c, j) => {
        const score = summarize(scenarioValues[j].map((v) => 100 * v));
        return {
          criterion: c.id,
          label: c.label,
          recommendation: c.recommendation,
          section: c.section,
          indicator: c.indicator,
          weight: weights[j],
          baselineValue: summarize(criterionDraws(c, r.baselineDraws!)),
          scenarioValue: summarize(criterionDraws(c, r.scenarioDraws!)),
          baselineScore: summarize(baselineValues[j].map((v) => 100 * v)),
          score,
          mark: markOf(score.median, catalogue.marks),
        };
      }),
      overall: summarize(overall),
      baselineOverall: summarize(baseline),
      pBeatsBaseline: wins / overall.length,
      seed: r.seed,
      draws: r.draws,
      hash: r.hash,
    };
  });
  return { cards, values: allValues };
}

/** 100 × Σ_c w_c v_c for every draw. */
function weighted(values: Float64Array[], weights: Float64Array): Float64Array {
  const n = values[0].length;
  const out = new Float64Array(n);
  values.forEach((v, c) => {
    const w = 100 * weights[c];
    for (let i = 0; i < n; i++) out[i] += w * v[i];
  });
  return out;
}
