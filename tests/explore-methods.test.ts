/**
 * The methods of lib/explore, each on a case whose answer is known independently: the samplers'
 * stratification, the Sobol' sequence's published first points, Sobol' indices of the Ishigami
 * function against their analytic values, PRIM on a synthetic box, the binomial tail against an
 * exact sum, and the feature score of a function of one lever.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { featureScores } from "../lib/explore/feature-scores";
import { binomialUpperTail, prim } from "../lib/explore/prim";
import { latinHypercubePoints, monteCarloPoints, sobolPoints } from "../lib/explore/samplers";
import { saltelliDesign, sobolIndices } from "../lib/explore/sobol-indices";

/** The Ishigami function on the unit cube (each input mapped to [−π, π]), a = 7, b = 0.1. */
const ishigami = (u: ArrayLike<number>) => {
  const [x1, x2, x3] = [u[0], u[1], u[2]].map((v) => -Math.PI + 2 * Math.PI * v);
  return Math.sin(x1) + 7 * Math.sin(x2) ** 2 + 0.1 * x3 ** 4 * Math.sin(x1);
};

describe("samplers", () => {
  it("Latin hypercube: every one of the n strata of every dimension holds exactly one point (any n, d, seed)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (n, d, seed) => {
        const points = latinHypercubePoints(n, d, seed);
        for (let j = 0; j < d; j++) expect(new Set(points.map((p) => Math.floor(p[j] * n))).size).toBe(n);
        expect(latinHypercubePoints(n, d, seed)).toEqual(points); // a pure function of its arguments
      }),
      { numRuns: 50 },
    );
  });

  it("Sobol': the published first points (Joe & Kuo 2008, Gray-code order), and one point per dyadic interval after the digital shift", () => {
    const plain = sobolPoints(8, 3, null).map((p) => Array.from(p));
    expect(plain.map((p) => p[0])).toEqual([0, 0.5, 0.75, 0.25, 0.375, 0.875, 0.625, 0.125]);
    expect(plain.map((p) => p[1])).toEqual([0, 0.5, 0.25, 0.75, 0.375, 0.875, 0.125, 0.625]);
    expect(plain.map((p) => p[2])).toEqual([0, 0.5, 0.25, 0.75, 0.625, 0.125, 0.875, 0.375]);
    // Point 201 of all 31 dimensions, as 32-bit integers: SciPy 1.x `qmc.Sobol(d=31, scramble=False).random(256)[201] * 2**32`.
    const scipy201 = [3036676096, 3808428032, 3909091328, 385875968, 1358954496, 251658240, 2264924160, 2030043136, 3573547008, 520093696, 2130706432, 385875968, 3472883712, 385875968, 2566914048, 822083584, 587202560, 1493172224, 1056964608, 2902458368, 3707764736, 3439329280, 1560281088, 3305111552, 2432696320, 3774873600, 3103784960, 1224736768, 2332033024, 117440512, 1660944384];
    expect(Array.from(sobolPoints(256, 31, null)[201], (v) => v * 2 ** 32)).toEqual(scipy201);
    // The shift keeps the net property: 2^m points put one point in each interval [k/2^m, (k+1)/2^m) of every dimension.
    for (const seed of [1, 2, 99]) {
      const points = sobolPoints(64, 30, seed);
      for (let j = 0; j < 30; j++) expect(new Set(points.map((p) => Math.floor(p[j] * 64))).size, `dimension ${j + 1}`).toBe(64);
    }
    expect(sobolPoints(16, 4, 5)).toEqual(sobolPoints(16, 4, 5));
    expect(sobolPoints(16, 4, 5)).not.toEqual(sobolPoints(16, 4, 6));
  });

  it("Monte Carlo points lie in [0, 1) and follow the seed", () => {
    const points = monteCarloPoints(500, 3, 4);
    for (const p of points) for (const v of p) expect(v >= 0 && v < 1).toBe(true);
    expect(monteCarloPoints(500, 3, 4)).toEqual(points);
  });
});

describe("Sobol' indices (Saltelli's design, Saltelli 2010 and Jansen estimators)", () => {
  it("find the Ishigami function's analytic indices inside their 95 % bootstrap intervals", () => {
    // Analytic (a = 7, b = 0.1; Sobol' & Levitan 1999), computed by hand from V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2:
    // S1 = 0.3139, 0.4424, 0; ST = 0.5576, 0.4424, 0.2437.
    const S1 = [0.3139, 0.4424, 0];
    const ST = [0.5576, 0.4424, 0.2437];
    const N = 4096;
    const y = saltelliDesign(sobolPoints(N, 6, 1), 3).map(ishigami);
    const r = sobolIndices(y, N, ["x1", "x2", "x3"], "ishigami", { seed: 1, replicates: 500 });
    for (let i = 0; i < 3; i++) {
      expect(S1[i], `S1 of x${i + 1}`).toBeGreaterThanOrEqual(r.firstInterval[i][0]);
      expect(S1[i], `S1 of x${i + 1}`).toBeLessThanOrEqual(r.firstInterval[i][1]);
      expect(ST[i], `ST of x${i + 1}`).toBeGreaterThanOrEqual(r.totalInterval[i][0]);
      expect(ST[i], `ST of x${i + 1}`).toBeLessThanOrEqual(r.totalInterval[i][1]);
      expect(Math.abs(r.first[i] - S1[i])).toBeLessThan(0.02);
      expect(Math.abs(r.total[i] - ST[i])).toBeLessThan(0.02);
    }
  });

  it("do not depend on where the output sits: adding 1000 to every output changes no index", () => {
    const N = 512;
    const y = saltelliDesign(sobolPoints(N, 6, 2), 3).map(ishigami);
    const a = sobolIndices(y, N, ["x1", "x2", "x3"], "f", { seed: 1, replicates: 50 });
    const b = sobolIndices(y.map((v) => v + 1000), N, ["x1", "x2", "x3"], "f", { seed: 1, replicates: 50 });
    for (let i = 0; i < 3; i++) {
      expect(b.first[i]).toBeCloseTo(a.first[i], 6);
      expect(b.total[i]).toBeCloseTo(a.total[i], 6);
    }
  });
});

describe("PRIM", () => {
  it("finds a clean split: of boxes keeping every case, the densest (not the first to reach the threshold)", () => {
    const points = latinHypercubePoints(1000, 2, 3);
    const cases = points.map((p) => p[0] >= 0.37);
    const r = prim(points, cases, ["x1", "x2"], { threshold: 0.8 });
    expect(r.box.coverage).toBe(1);
    // Peeling cuts 5 % of the box at a time, so the last cut before losing a case leaves a few failing settings.
    expect(r.box.density).toBeGreaterThan(0.98);
    expect(r.box.limits[0].min).toBeLessThanOrEqual(0.37);
    expect(r.box.limits[0].min).toBeGreaterThan(0.36);
    expect(r.box.limits[1].restricted).toBe(false);
  });

  it("finds a known box: x1 in [0.2, 0.6] and x2 above 0.5, x3 free, with tiny quasi-p-values for the restricted levers", () => {
    const points = latinHypercubePoints(3000, 3, 7);
    const cases = points.map((p) => p[0] >= 0.2 && p[0] <= 0.6 && p[1] > 0.5);
    const r = prim(points, cases, ["x1", "x2", "x3"], { threshold: 0.95 });
    const [x1, x2, x3] = r.box.limits;
    expect(Math.abs(x1.min - 0.2)).toBeLessThan(0.05);
    expect(Math.abs(x1.max - 0.6)).toBeLessThan(0.05);
    expect(Math.abs(x2.min - 0.5)).toBeLessThan(0.05);
    expect(x2.max).toBeGreaterThan(0.99);
    expect(x3.restricted).toBe(false);
    expect(r.box.density).toBeGreaterThanOrEqual(0.95);
    expect(r.box.coverage).toBeGreaterThan(0.9);
    expect(r.quasiP.map((q) => q.lever)).toEqual(["x1", "x2"]);
    for (const q of r.quasiP) expect(q.p).toBeLessThan(1e-6);
    // The trajectory runs from everything (coverage 1) to denser, smaller boxes.
    expect(r.trajectory[0].coverage).toBe(1);
    expect(r.trajectory[0].mass).toBe(1);
    expect(r.trajectory.at(-1)!.density).toBeGreaterThanOrEqual(r.trajectory[0].density);
  });

  it("computes the binomial upper tail exactly (reference: Python's math.comb, summed exactly)", () => {
    expect(binomialUpperTail(2, 2, 0.5)).toBeCloseTo(0.25, 12);
    expect(binomialUpperTail(5, 10, 0.5)).toBeCloseTo(0.623046875, 12);
    expect(binomialUpperTail(1, 10, 0.1)).toBeCloseTo(0.6513215599, 10);
    expect(binomialUpperTail(30, 100, 0.2)).toBeCloseTo(0.011248978720991697, 12);
    expect([binomialUpperTail(0, 5, 0.3), binomialUpperTail(6, 5, 0.3), binomialUpperTail(3, 5, 0)]).toEqual([1, 0, 0]);
  });
});

describe("feature scores (variance explained by a lever's bins)", () => {
  it("give a function of one lever to that lever alone", () => {
    const points = latinHypercubePoints(2000, 3, 3);
    const scores = featureScores(points, points.map((p) => Math.sin(6 * p[1])), ["x1", "x2", "x3"]);
    expect(scores[1].score).toBeGreaterThan(0.95);
    expect(scores[0].score).toBeLessThan(0.05);
    expect(scores[2].score).toBeLessThan(0.05);
  });
});
