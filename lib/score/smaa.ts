import { numerics, internal } from "../messages";
import type { SmaaResult } from "./types";

/**
 * SMAA-2 (Lahdelma & Salminen 2001) with an additive value model, as R package smaa
 * (Tervonen, `smaa.values` → `smaa.ranks` → `smaa.ra`, `smaa.cw`, `smaa.cf`).
 *
 * `values[s][c]` holds scenario s's partial values (0–1) on criterion c for each of n measurement
 * draws; `weights` holds T weight vectors (T × m, row-major). Weight draw t is paired with
 * measurement draw t mod n, so measurement and preference uncertainty are integrated together.
 * Ranks are by descending total value; tied scenarios share the better rank (ties.method "min").
 *
 * - rank acceptability b[s][r]: share of draws in which s takes rank r + 1;
 * - central weights: the mean weight vector over the draws in which s ranks first (smaa.cw);
 * - confidence factor: the share of measurement draws in which s ranks first when every scenario
 *   is valued with s's central weights (smaa.cf).
 *
 * A criterion not defined for some scenario (a NaN or infinite value in any draw) is left out for
 * every scenario — no scenario is ranked on an undefined value, and all are ranked on the same
 * criteria — and `excluded` / `note` say so. Leaving a criterion out is ranking on the others
 * with their weights renormalised: for weights uniform on the simplex, the renormalised rest is
 * again uniform on the smaller simplex (Dirichlet aggregation). Central weights are reported over
 * the criteria kept (0 for those left out).
 *
 * @example
 * // Two scenarios, two criteria, A = (1, 0), B = (0, 1): each ranks first half the time.
 * const one = (x: number) => Float64Array.of(x);
 * smaa([[one(1), one(0)], [one(0), one(1)]], sampleWeights(10000, 2, new Rng(1)), ["A", "B"], ["c1", "c2"]).rankAcceptability; // ≈ [[0.5, 0.5], [0.5, 0.5]]
 */
export function smaa(values: Float64Array[][], weights: Float64Array, scenarios: string[], criteria: string[]): SmaaResult {
  const S = values.length;
  const m = criteria.length;
  if (S === 0) throw new RangeError(internal.smaaScenarios);
  if (values.some((row) => row.length !== m)) throw new RangeError(internal.smaaCriteria(m));
  const n = values[0][0].length;
  if (values.some((row) => row.some((v) => v.length !== n))) throw new RangeError(internal.smaaDraws);
  if (weights.length % m !== 0) throw new RangeError(internal.smaaWeights(m));
  const T = weights.length / m;
  const kept: number[] = [];
  for (let c = 0; c < m; c++) if (values.every((row) => row[c].every(Number.isFinite))) kept.push(c);
  const keptCols = Int32Array.from(kept);
  const excludedIds = criteria.filter((_, c) => !kept.includes(c));
  const counts = Array.from({ length: S }, () => new Float64Array(S));
  const cwSum = Array.from({ length: S }, () => new Float64Array(m));
  const firsts = new Float64Array(S);
  const total = new Float64Array(S);
  for (let t = 0, wt = 0; t < T; t++, wt += m) {
    const i = t % n;
    for (let s = 0; s < S; s++) {
      let v = 0;
      const row = values[s];
      for (let q = 0; q < keptCols.length; q++) v += weights[wt + keptCols[q]] * row[keptCols[q]][i];
      total[s] = v;
    }
    for (let s = 0; s < S; s++) {
      const rank = rankOf(total, s);
      counts[s][rank]++;
      if (rank === 0) {
        firsts[s]++;
        for (let q = 0; q < keptCols.length; q++) cwSum[s][keptCols[q]] += weights[wt + keptCols[q]];
      }
    }
  }
  const centralWeights = cwSum.map((sum, s) => (firsts[s] > 0 ? normalise(sum) : null));
  const confidence = centralWeights.map((cw, s) => (cw ? confidenceFactor(values, cw, keptCols, s, n) : null));
  return {
    scenarios,
    criteria,
    rankAcceptability: counts.map((row) => Array.from(row, (x) => x / T)),
    centralWeights,
    confidence,
    weightDraws: T,
    excluded: excludedIds,
    ...(excludedIds.length > 0 ? { note: numerics.smaaExcluded(excludedIds) } : {}),
  };
}

/** A weight sum scaled to sum to 1 (all zeros stay zeros). */
function normalise(sum: Float64Array): number[] {
  const total = sum.reduce((a, b) => a + b, 0);
  return Array.from(sum, (x) => (total > 0 ? x / total : 0));
}

/** 0-based rank of scenario s by descending total; ties share the better rank. */
function rankOf(total: Float64Array, s: number): number {
  let rank = 0;
  for (let o = 0; o < total.length; o++) if (total[o] > total[s]) rank++;
  return rank;
}

function confidenceFactor(values: Float64Array[][], cw: number[], kept: Int32Array, s: number, n: number): number {
  const total = new Float64Array(values.length);
  let first = 0;
  for (let i = 0; i < n; i++) {
    for (let o = 0; o < values.length; o++) {
      let v = 0;
      for (let q = 0; q < kept.length; q++) v += cw[kept[q]] * values[o][kept[q]][i];
      total[o] = v;
    }
    if (rankOf(total, s) === 0) first++;
  }
  return first / n;
}
