/**
 * Scenario discovery with PRIM, the Patient Rule Induction Method: which ranges of the levers hold
 * most of the experiments with an outcome of interest (a scenario that passes section 3.1), as a box
 * a reader can state ("authority down by 6–10 points and learning up by at least 2").
 *
 * The pipeline, in order:
 *  1. peel: from the box holding every experiment, repeatedly cut the `alpha` share of the box's
 *     experiments off one side of one lever — the cut that leaves the highest density of cases of
 *     interest — until the box holds less than `minMass` of all experiments; every box on the way is
 *     the trajectory, each with its coverage (share of all cases inside) and density (share of cases
 *     among the box's experiments);
 *  2. choose: the box of highest coverage whose density reaches `threshold`, the densest of those
 *     with that coverage (else the densest box);
 *  3. paste: widen the chosen box by `alpha` of its experiments on any side while that does not
 *     lower its density;
 *  4. quasi-p-values: for each restricted lever, the one-sided binomial probability of finding the
 *     box's cases among its experiments if that restriction were dropped (its density then the rate).
 *
 * Reference: J. H. Friedman and N. I. Fisher, Bump hunting in high-dimensional data, Statistics and
 * Computing 9 (1999) 123–143; B. P. Bryant and R. J. Lempert, Thinking inside the box, Technological
 * Forecasting & Social Change 77 (2010) 34–49 (coverage, density, quasi-p-values).
 *
 * @example
 * prim(points, cases, ["x1", "x2"], { threshold: 0.8 }).box.limits; // the ranges that hold the cases
 */
import type { PrimBox, PrimResult } from "./types";

/** Options of {@link prim}. */
export interface PrimOptions {
  /** Share of the box's experiments cut in one peel (default 0.05). */
  alpha?: number;
  /** Peeling stops below this share of all experiments (default 0.05). */
  minMass?: number;
  /** The density the chosen box must reach (default 0.8). */
  threshold?: number;
}

type Limits = Array<[number, number]>;

const inside = (p: Float64Array, limits: Limits) => limits.every(([lo, hi], j) => p[j] >= lo && p[j] <= hi);

/** The experiments inside `limits`, of those listed in `among`. */
const within = (points: readonly Float64Array[], among: readonly number[], limits: Limits) => among.filter((i) => inside(points[i], limits));

/**
 * Finds the box of lever ranges that best holds the cases of interest (`cases[i]` true for experiment
 * i) among experiments at `points` (rows: experiments; columns: levers, in `levers` order).
 */
export function prim(points: readonly Float64Array[], cases: readonly boolean[], levers: readonly string[], options: PrimOptions = {}): PrimResult {
  const alpha = options.alpha ?? 0.05;
  const minMass = options.minMass ?? 0.05;
  const threshold = options.threshold ?? 0.8;
  const n = points.length;
  const totalCases = cases.filter(Boolean).length;
  const range: Limits = levers.map((_, j) => [Math.min(...points.map((p) => p[j])), Math.max(...points.map((p) => p[j]))]);
  const boxOf = (limits: Limits, members: readonly number[]): PrimBox => {
    const hits = members.filter((i) => cases[i]).length;
    return {
      limits: levers.map((lever, j) => ({ lever, min: limits[j][0], max: limits[j][1], restricted: limits[j][0] > range[j][0] || limits[j][1] < range[j][1] })),
      coverage: totalCases === 0 ? 0 : hits / totalCases,
      density: members.length === 0 ? 0 : hits / members.length,
      mass: members.length / n,
      count: members.length,
    };
  };
  const density = (members: readonly number[]) => (members.length === 0 ? 0 : members.filter((i) => cases[i]).length / members.length);

  // 1. peel
  let limits: Limits = range.map(([lo, hi]) => [lo, hi]);
  let members = points.map((_, i) => i);
  const trajectory: PrimBox[] = [boxOf(limits, members)];
  const steps: Limits[] = [limits];
  while (members.length / n >= minMass) {
    let best: { limits: Limits; members: number[]; density: number } | null = null;
    for (let j = 0; j < levers.length; j++) {
      const values = members.map((i) => points[i][j]).sort((a, b) => a - b);
      const cut = Math.max(1, Math.floor(alpha * values.length));
      for (const side of [0, 1] as const) {
        const next = limits.map(([lo, hi]) => [lo, hi]) as Limits;
        // Cut strictly past the alpha-quantile, so ties never leave the box unchanged.
        if (side === 0) next[j][0] = values[cut] > values[cut - 1] ? values[cut] : nextAbove(values, values[cut - 1]);
        else next[j][1] = values[values.length - 1 - cut] < values[values.length - cut] ? values[values.length - 1 - cut] : nextBelow(values, values[values.length - cut]);
        if (!(next[j][0] <= next[j][1])) continue;
        const kept = within(points, members, next);
        if (kept.length === members.length || kept.length === 0) continue;
        const d = density(kept);
        if (best === null || d > best.density || (d === best.density && kept.length > best.members.length)) best = { limits: next, members: kept, density: d };
      }
    }
    if (best === null || best.members.length / n < minMass) break;
    limits = best.limits;
    members = best.members;
    trajectory.push(boxOf(limits, members));
    steps.push(limits);
  }

  // 2. choose
  const eligible = trajectory.map((b, t) => ({ b, t })).filter(({ b }) => b.density >= threshold);
  // Of boxes with the same coverage the denser wins: peeling on past the threshold without losing a
  // single case of interest tightens the box to where the cases are (a clean split found exactly).
  const better = (x: { b: PrimBox }, y: { b: PrimBox }) => y.b.coverage > x.b.coverage || (y.b.coverage === x.b.coverage && y.b.density > x.b.density);
  const chosen = eligible.length > 0 ? eligible.reduce((x, y) => (better(x, y) ? y : x)) : trajectory.map((b, t) => ({ b, t })).reduce((x, y) => (y.b.density > x.b.density ? y : x));
  let box = steps[chosen.t].map(([lo, hi]) => [lo, hi]) as Limits;

  // 3. paste
  const all = points.map((_, i) => i);
  for (let improved = true; improved; ) {
    improved = false;
    const current = within(points, all, box);
    const d0 = density(current);
    let best: { limits: Limits; size: number } | null = null;
    for (let j = 0; j < levers.length; j++) {
      for (const side of [0, 1] as const) {
        const outside = all.filter((i) => !inside(points[i], box) && inside(points[i], box.map((l, m) => (m === j ? [side === 0 ? range[j][0] : l[0], side === 1 ? range[j][1] : l[1]] : l)) as Limits));
        if (outside.length === 0) continue;
        const values = outside.map((i) => points[i][j]).sort((a, b) => (side === 0 ? b - a : a - b));
        const take = Math.max(1, Math.floor(alpha * current.length));
        const next = box.map(([lo, hi]) => [lo, hi]) as Limits;
        if (side === 0) next[j][0] = values[Math.min(take, values.length) - 1];
        else next[j][1] = values[Math.min(take, values.length) - 1];
        const grown = within(points, all, next);
        if (density(grown) >= d0 && (best === null || grown.length > best.size)) best = { limits: next, size: grown.length };
      }
    }
    if (best !== null && best.size > current.length) {
      box = best.limits;
      improved = true;
    }
  }
  const chosenBox = boxOf(box, within(points, all, box));

  // 4. quasi-p-values
  const hits = Math.round(chosenBox.density * chosenBox.count);
  const quasiP = chosenBox.limits
    .map((l, j) => ({ l, j }))
    .filter(({ l }) => l.restricted)
    .map(({ l, j }) => {
      const loose = box.map((x, m) => (m === j ? range[j] : x)) as Limits;
      const rate = density(within(points, all, loose));
      return { lever: l.lever, p: binomialUpperTail(hits, chosenBox.count, rate) };
    });
  return { trajectory, box: chosenBox, quasiP, threshold };
}

function nextAbove(sorted: readonly number[], v: number): number {
  for (const x of sorted) if (x > v) return x;
  return Infinity;
}

function nextBelow(sorted: readonly number[], v: number): number {
  for (let i = sorted.length - 1; i >= 0; i--) if (sorted[i] < v) return sorted[i];
  return -Infinity;
}

/**
 * P(X ≥ k) for X ~ Binomial(n, p): the probability of k first (ln C(n, k) as a sum of logs), then each
 * next term from the last (pmf(m + 1) = pmf(m) · (n − m)/(m + 1) · p/(1 − p)), in log space.
 *
 * @example
 * binomialUpperTail(2, 2, 0.5); // 0.25
 */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n || p <= 0) return 0;
  if (p >= 1) return 1;
  let logPmf = k * Math.log(p) + (n - k) * Math.log1p(-p);
  for (let i = 1; i <= k; i++) logPmf += Math.log((n - k + i) / i);
  const odds = Math.log(p) - Math.log1p(-p);
  let sum = 0;
  for (let m = k; m <= n; m++) {
    sum += Math.exp(logPmf);
    logPmf += Math.log((n - m) / (m + 1)) + odds;
  }
  return Math.min(1, sum);
}
