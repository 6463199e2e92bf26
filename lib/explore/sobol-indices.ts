/**
 * Variance-based global sensitivity: Sobol' first-order (S1) and total-order (ST) indices from
 * Saltelli's design, with bootstrap intervals.
 *
 * The pipeline, in order:
 *  1. `saltelliDesign`: from N points of dimension 2k, matrices A (first k columns) and B (last k), and
 *     for each lever i the matrix AB_i (A with column i from B) — N × (k + 2) rows, in the order
 *     A, AB_1 … AB_k, B for each base point;
 *  2. the model runs on every row (the caller's business);
 *  3. `sobolIndices`: S1_i = mean(f(B) · (f(AB_i) − f(A))) / V (Saltelli et al. 2010, eq. (b) of
 *     table 2) and ST_i = mean((f(A) − f(AB_i))²) / 2V (Jansen 1999), V the variance of f(A) and
 *     f(B) together, every output centred on their mean first (as SALib does); intervals from
 *     resampling the base points (percentile bootstrap, seeded).
 *
 * Reference: A. Saltelli et al., Variance based sensitivity analysis of model output. Design and
 * estimator for the total sensitivity index, Computer Physics Communications 181 (2010) 259–270;
 * M. J. W. Jansen, Analysis of variance designs for model output, CPC 117 (1999) 35–43.
 *
 * @example
 * const rows = saltelliDesign(sobolPoints(1024, 6, 1), 3);
 * const y = rows.map(([a, b, c]) => ishigami(a, b, c));
 * sobolIndices(y, 1024, ["x1", "x2", "x3"], "f", { seed: 1 }).first; // ≈ [0.314, 0.442, 0]
 */
import { InputError } from "../errors";
import { exploreText, internal } from "../messages";
import { Rng, streamSeed } from "../random/prng";
import type { SobolIndices } from "./types";

/** How many rows Saltelli's design has for `samples` base points and `k` levers: N × (k + 2). */
export function saltelliRows(samples: number, k: number): number {
  return samples * (k + 2);
}

/** The rows of Saltelli's design for `points` (each of dimension 2k), in the order A, AB_1 … AB_k, B per base point. */
export function saltelliDesign(points: readonly Float64Array[], k: number): Float64Array[] {
  const rows: Float64Array[] = [];
  for (const p of points) {
    if (p.length !== 2 * k) throw new RangeError(internal.saltelliDimension(2 * k, p.length));
    const a = p.subarray(0, k);
    const b = p.subarray(k, 2 * k);
    rows.push(Float64Array.from(a));
    for (let i = 0; i < k; i++) {
      const ab = Float64Array.from(a);
      ab[i] = b[i];
      rows.push(ab);
    }
    rows.push(Float64Array.from(b));
  }
  return rows;
}

/** S1 and ST of every lever from outputs on a subset of base points (indices into them). */
function estimate(y: ArrayLike<number>, k: number, base: ArrayLike<number>): { first: number[]; total: number[] } {
  const stride = k + 2;
  const n = base.length;
  let sum = 0;
  let sumSq = 0;
  for (let t = 0; t < n; t++) {
    const at = base[t] * stride;
    for (const v of [y[at], y[at + k + 1]]) {
      sum += v;
      sumSq += v * v;
    }
  }
  const mean = sum / (2 * n);
  const variance = sumSq / (2 * n) - mean * mean;
  const first: number[] = [];
  const total: number[] = [];
  for (let i = 0; i < k; i++) {
    let s1 = 0;
    let st = 0;
    for (let t = 0; t < n; t++) {
      const at = base[t] * stride;
      // Centred: an output far from 0 (a score near 56 that moves by 3) would drown S1's product in its mean.
      const fa = y[at] - mean;
      const fab = y[at + 1 + i] - mean;
      const fb = y[at + k + 1] - mean;
      s1 += fb * (fab - fa);
      st += (fa - fab) * (fa - fab);
    }
    first.push(variance > 0 ? s1 / n / variance : 0);
    total.push(variance > 0 ? st / (2 * n) / variance : 0);
  }
  return { first, total };
}

/**
 * Sobol' indices of the outputs `y` of Saltelli's design over `samples` base points; `replicates`
 * bootstrap resamples of the base points (stream "sobol-bootstrap:<outcome>") give 95 % intervals.
 */
export function sobolIndices(y: ArrayLike<number>, samples: number, levers: readonly string[], outcome: string, options: { seed: number; replicates?: number }): SobolIndices {
  const k = levers.length;
  if (y.length !== saltelliRows(samples, k)) throw new InputError([{ file: "(explore)", field: outcome, found: `${y.length} outputs`, expected: exploreText.saltelliOutputs(saltelliRows(samples, k)) }]);
  const all = Uint32Array.from({ length: samples }, (_, t) => t);
  const point = estimate(y, k, all);
  const replicates = options.replicates ?? 1000;
  const rng = new Rng(streamSeed(options.seed, `sobol-bootstrap:${outcome}`));
  const firsts: number[][] = levers.map(() => []);
  const totals: number[][] = levers.map(() => []);
  const pick = new Uint32Array(samples);
  for (let r = 0; r < replicates; r++) {
    for (let t = 0; t < samples; t++) pick[t] = rng.nextInt(samples);
    const e = estimate(y, k, pick);
    for (let i = 0; i < k; i++) {
      firsts[i].push(e.first[i]);
      totals[i].push(e.total[i]);
    }
  }
  const interval = (values: number[]): [number, number] => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
    return [at(0.025), at(0.975)];
  };
  return { outcome, levers: [...levers], first: point.first, total: point.total, firstInterval: firsts.map(interval), totalInterval: totals.map(interval), samples, replicates };
}
