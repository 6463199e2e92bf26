import { describe, expect, it } from "vitest";
import { agreementByCode, codingComparison, cohenKappa, kappaFromTable, krippendorffAlpha, nvivoCounts, nvivoKappa } from "../lib/agreement";

describe("Cohen's kappa against published values", () => {
  // The standard worked example (Wikipedia, "Cohen's kappa", Simple example; also
  // howcodex.com/statistics/cohen_kappa_coefficient.htm): 50 grant proposals, two readers,
  // Yes/Yes 20, Yes/No 5, No/Yes 10, No/No 15 → p_o = 0.70, p_e = 0.50, κ = 0.40.
  it("reproduces the 50-proposal example: p_o 0.70, p_e 0.50, κ 0.40", () => {
    const r = kappaFromTable([[20, 5], [10, 15]], "proposal");
    expect(r.observed).toBeCloseTo(0.7, 12);
    expect(r.expected).toBeCloseTo(0.5, 12);
    expect(r.kappa).toBeCloseTo(0.4, 12);
    expect(r).toMatchObject({ n: 50, unit: "proposal" });
  });

  it("gives the same from the two coders' labels", () => {
    const a = [...Array(20).fill("yes"), ...Array(5).fill("yes"), ...Array(10).fill("no"), ...Array(15).fill("no")];
    const b = [...Array(20).fill("yes"), ...Array(5).fill("no"), ...Array(10).fill("yes"), ...Array(15).fill("no")];
    expect(cohenKappa(a, b, { unit: "proposal" }).kappa).toBeCloseTo(0.4, 12);
  });

  it("is 1 on perfect agreement with variation, and can be negative", () => {
    expect(cohenKappa(["a", "b", "c"], ["a", "b", "c"]).kappa).toBe(1);
    expect(cohenKappa(["a", "b"], ["b", "a"]).kappa).toBe(-1);
  });

  it("is NaN with a note when neither coder varies (p_e = 1), not a silent 1", () => {
    const r = cohenKappa(["none", "none"], ["none", "none"], { unit: "clause" });
    expect(r.kappa).toBeNaN();
    expect(r.observed).toBe(1);
    expect(r.note).toMatch(/undefined.*NaN.*NVivo.*1/);
  });

  it("refuses empty input, unequal lengths and non-square tables", () => {
    expect(() => cohenKappa([], [])).toThrow(/at least one unit/);
    expect(() => cohenKappa(["a"], ["a", "b"])).toThrow(/same units: coder A has 1 units, coder B has 2/);
    expect(() => kappaFromTable([[1, 2]])).toThrow(/square/);
    expect(() => kappaFromTable([[0, 0], [0, 0]])).toThrow(/at least one unit/);
    expect(() => kappaFromTable([[-1, 2], [3, 4]])).toThrow(/≥ 0/);
  });
});

describe("per-code agreement over units (clauses)", () => {
  it("counts the 2 × 2 table of each code and states the unit", () => {
    const a = ["authority.promotion", null, "incentive.promotion", "authority.promotion"];
    const b = ["authority.promotion", null, null, "authority.constraint"];
    const rows = agreementByCode(a, b, { unit: "clause", codes: ["authority.promotion", "incentive.promotion", "learning.constraint"] });
    expect(rows[0]).toMatchObject({ code: "authority.promotion", unit: "clause", n: 4, both: 1, onlyA: 1, onlyB: 0, neither: 2, agreement: 0.75 });
    // 2 × 2 table [[1, 1], [0, 2]]: p_o = 3/4, p_e = (2/4)(1/4) + (2/4)(3/4) = 1/2 → κ = 0.5
    expect(rows[0].kappa).toBeCloseTo(0.5, 12);
    expect(rows[1]).toMatchObject({ onlyA: 1, both: 0, kappa: 0 });
    expect(rows[2].kappa).toBeNaN();
    expect(rows[2].note).toMatch(/undefined/);
  });

  it("accepts several codes per unit", () => {
    const rows = agreementByCode([["x", "y"], []], [["y"], ["x"]], { unit: "document" });
    expect(rows.map((r) => [r.code, r.both, r.onlyA, r.onlyB])).toEqual([["x", 0, 1, 1], ["y", 1, 0, 0]]);
  });
});

describe("NVivo Coding Comparison (characters, weighted by source size)", () => {
  // NVivo 9–12 help, "Run a Coding Comparison query", How is the percentage agreement calculated?:
  // a 1000-character document, 50 characters coded by both users, 150 by only one, 800 by neither
  // → (800 + 50) / 1000 = 85 %. The help gives no kappa for this example, because kappa depends on
  // how the 150 split between the users; the kappa checks below follow its formula by hand:
  // ΣEF = |A|·|B|/TU + (TU−|A|)(TU−|B|)/TU, K = (TA − ΣEF)/(TU − ΣEF).
  it("reproduces the help's 85 % agreement", () => {
    const r = codingComparison([{ id: "doc", size: 1000 }], [{ source: "doc", code: "n", start: 0, end: 150 }], [{ source: "doc", code: "n", start: 100, end: 200 }]);
    expect(r.rows[0]).toMatchObject({ aAndB: 50, aNotB: 100, bNotA: 50, notANotB: 800 });
    expect(r.rows[0].agreement).toBeCloseTo(0.85, 12);
    expect(r.rows[0].disagreement).toBeCloseTo(0.15, 12);
  });

  it("computes kappa by the help's formula: A-only 100, B-only 50 → 70/220", () => {
    // |A| = 150, |B| = 100: ΣEF = 150·100/1000 + 850·900/1000 = 15 + 765 = 780; TA = 850.
    expect(nvivoKappa({ size: 1000, aAndB: 50, aNotB: 100, bNotA: 50, notANotB: 800 })).toBeCloseTo(70 / 220, 12);
    // All 150 by A: |A| = 200, |B| = 50: ΣEF = 10 + 800·950/1000 = 770 → (850 − 770)/(1000 − 770) = 80/230.
    expect(nvivoKappa({ size: 1000, aAndB: 50, aNotB: 150, bNotA: 0, notANotB: 800 })).toBeCloseTo(80 / 230, 12);
  });

  it("matches plain Cohen's kappa of the character table wherever that is defined", () => {
    const c = { size: 1000, aAndB: 50, aNotB: 100, bNotA: 50, notANotB: 800 };
    expect(nvivoKappa(c)).toBeCloseTo(kappaFromTable([[c.aAndB, c.aNotB], [c.bNotA, c.notANotB]]).kappa, 12);
  });

  it("follows NVivo's conventions: complete agreement (even neither coding) is 1, one coder silent is 0", () => {
    const r = codingComparison([{ id: "s", size: 40 }], [], [], { codes: ["n"] });
    expect(r.rows[0]).toMatchObject({ kappa: 1, agreement: 1 });
    expect(r.rows[0].note).toMatch(/complete agreement/);
    expect(nvivoKappa({ size: 40, aAndB: 0, aNotB: 0, bNotA: 10, notANotB: 30 })).toBe(0);
  });

  it("merges overlapping spans of one coder and averages kappa over sources weighted by size", () => {
    expect(nvivoCounts(10, [[0, 4], [2, 6]], [[5, 8]])).toEqual({ size: 10, aAndB: 1, aNotB: 5, bNotA: 2, notANotB: 2 });
    const sources = [{ id: "big", size: 300 }, { id: "small", size: 100 }];
    const a = [{ source: "big", code: "n", start: 0, end: 100 }, { source: "small", code: "n", start: 0, end: 50 }];
    const b = [{ source: "big", code: "n", start: 0, end: 100 }, { source: "small", code: "n", start: 50, end: 100 }];
    const r = codingComparison(sources, a, b);
    expect(r.rows.map((x) => x.kappa)).toEqual([1, -1]);
    expect(r.byCode[0].kappaWeighted).toBeCloseTo((300 * 1 + 100 * -1) / 400, 12);
    expect(r.byCode[0].agreementWeighted).toBeCloseTo((300 + 0) / 400, 12);
    expect(r.byCode[0]).toMatchObject({ units: 400, sources: 2 });
  });

  it("refuses spans outside their source, unknown sources and empty input", () => {
    expect(() => codingComparison([], [], [])).toThrow(/at least one unit/);
    expect(() => codingComparison([{ id: "s", size: 5 }], [{ source: "s", code: "n", start: 2, end: 9 }], [])).toThrow(/0 ≤ start ≤ end ≤ 5/);
    expect(() => codingComparison([{ id: "s", size: 5 }], [{ source: "t", code: "n", start: 0, end: 1 }], [])).toThrow(/source "t"/);
    expect(() => codingComparison([{ id: "s", size: 0 }], [], [])).toThrow(/whole number ≥ 1/);
  });
});

describe("Krippendorff's alpha (nominal, missing values) against published values", () => {
  // Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability, section C, "Nominal data,
  // any number of observers, missing data" (repository.upenn.edu/asc_papers/43): 4 observers ×
  // 12 units, "." missing → α = 0.743. The same matrix is the doctest of the Python package
  // krippendorff (pln-fing-udelar/fast-krippendorff), which also prints 0.743.
  const krippendorff2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
    [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
  ];

  it("reproduces α = 0.743 (Krippendorff 2011, nominal example)", () => {
    const r = krippendorffAlpha(krippendorff2011);
    expect(r.alpha).toBeCloseTo(0.743, 3);
    // The paper's worked numbers: n = 40 pairable values in 11 units (unit 12 has one value).
    expect(r.pairable).toBeCloseTo(40, 12);
    expect(r.units).toBe(11);
  });

  // Wikipedia, "Krippendorff's alpha", A computational example: 3 coders × 15 units, "*" missing,
  // α_nominal = 0.691 (also the example of dallascard/krippendorff_alpha, "should return … 0.691").
  it("reproduces α = 0.691 (Wikipedia's computational example)", () => {
    const rows = [
      "* * * * * 3 4 1 2 1 1 3 3 * 3",
      "1 * 2 1 3 3 4 3 * * * * * * *",
      "* * 2 1 3 4 4 * 2 1 1 3 3 * 4",
    ].map((r) => r.split(" ").map((v) => (v === "*" ? null : Number(v))));
    expect(krippendorffAlpha(rows).alpha).toBeCloseTo(0.691, 3);
  });

  it("is 1 on perfect agreement, NaN with a note without variation or pairs, and checks its input", () => {
    expect(krippendorffAlpha([["a", "b", "c"], ["a", "b", "c"]]).alpha).toBe(1);
    const flat = krippendorffAlpha([["a", "a"], ["a", "a"]]);
    expect(flat.alpha).toBeNaN();
    expect(flat.note).toMatch(/expected disagreement is 0/);
    const unpaired = krippendorffAlpha([["a", null], [null, "b"]]);
    expect(unpaired.alpha).toBeNaN();
    expect(unpaired.note).toMatch(/no unit has two or more values/);
    expect(() => krippendorffAlpha([["a"]])).toThrow(/at least two coders/);
    expect(() => krippendorffAlpha([["a", "b"], ["a"]])).toThrow(/coder 2 has 1 values/);
    expect(() => krippendorffAlpha([[], []])).toThrow(/at least one unit/);
  });
});
