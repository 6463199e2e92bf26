import { describe, expect, it } from "vitest";
import { mean, quantile, variance } from "simple-statistics";
import { dirichlet } from "../lib/random/dirichlet";
import { gamma } from "../lib/random/gamma";
import { normal } from "../lib/random/normal";
import { Rng, streamSeed } from "../lib/random/prng";

/** Table 2's ten cells (tool-major: promotion, constraint) plus the default prior 0.5. */
const ALPHA = [993, 456, 26, 103, 108, 115, 146, 3, 90, 0].map((c) => c + 0.5);

describe("Rng (xoshiro128** seeded by SplitMix32)", () => {
  it("matches the reference C implementation for seed 1", () => {
    // Values printed by Blackman & Vigna's xoshiro128starstar.c, state seeded by the same SplitMix32.
    const rng = new Rng(1);
    expect(Array.from({ length: 5 }, () => rng.nextUint32())).toEqual([2442144158, 3238099751, 3819917871, 2104621829, 2021136066]);
  });
  it("gives independent named streams and rejects bad seeds", () => {
    expect(streamSeed(1, "baseline")).toBe(streamSeed(1, "baseline"));
    expect(streamSeed(1, "baseline")).not.toBe(streamSeed(2, "baseline"));
    expect(() => new Rng(-1)).toThrow("Rng needs a whole-number seed between 0 and 4294967295, got -1");
    expect(() => new Rng(1.5)).toThrow(/got 1.5/);
  });
  it("draws whole numbers without bias in range", () => {
    const rng = new Rng(3);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30000; i++) counts[rng.nextInt(3)]++;
    for (const c of counts) expect(Math.abs(c - 10000)).toBeLessThan(400);
  });
});

describe("normal (ziggurat) and gamma (Marsaglia–Tsang)", () => {
  it("has the moments of a standard normal", () => {
    const rng = new Rng(11);
    const x = Array.from({ length: 200000 }, () => normal(rng));
    expect(Math.abs(mean(x))).toBeLessThan(0.01);
    expect(Math.abs(variance(x) - 1)).toBeLessThan(0.01);
    expect(quantile(x, 0.975)).toBeCloseTo(1.96, 1);
  });
  it.each([0.5, 1, 3, 993])("Gamma(%d) has mean and variance equal to the shape", (shape) => {
    const rng = new Rng(5);
    const x = Array.from({ length: 100000 }, () => gamma(rng, shape));
    expect(Math.abs(mean(x) / shape - 1)).toBeLessThan(0.015);
    expect(Math.abs(variance(x) / shape - 1)).toBeLessThan(0.04);
  });
  it("rejects a shape ≤ 0", () => expect(() => gamma(new Rng(1), 0)).toThrow("gamma needs a shape > 0, got 0"));
});

describe("dirichlet", () => {
  const n = 100000;
  const x = dirichlet(new Rng(42), ALPHA, n);
  const column = (f: (row: number) => number) => Array.from({ length: n }, (_, i) => f(i * 10));
  const authority = column((r) => x[r] + x[r + 1]);

  it("rows sum to 1 within 1e-12", () => {
    let worst = 0;
    for (let r = 0; r < n * 10; r += 10) {
      let s = 0;
      for (let j = 0; j < 10; j++) s += x[r + j];
      worst = Math.max(worst, Math.abs(s - 1));
    }
    expect(worst).toBeLessThan(1e-12);
  });

  it("is identical for the same seed (same bytes)", () => {
    const again = dirichlet(new Rng(42), ALPHA, 1000);
    expect(Buffer.from(again.buffer).equals(Buffer.from(x.buffer, 0, 1000 * 10 * 8))).toBe(true);
  });

  // Reference computed once with numpy 2.4.6: np.random.default_rng(20261126).dirichlet(ALPHA, 4_000_000),
  // np.quantile(share, [0.025, 0.5, 0.975]) and the mean, for authority (cells 0+1), incentive (2+3),
  // learning-constraint (cell 9, count 0 + prior 0.5) and symbolic's promotion fraction.
  const NUMPY = {
    authority: { mean: 0.70905464698633, q: [0.68917262, 0.7091266, 0.72853145] },
    incentive: { mean: 0.06357082157133113, q: [0.05341218, 0.06342875, 0.07454916] },
    learningConstraint: { mean: 0.0002442265484474055, q: [2.4113612e-7, 1.11113698e-4, 1.22824549e-3] },
    symbolicPromotion: { mean: 0.976659687497728, q: [0.94723827, 0.97874859, 0.99429269] },
  };

  it.each([
    ["authority", authority, 5e-4],
    ["incentive", column((r) => x[r + 2] + x[r + 3]), 3e-4],
    ["symbolicPromotion", column((r) => x[r + 6] / (x[r + 6] + x[r + 7])), 1e-3],
  ] as const)("%s: mean and 95 %% interval agree with numpy", (name, values, tolerance) => {
    const ref = NUMPY[name];
    expect(Math.abs(mean(values) - ref.mean)).toBeLessThan(tolerance / 2);
    quantile(values, [0.025, 0.5, 0.975]).forEach((q, i) => expect(Math.abs(q - ref.q[i])).toBeLessThan(tolerance));
  });

  it("gives the zero cell (learning-constraint) the posterior of its prior", () => {
    const values = column((r) => x[r + 9]);
    expect(Math.abs(mean(values) / NUMPY.learningConstraint.mean - 1)).toBeLessThan(0.03);
    expect(Math.abs(quantile(values, 0.975) / NUMPY.learningConstraint.q[2] - 1)).toBeLessThan(0.05);
  });

  it("covers numpy's 95 % interval of the authority share 95 % of the time", () => {
    const [lo, , hi] = NUMPY.authority.q;
    const inside = authority.filter((v) => v >= lo && v <= hi).length / n;
    expect(Math.abs(inside - 0.95)).toBeLessThan(0.003);
  });

  it("rejects bad parameters with what it requires", () => {
    expect(() => dirichlet(new Rng(1), [1], 10)).toThrow("dirichlet needs at least 2 parts, got 1");
    expect(() => dirichlet(new Rng(1), [1, 0], 10)).toThrow("dirichlet needs every alpha > 0, got alpha[1] = 0");
  });
});
