import { KN, WN, normalSlow } from "./normal";
import type { Rng } from "./prng";
import { internal } from "../messages";

/**
 * `draws` samples from Dirichlet(alpha), row-major in one Float64Array (draw i, part j at
 * i·k + j): each row is k independent Gamma(alpha_j) variates divided by their sum (the standard
 * construction, as numpy's Generator.dirichlet). Rows sum to 1 within rounding.
 *
 * The gamma sampler is Marsaglia & Tsang's (see gamma.ts), its normal the ziggurat (normal.ts),
 * its generator xoshiro128** (prng.ts) — the same streams as those functions, inlined here with
 * the generator state in local variables because this loop is the kit's hot path. The result is
 * identical to calling `gamma` per part (a test checks it).
 *
 * @example
 * const x = dirichlet(new Rng(1), [993, 456, 26, 103], 1000);
 * x.length; // 4000
 */
export function dirichlet(rng: Rng, alpha: ArrayLike<number>, draws: number): Float64Array {
  checkDirichlet(alpha, draws);
  const out = new Float64Array(draws * alpha.length);
  fillDirichlet(rng.state, dirichletConstants(alpha), out, 0, draws);
  return out;
}

/** What every Dirichlet sampler requires: at least 2 parts, every alpha finite and > 0, a whole number of draws ≥ 1. */
export function checkDirichlet(alpha: ArrayLike<number>, draws: number): void {
  const k = alpha.length;
  if (k < 2) throw new RangeError(internal.dirichletParts(k));
  for (let j = 0; j < k; j++) {
    if (!(alpha[j] > 0) || !Number.isFinite(alpha[j])) throw new RangeError(internal.dirichletAlpha(j, alpha[j]));
  }
  if (!Number.isInteger(draws) || draws < 1) throw new RangeError(internal.dirichletDraws(draws));
}

/** Per-part constants of the gamma sampler (see gamma.ts), computed once rather than per variate. */
export interface DirichletConstants {
  d: Float64Array;
  c: Float64Array;
  boost: Float64Array;
}

/** The constants of Dirichlet(alpha); `alpha` is checked by the caller. */
export function dirichletConstants(alpha: ArrayLike<number>): DirichletConstants {
  const k = alpha.length;
  const d = new Float64Array(k);
  const c = new Float64Array(k);
  const boost = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    const boosted = alpha[j] < 1;
    d[j] = (boosted ? alpha[j] + 1 : alpha[j]) - 1 / 3;
    c[j] = 1 / Math.sqrt(9 * d[j]);
    boost[j] = boosted ? 1 / alpha[j] : 0;
  }
  return { d, c, boost };
}

/**
 * Rows [from, to) of `out` (rows of k = alpha's length) from the generator `state`, which it
 * advances: the loop of {@link dirichlet}, for callers that fill one array in blocks (./dirichlet-blocks.ts).
 */
export function fillDirichlet(state: Int32Array, constants: DirichletConstants, out: Float64Array, from: number, to: number): void {
  const { d, c, boost } = constants;
  const k = d.length;
  let s0 = state[0];
  let s1 = state[1];
  let s2 = state[2];
  let s3 = state[3];
  for (let i = from, at = from * k; i < to; i++, at += k) {
    let sum = 0;
    for (let j = 0; j < k; j++) {
      const dj = d[j];
      const cj = c[j];
      let g: number;
      for (;;) {
        let x: number;
        let v: number;
        do {
          // xoshiro128** step (prng.ts next32), inlined.
          let m = Math.imul(s1, 5);
          let hz = Math.imul((m << 7) | (m >>> 25), 9);
          let t = s1 << 9;
          s2 ^= s0;
          s3 ^= s1;
          s1 ^= s2;
          s0 ^= s3;
          s2 ^= t;
          s3 = (s3 << 11) | (s3 >>> 21);
          const iz = hz & 127;
          if (Math.abs(hz) < KN[iz]) x = hz * WN[iz];
          else {
            state[0] = s0; state[1] = s1; state[2] = s2; state[3] = s3;
            x = normalSlow(state, hz, iz);
            s0 = state[0]; s1 = state[1]; s2 = state[2]; s3 = state[3];
          }
          v = 1 + cj * x;
        } while (v <= 0);
        v = v * v * v;
        let m = Math.imul(s1, 5);
        const r = Math.imul((m << 7) | (m >>> 25), 9);
        const t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 11) | (s3 >>> 21);
        const u = ((r >>> 0) + 0.5) * 2.3283064365386963e-10;
        const x2 = x * x;
        if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + dj * (1 - v + Math.log(v))) {
          g = dj * v;
          break;
        }
      }
      if (boost[j] !== 0) {
        let m = Math.imul(s1, 5);
        const r = Math.imul((m << 7) | (m >>> 25), 9);
        const t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 11) | (s3 >>> 21);
        g *= Math.pow(((r >>> 0) + 0.5) * 2.3283064365386963e-10, boost[j]);
      }
      out[at + j] = g;
      sum += g;
    }
    const inv = 1 / sum;
    for (let j = 0; j < k; j++) out[at + j] *= inv;
  }
  state[0] = s0;
  state[1] = s1;
  state[2] = s2;
  state[3] = s3;
}
