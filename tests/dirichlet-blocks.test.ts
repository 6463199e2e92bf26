/**
 * Dirichlet draws in blocks on worker threads (lib/random/dirichlet-blocks.ts, issue 14 point 5):
 * the same bytes for 1, 2 and 3 threads and on one thread without workers, each block its own
 * stream; rows on the simplex; the moments of Dirichlet(α) (mean α_j/α₀, variance
 * α_j(α₀ − α_j)/(α₀²(α₀ + 1)), by hand); the single-stream sampler unchanged; clear errors.
 */
import { describe, expect, it } from "vitest";
import { dirichlet } from "../lib/random/dirichlet";
import { DIRICHLET_BLOCK, dirichletBlocked, dirichletParallel } from "../lib/random/dirichlet-blocks";
import { Rng, streamSeed } from "../lib/random/prng";

const ALPHA = [993, 456, 26, 103, 108, 115, 146, 3, 90, 0].map((c) => c + 0.5);
const bytes = (x: Float64Array) => Buffer.from(x.buffer, x.byteOffset, x.byteLength);

describe("Dirichlet draws in blocks", () => {
  // 2.5 blocks: a last block cut short, so the block boundaries are exercised.
  const draws = Math.floor(2.5 * DIRICHLET_BLOCK);

  it("gives the same bytes on 1, 2 and 3 threads as on this thread alone", { timeout: 60_000 }, async () => {
    const alone = dirichletBlocked(7, ALPHA, draws);
    for (const workers of [1, 2, 3]) expect(bytes(await dirichletParallel(7, ALPHA, draws, workers)).equals(bytes(alone)), `${workers} workers`).toBe(true);
    expect(bytes(dirichletBlocked(8, ALPHA, draws)).equals(bytes(alone))).toBe(false);
  });

  it("draws block b from its own stream: block 1 is the single-stream sampler on streamSeed(seed, 'dirichlet-block:1')", () => {
    const x = dirichletBlocked(7, ALPHA, draws);
    const k = ALPHA.length;
    const block1 = dirichlet(new Rng(streamSeed(7, "dirichlet-block:1")), ALPHA, DIRICHLET_BLOCK);
    expect(bytes(x.subarray(DIRICHLET_BLOCK * k, 2 * DIRICHLET_BLOCK * k)).equals(bytes(block1))).toBe(true);
  });

  it("puts every row on the simplex and matches the mean and variance of Dirichlet(α)", () => {
    const alpha = [2, 0.5, 7.5];
    const n = 200_000;
    const x = dirichletBlocked(3, alpha, n);
    const a0 = alpha.reduce((a, b) => a + b, 0);
    let worst = 0;
    for (let i = 0; i < n; i++) worst = Math.max(worst, Math.abs(x[3 * i] + x[3 * i + 1] + x[3 * i + 2] - 1));
    expect(worst).toBeLessThan(1e-12);
    alpha.forEach((a, j) => {
      let sum = 0;
      let sq = 0;
      for (let i = 0; i < n; i++) {
        sum += x[3 * i + j];
        sq += x[3 * i + j] ** 2;
      }
      const mean = sum / n;
      const variance = sq / n - mean * mean;
      const expectedVariance = (a * (a0 - a)) / (a0 * a0 * (a0 + 1));
      // Monte Carlo error of the mean: sd/√n; 5 standard errors.
      expect(Math.abs(mean - a / a0)).toBeLessThan(5 * Math.sqrt(expectedVariance / n));
      expect(Math.abs(variance / expectedVariance - 1)).toBeLessThan(0.03);
    });
  });

  it("refuses what dirichlet refuses, and a number of workers below 1", async () => {
    expect(() => dirichletBlocked(1, [1], 10)).toThrow("at least 2 parts");
    expect(() => dirichletBlocked(1, [1, 0], 10)).toThrow("every alpha > 0");
    expect(() => dirichletBlocked(1, [1, 1], 0)).toThrow("whole number of draws");
    expect(() => dirichletBlocked(-1, [1, 1], 10)).toThrow("seed");
    expect(() => dirichletBlocked(0x100000000, [1, 1], 10)).toThrow("seed");
    expect(dirichletBlocked(0xffffffff, [1, 1], 1)).toHaveLength(2); // the largest seed, one draw
    expect(dirichletBlocked(0, [1, 1], 1)).toHaveLength(2);
    await expect(dirichletParallel(1, [1, 1], 10, 0)).rejects.toThrow("number of worker threads must be a whole number ≥ 1, got 0");
  });
});
