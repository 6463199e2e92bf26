import { describe, expect, it } from "vitest";
import { chiSquareTest } from "../lib/matrix/chi-square";
import { chiSquareUpperTail, lnGamma, upperGammaQ } from "../lib/matrix/incomplete-gamma";

describe("chi-square upper tail (regularised upper incomplete gamma)", () => {
  // R 4.x: pchisq(x, df, lower.tail = FALSE), printed with digits = 15.
  const R: Array<[number, number, number]> = [
    [0.5, 1, 0.479500122186953],
    [3.84, 1, 0.0500435212487052],
    [100, 50, 3.45493138298486e-5],
    [1e-3, 3, 0.999991592080942],
    [40, 10, 1.69447439300674e-5],
    [250, 200, 0.0093791316688261],
    [0.01, 100, 1],
    [30.0701490957547, 2, 2.95358918321176e-7],
  ];
  it.each(R)("pchisq(%f, %i, lower.tail = FALSE) as R gives it", (x, df, p) => {
    expect(chiSquareUpperTail(x, df)).toBeCloseTo(p, 12);
    expect(Math.abs(chiSquareUpperTail(x, df) - p) / p).toBeLessThan(1e-9);
  });

  it("has the exact values at the edges and ln Γ of whole numbers", () => {
    expect(upperGammaQ(2, 0)).toBe(1);
    expect(upperGammaQ(2, Infinity)).toBe(0);
    // Q(1, x) = e^(−x) exactly; ln Γ(n) = ln (n − 1)!.
    expect(upperGammaQ(1, 7)).toBeCloseTo(Math.exp(-7), 15);
    expect(lnGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(lnGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 13);
    expect(() => upperGammaQ(0, 1)).toThrow(RangeError);
    expect(() => upperGammaQ(1, -1)).toThrow(RangeError);
  });
});

describe("chiSquareTest against R's chisq.test", () => {
  it("reproduces Agresti's party identification × gender table (X² = 30.07, df 2)", () => {
    // Agresti, Categorical Data Analysis, 3rd ed. (2013), Table 3.2: females 762 327 468, males 484 239 477.
    // R: r <- chisq.test(matrix(c(762,327,468,484,239,477), nrow = 2, byrow = TRUE))
    //    X-squared = 30.0701490957547, df = 2, p-value = 2.95358918321176e-07
    const t = chiSquareTest([[762, 327, 468], [484, 239, 477]]);
    expect(t.statistic).toBeCloseTo(30.0701490957547, 10);
    expect(t.df).toBe(2);
    expect(t.pValue! / 2.95358918321176e-7).toBeCloseTo(1, 8);
    // r$expected, r$residuals, r$stdres
    expect(t.expected[0][0]).toBeCloseTo(703.6713819, 6);
    expect(t.expected[1][2]).toBeCloseTo(411.3166485, 6);
    expect(t.residuals[0][0]).toBeCloseTo(2.198855766, 8);
    expect(t.residuals[1][2]).toBeCloseTo(3.238673444, 8);
    expect(t.stdres.map((r) => r.map((x) => Number(x!.toFixed(8))))).toEqual([
      [4.50205352, 0.69945173, -5.31594554],
      [-4.50205352, -0.69945173, 5.31594554],
    ]);
    // Cramér's V = √(30.07015 / (2757 × 1)) = 0.104435 (by hand)
    expect(t.n).toBe(2757);
    expect(t.cramersV).toBeCloseTo(Math.sqrt(30.0701490957547 / 2757), 12);
    expect(t.warning).toBeNull();
    expect(t.droppedRows).toEqual([]);
    expect(t.notDefined).toBeNull();
  });

  it("drops a zero row and a zero column, says so, and matches R on the rest", () => {
    // Our own table; row 2 and column 2 are empty. R on the table without them:
    // r <- chisq.test(matrix(c(5,3,0, 2,4,6, 1,7,2), nrow = 3, byrow = TRUE))
    //   X-squared = 11.8616071428571, df = 4, p-value = 0.0184106162714628 (R warns: approximation may be incorrect)
    //   stdres[1,1] = 2.67637158781, stdres[2,3] = 2.359699518621, stdres[3,3] = -0.583874208121
    //   expected[1,1] = 2.13333333333; 8 of 9 expected counts < 5; Cramér's V = 0.444627318527
    const t = chiSquareTest([
      [5, 0, 3, 0],
      [0, 0, 0, 0],
      [2, 0, 4, 6],
      [1, 0, 7, 2],
    ]);
    expect(t.droppedRows).toEqual([1]);
    expect(t.droppedCols).toEqual([1]);
    expect(t.statistic).toBeCloseTo(11.8616071428571, 10);
    expect(t.df).toBe(4);
    expect(t.pValue).toBeCloseTo(0.0184106162714628, 12);
    expect(t.cramersV).toBeCloseTo(0.444627318527, 10);
    expect(t.expected[0][0]).toBeCloseTo(2.13333333333, 10);
    expect(t.stdres[0][0]).toBeCloseTo(2.67637158781, 10);
    expect(t.stdres[2][3]).toBeCloseTo(2.359699518621, 10);
    expect(t.stdres[3][3]).toBeCloseTo(-0.583874208121, 10);
    // Dropped rows and columns have no expected count or residual.
    expect(t.expected[1]).toEqual([null, null, null, null]);
    expect(t.stdres.map((r) => r[1])).toEqual([null, null, null, null]);
    expect(t.smallExpected).toEqual({ cells: 8, share: 8 / 9, belowOne: 0 });
    expect(t.warning).toMatch(/8 of 9 cells/);
  });

  it("gives R's value for a 2 × 2 table without continuity correction", () => {
    // R: chisq.test(matrix(c(10,20,30,40), 2), correct = FALSE): X-squared = 0.793650793650794, p = 0.372998483613487, stdres ±0.890870806375
    const t = chiSquareTest([[10, 30], [20, 40]]);
    expect(t.statistic).toBeCloseTo(0.793650793650794, 12);
    expect(t.pValue).toBeCloseTo(0.372998483613487, 12);
    expect(t.stdres[0][0]).toBeCloseTo(-0.890870806375, 10);
    expect(t.warning).toBeNull();
  });

  it("warns at 20 % of cells below 5 only beyond the share, and on any cell below 1", () => {
    // 2 × 5 with one small column: expected counts of column 5 are 2 and 2 (2 of 10 cells = 20 %, not more).
    const edge = chiSquareTest([[20, 20, 20, 20, 2], [20, 20, 20, 20, 2]]);
    expect(edge.smallExpected.cells).toBe(2);
    expect(edge.warning).toBeNull();
    const belowOne = chiSquareTest([[50, 1], [50, 0]]);
    expect(belowOne.smallExpected.belowOne).toBe(2);
    expect(belowOne.warning).toMatch(/fewer than 1/);
  });

  it("is not defined with fewer than two rows or columns that have units", () => {
    const t = chiSquareTest([[3, 4], [0, 0]]);
    expect(t.statistic).toBeNull();
    expect(t.pValue).toBeNull();
    expect(t.notDefined).toMatch(/fewer than two rows or columns/);
    expect(t.droppedRows).toEqual([1]);
    expect(chiSquareTest([]).notDefined).not.toBeNull();
  });

  it("refuses a ragged table or a count that is not a whole number ≥ 0", () => {
    expect(() => chiSquareTest([[1, 2], [3]])).toThrow(/equal length/);
    expect(() => chiSquareTest([[1, -2], [3, 4]])).toThrow(/whole counts/);
    expect(() => chiSquareTest([[1, 2.5], [3, 4]])).toThrow(/whole counts/);
  });
});
