/**
 * A seedable pseudo-random generator: xoshiro128** 1.1 (Blackman & Vigna, "Scrambled linear
 * pseudorandom number generators", ACM TOMS 2021; reference C code at prng.di.unimi.it), seeded
 * through SplitMix32 so any 32-bit seed gives a well-mixed state. Only 32-bit integer arithmetic
 * (`Math.imul`, shifts), so the same seed gives the same numbers on every machine and engine.
 *
 * @example
 * const rng = new Rng(1);
 * rng.nextUint32(); // the same first value on every machine for seed 1
 * rng.nextFloat();  // a double in (0, 1)
 */
export class Rng {
  private s0 = 0;
  private s1 = 0;
  private s2 = 0;
  private s3 = 0;

  constructor(seed: number) {
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
      throw new RangeError(`Rng needs a whole-number seed between 0 and 4294967295, got ${seed}`);
    }
    let x = seed >>> 0;
    const next = () => {
      // SplitMix32 (Steele, Lea & Flood 2014, 32-bit variant): decorrelates nearby seeds.
      x = (x + 0x9e3779b9) | 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** The next 32-bit unsigned integer. */
  nextUint32(): number {
    const s1 = this.s1;
    const t = s1 << 9;
    const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return r >>> 0;
  }

  /** A double uniformly in the open interval (0, 1), with 32 bits of resolution. */
  nextFloat(): number {
    return (this.nextUint32() + 0.5) * 2.3283064365386963e-10;
  }

  /** A whole number uniformly in [0, n), without modulo bias (Lemire's rejection). */
  nextInt(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > 0x100000000) throw new RangeError(`nextInt needs a whole number n ≥ 1, got ${n}`);
    const limit = 0x100000000 - (0x100000000 % n);
    let x = this.nextUint32();
    while (x >= limit) x = this.nextUint32();
    return x % n;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
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
