/**
 * Points in the unit hypercube [0, 1)^d for experiments: plain Monte Carlo, Latin hypercube, and the
 * Sobol' sequence with a random digital shift. Every sampler is a pure function of (n, d, seed): the
 * same arguments give the same points on any machine, so a shard of a run can draw its own slice.
 *
 * References: McKay, Beckman & Conover 1979 (Latin hypercube); Sobol' 1967 and Joe & Kuo 2008
 * (./sobol-directions.ts; Gray-code order, Antonov & Saleev 1979); Owen 2003 and L'Ecuyer & Lemieux
 * 2002 on the random digital shift, which keeps every (t, m, s)-net property of the sequence.
 *
 * @example
 * sobolPoints(4, 1, null); // [[0], [0.5], [0.75], [0.25]]: the unshifted van der Corput sequence
 */
import { Rng, streamSeed } from "../random/prng";
import { SOBOL_DIRECTIONS } from "./sobol-directions";
import type { Sampler } from "./types";

/** Bits of each Sobol' coordinate (points are multiples of 2^-32). */
const BITS = 32;

/** The most dimensions the direction table covers. */
export const SOBOL_MAX_DIMENSIONS = SOBOL_DIRECTIONS.length + 1;

/** `n` points of dimension `d` by `sampler`, seeded (rows are points). */
export function samplePoints(sampler: Sampler, n: number, d: number, seed: number): Float64Array[] {
  if (sampler === "mc") return monteCarloPoints(n, d, seed);
  if (sampler === "lhs") return latinHypercubePoints(n, d, seed);
  return sobolPoints(n, d, seed);
}

/** Independent uniform points (stream "explore:mc"). */
export function monteCarloPoints(n: number, d: number, seed: number): Float64Array[] {
  const rng = new Rng(streamSeed(seed, "explore:mc"));
  return Array.from({ length: n }, () => Float64Array.from({ length: d }, () => rng.nextFloat()));
}

/**
 * A Latin hypercube: in every dimension each of the n strata [k/n, (k+1)/n) holds exactly one point,
 * placed uniformly inside it; the strata are matched across dimensions by independent random
 * permutations (stream "explore:lhs").
 */
export function latinHypercubePoints(n: number, d: number, seed: number): Float64Array[] {
  const rng = new Rng(streamSeed(seed, "explore:lhs"));
  const points = Array.from({ length: n }, () => new Float64Array(d));
  for (let j = 0; j < d; j++) {
    const order = Array.from({ length: n }, (_, k) => k);
    for (let k = n - 1; k > 0; k--) {
      const r = rng.nextInt(k + 1);
      [order[k], order[r]] = [order[r], order[k]];
    }
    for (let i = 0; i < n; i++) points[i][j] = (order[i] + rng.nextFloat()) / n;
  }
  return points;
}

/** The direction integers v_1 … v_32 of dimension `j` (0-based), scaled to 32 bits. */
function directions(j: number): Uint32Array {
  const v = new Uint32Array(BITS + 1);
  if (j === 0) {
    for (let k = 1; k <= BITS; k++) v[k] = 2 ** (BITS - k);
    return v;
  }
  const { s, a, m } = SOBOL_DIRECTIONS[j - 1];
  for (let k = 1; k <= Math.min(s, BITS); k++) v[k] = m[k - 1] * 2 ** (BITS - k);
  // v_k = a_1 v_{k-1} ⊕ … ⊕ a_{s-1} v_{k-s+1} ⊕ v_{k-s} ⊕ (v_{k-s} >> s)
  for (let k = s + 1; k <= BITS; k++) {
    let x = (v[k - s] ^ (v[k - s] >>> s)) >>> 0;
    for (let l = 1; l < s; l++) if ((a >>> (s - 1 - l)) & 1) x = (x ^ v[k - l]) >>> 0;
    v[k] = x;
  }
  return v;
}

/**
 * The first `n` points of the d-dimensional Sobol' sequence in Gray-code order, each coordinate
 * XORed with a random 32-bit shift of its dimension (stream "explore:sobol"); `seed` null gives the
 * unshifted sequence (its first point is the origin).
 */
export function sobolPoints(n: number, d: number, seed: number | null): Float64Array[] {
  const v = Array.from({ length: d }, (_, j) => directions(j));
  const rng = seed === null ? null : new Rng(streamSeed(seed, "explore:sobol"));
  const shift = Uint32Array.from({ length: d }, () => (rng ? rng.nextUint32() : 0));
  const x = new Uint32Array(d);
  const points: Float64Array[] = [];
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      // The position of the lowest zero bit of i − 1 (1-based): the direction that changes.
      let c = 1;
      for (let value = i - 1; value & 1; value >>>= 1) c++;
      for (let j = 0; j < d; j++) x[j] = (x[j] ^ v[j][c]) >>> 0;
    }
    points.push(Float64Array.from({ length: d }, (_, j) => ((x[j] ^ shift[j]) >>> 0) / 2 ** BITS));
  }
  return points;
}
