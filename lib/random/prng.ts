import { internal } from "../messages";

/**
 * A seedable pseudo-random generator: xoshiro128** 1.1 (Blackman & Vigna, "Scrambled linear
 * pseudorandom number generators", ACM TOMS 2021; reference C code at prng.di.unimi.it), seeded
 * through SplitMix32 so any 32-bit seed gives a well-mixed state. Only 32-bit integer arithmetic
 * (`Math.imul`, shifts), so the same seed gives the same numbers on every machine and engine.
 *
 * @example
 * const rng = new Rng(1);
 * rng.nextUint32(); // 2442144158 for seed 1, on every machine
 * rng.nextFloat();  // a double in (0, 1)
 */
export class Rng {
  /** The generator's four 32-bit words; hot loops pass it to {@link next32} directly. */
  readonly state = new Int32Array(4);

  constructor(seed: number) {
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
      throw new RangeError(internal.rngSeed(seed));
    }
    let x = seed >>> 0;
    for (let i = 0; i < 4; i++) {
      // SplitMix32 (Steele, Lea & Flood 2014, 32-bit variant): decorrelates nearby seeds.
      x = (x + 0x9e3779b9) | 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      this.state[i] = z ^ (z >>> 16);
    }
    if ((this.state[0] | this.state[1] | this.state[2] | this.state[3]) === 0) this.state[0] = 1;
  }

  /** The next 32-bit unsigned integer. */
  nextUint32(): number {
    return next32(this.state) >>> 0;
  }

  /** A double uniformly in the open interval (0, 1), with 32 bits of resolution. */
  nextFloat(): number {
    return uniform(this.state);
  }

  /** A whole number uniformly in [0, n), without modulo bias (rejection of the top remainder). */
  nextInt(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > 0x100000000) throw new RangeError(internal.nextInt(n));
    const limit = 0x100000000 - (0x100000000 % n);
    let x = this.nextUint32();
    while (x >= limit) x = this.nextUint32();
    return x % n;
  }
}

/** One xoshiro128** step on a state array; returns the output as a signed 32-bit integer. */
export function next32(s: Int32Array): number {
  const s1 = s[1];
  const t = s1 << 9;
  const m = Math.imul(s1, 5);
  const r = Math.imul((m << 7) | (m >>> 25), 9);
  s[2] ^= s[0];
  s[3] ^= s1;
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  const s3 = s[3];
  s[3] = (s3 << 11) | (s3 >>> 21);
  return r;
}

/** A double in (0, 1) from one step of the state array. */
export function uniform(s: Int32Array): number {
  return ((next32(s) >>> 0) + 0.5) * 2.3283064365386963e-10;
}

/**
 * A child seed for a named stream, so parts of a computation (the baseline draws, a scenario's
 * intensities) get independent streams that do not depend on what else runs: FNV-1a over the
 * name, mixed with the parent seed.
 *
 * @example
 * streamSeed(1, "baseline") === streamSeed(1, "baseline"); // true
 * streamSeed(1, "baseline") !== streamSeed(1, "incentive-shift"); // true
 */
export function streamSeed(seed: number, name: string): number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}
