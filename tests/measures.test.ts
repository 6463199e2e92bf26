/**
 * Policy-mix measures (lib/measures, issue 11 point 4): hand-computed, numpy- and R-computed values,
 * the published AID values of Fernández-i-Marín, Knill & Steinebach (2021), and fast-check
 * properties (every value finite or explicitly not defined, evenness in [0, 1], permutation
 * invariance, Gini–Simpson ≤ 1 − 1/k, comprehensiveness and AID in [0, 1]).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DocumentCount, DocumentRow } from "../lib/dataset/types";
import { InputError } from "../lib/errors";
import type { CrossTab } from "../lib/matrix/types";
import {
  averageInstrumentDiversity, comprehensiveness, defined, comprehensivenessByRow, directionBalance, giniSimpson, hillNumber, measuresByGroup,
  paperDataAvailability, pielou, portfolioMeasures, rowDirections, shannon, simpson, themeDirectionBalance, transpose, type MeasureValue,
} from "../lib/measures";
import { APSR_PORTFOLIOS, matrixOf } from "./support/apsr-portfolios";

const v = (m: MeasureValue): number | null => m.value;
/** Table 2 of the paper: points per tool (authority, incentive, capacity building, symbolic & hortatory, learning). */
const TOOLS = [1449, 129, 223, 149, 90];
/** Table 2's ten cells, promotion then constraint per tool (learning-constraint is 0). */
const CELLS = [993, 456, 26, 103, 108, 115, 146, 3, 90, 0];

describe("balance across categories", () => {
  it("matches numpy on Table 2's tools, its ten cells and the four themes", () => {
    // python3 + numpy 2.4: p = x / x.sum(); H = -(p[p>0] * log(p[p>0])).sum(); J = H / log(len(x));
    // D = (p**2).sum(); GS = 1 - D; hill1 = exp(H); hill2 = 1 / D; hill_q = (p[p>0]**q).sum()**(1/(1-q)).
    const cases = [
      { x: TOOLS, H: 0.9883426787321208, J: 0.6140918336124938, D: 0.5277470203767781, h1: 2.686777926205812, h2: 1.8948472684621942, h0: 5, h3: 1.665763248373991, h05: 3.6297174365716924 },
      { x: CELLS, H: 1.545414641952006, J: 0.6711650512522458, D: 0.30266820453671667, h1: 4.689915859780768, h2: 3.303947970123469, h0: 9, h3: 2.8015110057299046, h05: 6.207575134381532 },
      { x: [548, 345, 296, 491], H: 1.3559168424268504, J: 0.9780872522135196, D: 0.26503188775510206, h1: 3.8803169654577596, h2: 3.7731308804774164, h0: 4, h3: 3.6810357088131287, h05: 3.9388649103772893 },
    ];
    for (const c of cases) {
      expect(v(shannon(c.x))).toBeCloseTo(c.H, 12);
      expect(v(pielou(c.x))).toBeCloseTo(c.J, 12);
      expect(v(simpson(c.x))).toBeCloseTo(c.D, 12);
      expect(v(giniSimpson(c.x))).toBeCloseTo(1 - c.D, 12);
      expect(v(hillNumber(c.x, 0))).toBe(c.h0);
      expect(v(hillNumber(c.x, 0.5))).toBeCloseTo(c.h05, 10);
      expect(v(hillNumber(c.x, 1))).toBeCloseTo(c.h1, 12);
      expect(v(hillNumber(c.x, 2))).toBeCloseTo(c.h2, 12);
      expect(v(hillNumber(c.x, 3))).toBeCloseTo(c.h3, 10);
    }
  });

  it("gives hand-computed values at the edges: 0 · ln 0 = 0, one category, equal shares", () => {
    expect(v(shannon([1, 1]))).toBeCloseTo(Math.log(2), 15);
    expect(v(shannon([5, 0, 0]))).toBe(0);
    expect(v(shannon([7]))).toBe(0);
    expect(v(pielou([2, 2, 2]))).toBe(1);
    expect(v(pielou([1, 0]))).toBe(0);
    expect(v(simpson([3, 1]))).toBe(0.625); // 0.75² + 0.25²
    expect(v(giniSimpson([1, 1, 1, 1]))).toBe(0.75);
    expect(v(giniSimpson([9]))).toBe(0);
    expect(v(hillNumber([3, 1], 2))).toBeCloseTo(1.6, 15); // 1 / 0.625
    expect(v(hillNumber([1, 1, 0], 1))).toBeCloseTo(2, 15);
  });

  it("says why a value is not defined: empty vector, no points, evenness of one category", () => {
    for (const f of [shannon, pielou, simpson, giniSimpson, (x: readonly number[]) => hillNumber(x, 1)]) {
      expect(f([])).toEqual({ value: null, notDefined: "no categories (an empty vector)" });
      expect(f([0, 0])).toEqual({ value: null, notDefined: "no points" });
    }
    expect(pielou([7])).toEqual({ value: null, notDefined: "a single category (evenness = H / ln 1 is 0 / 0)" });
  });

  it("refuses counts that are negative or not finite, and a Hill order that is not a number ≥ 0", () => {
    expect(() => shannon([1, -1])).toThrow(/finite counts ≥ 0, got -1 at index 1/);
    expect(() => simpson([1, NaN])).toThrow(/got NaN at index 1/);
    expect(() => hillNumber([1, 2], -1)).toThrow(/order q ≥ 0, got -1/);
    expect(() => hillNumber([1, 2], Infinity)).toThrow(/order q ≥ 0/);
    expect(() => defined(NaN)).toThrow(/a measure must be a finite number, got NaN/);
  });
});

describe("comprehensiveness", () => {
  it("is the share of cells in use, overall and per row (by hand)", () => {
    const tab = [[3, 0, 1], [0, 0, 2]];
    expect(v(comprehensiveness(tab))).toBe(0.5); // 3 of 6 cells
    expect(comprehensivenessByRow(tab).map(v)).toEqual([2 / 3, 1 / 3]);
    expect(comprehensivenessByRow(transpose(tab)).map(v)).toEqual([0.5, 0, 1]); // tools used per theme
    expect(comprehensiveness([])).toEqual({ value: null, notDefined: "no cells (a table without rows or columns)" });
    expect(comprehensiveness([[], []]).notDefined).toMatch(/no cells/);
    expect(comprehensivenessByRow([[], []]).map((m) => m.notDefined)).toEqual(["no columns in this row", "no columns in this row"]);
  });

  it("refuses a ragged table", () => {
    expect(() => comprehensiveness([[1, 2], [3]])).toThrow(/row 1 has 1 cells, row 0 has 2/);
  });
});

describe("Average Instrument Diversity and portfolio measures (Fernández-i-Marín, Knill & Steinebach 2021)", () => {
  it("reproduces the four AID values published in APSR 115(3) and checked by PolicyPortfolios' test_diversity.R", () => {
    // Also recomputed in R 4 (base R transcription of diversity_aid) on data/consensus.rda: 0.464 0.839 0.855 0.850.
    for (const p of APSR_PORTFOLIOS) expect(Number(v(averageInstrumentDiversity(matrixOf(p)))!.toFixed(3)), `${p.country} ${p.year}`).toBe(p.aid);
  });

  it("gives France 1976 exactly 26 / 56 (by hand: six standards score 2/7 each, the two single instruments 1)", () => {
    expect(v(averageInstrumentDiversity(matrixOf(APSR_PORTFOLIOS[0])))).toBeCloseTo(26 / 56, 15);
  });

  it("gives France 1976's portfolio characteristics in the full 13 × 48 environmental space as R computes them", () => {
    // Rscript (R 4, base R transcription of pp_measures): Size 0.0128205128205128, Div.gs 0.40625,
    // Div.sh 1.0612781244591329 (bits), Eq.sh 0.2867978416879234, In.Prep 1.
    const full = Array.from({ length: 13 }, () => new Array<number>(48).fill(0));
    matrixOf(APSR_PORTFOLIOS[0]).forEach((row, i) => row.forEach((x, j) => (full[i][j] = x)));
    const m = portfolioMeasures(full);
    expect(v(m.space)).toBe(624);
    expect(v(m.size)).toBeCloseTo(0.0128205128205128, 15);
    expect([v(m.instrumentsUsed), v(m.targetsUsed)]).toEqual([3, 8]);
    expect(v(m.instrumentsUsedShare)).toBeCloseTo(3 / 13, 15);
    expect(v(m.targetsUsedShare)).toBeCloseTo(8 / 48, 15);
    expect(v(m.preponderance)).toBe(1);
    expect(v(m.giniSimpson)).toBeCloseTo(0.40625, 15);
    expect(v(m.shannonBits)).toBeCloseTo(1.0612781244591329, 14);
    expect(v(m.equitability)).toBeCloseTo(0.2867978416879234, 14);
    expect(v(m.aid)).toBeCloseTo(26 / 56, 15);
  });

  it("reduces counts to presence, and is not defined for an empty portfolio or a single target", () => {
    expect(v(averageInstrumentDiversity([[5, 9, 0], [0, 2, 0]]))).toBe(0.5); // same as [[1,1,0],[0,1,0]], by hand
    expect(averageInstrumentDiversity([[0, 0], [0, 0]]).notDefined).toMatch(/empty portfolio/);
    expect(averageInstrumentDiversity([[1, 0], [3, 0]]).notDefined).toMatch(/fewer than two targets/);
    const empty = portfolioMeasures([[0, 0]]);
    expect([empty.preponderance.notDefined, empty.aid.notDefined]).toEqual([expect.stringMatching(/empty portfolio/), expect.stringMatching(/empty portfolio/)]);
    expect(v(empty.size)).toBe(0);
  });
});

describe("promotion/constraint balance per theme", () => {
  it("sums each theme's promotion and constraint rows (by hand) and says so for a theme without directed points", () => {
    const rows = [[3, 0, 2], [1, 0, 2], [5, 0, 0]]; // authority.promotion, authority.constraint, authority (no direction)
    const b = directionBalance(rows, rowDirections(["authority.promotion", "authority.constraint", "authority"]));
    expect(b[0]).toEqual({ promotion: 3, constraint: 1, promotionShare: { value: 0.75 }, balance: { value: 0.5 } });
    expect(b[1].balance).toEqual({ value: null, notDefined: "no points with a direction in this theme" });
    expect(b[2].balance.value).toBe(1);
  });

  it("gives Table 2's authority tool 1 − |993 − 456| / 1449 = 912 / 1449 (by hand)", () => {
    const b = directionBalance([[993], [456]], ["promotion", "constraint"]);
    expect(b[0].balance.value).toBeCloseTo(912 / 1449, 15);
    expect(b[0].promotionShare.value).toBeCloseTo(993 / 1449, 15);
  });

  it("labels a cross-tab's themes and refuses directions of the wrong length", () => {
    const tab: CrossTab = { rowDimension: "tools", colDimension: "themes", rowIds: ["a.promotion", "a.constraint"], colIds: ["land_supply", "land_use"], rowLabels: ["", ""], colLabels: ["土地供应", "土地使用"], counts: [[2, 0], [2, 1]], unit: "clause", units: 5 };
    expect(themeDirectionBalance(tab).map((t) => [t.id, t.label, t.balance.value])).toEqual([["land_supply", "土地供应", 1], ["land_use", "土地使用", 0]]);
    expect(() => directionBalance([[1]], [])).toThrow(/1 rows, 0 directions/);
  });
});

describe("measures by group", () => {
  const doc = (doc_id: string, region: DocumentRow["region"], year?: number): DocumentRow => ({ row: 2, doc_id, region, year, place: "", place_en: "", title: "" });
  const docs = [doc("a", "east", 2020), doc("b", "west", 2018), doc("c", "east", 2020), doc("d", undefined, undefined)];
  const count = (doc_id: string, node_id: string, points: number): DocumentCount => ({ doc_id, node_id, points, line: 2 });
  const counts = [count("a", "authority.promotion", 3), count("a", "incentive.constraint", 1), count("c", "authority.constraint", 4), count("b", "land_supply", 9)];
  const tools = [{ id: "authority", nodes: ["authority.promotion", "authority.constraint"] }, { id: "incentive", nodes: ["incentive.promotion", "incentive.constraint"] }];
  const pick = (rows: ReturnType<typeof measuresByGroup>, measure: string) => rows.filter((r) => r.measure === measure).map((r) => [r.group, r.value, r.notDefined ?? null]);

  it("sums categories per region (by hand: east 7 authority + 1 incentive) and reports groups without points", () => {
    const rows = measuresByGroup(docs, counts, { by: "region", categories: tools });
    expect(pick(rows, "points")).toEqual([["east", 8, null], ["west", 0, null], ["(not recorded)", 0, null]]);
    expect(pick(rows, "simpson")).toEqual([["east", 50 / 64, null], ["west", null, "no points"], ["(not recorded)", null, "no points"]]);
    expect(rows.find((r) => r.group === "east" && r.measure === "hill2")!.value).toBeCloseTo(64 / 50, 15);
  });

  it("groups by document, by year (ascending) and by a function", () => {
    expect(pick(measuresByGroup(docs, counts, { by: "document", categories: tools }), "points").map((r) => r[0])).toEqual(["a", "b", "c", "d"]);
    expect(pick(measuresByGroup(docs, counts, { by: "year", categories: tools }), "points").map((r) => r[0])).toEqual(["2018", "2020", "(not recorded)"]);
    const byTheme = measuresByGroup(docs, counts, { by: () => "all", categories: [{ id: "land_supply" }] });
    expect(pick(byTheme, "points")).toEqual([["all", 9, null]]);
  });

  it("names the file, row and field of a count whose document is not in the registry", () => {
    const bad = () => measuresByGroup(docs, [{ doc_id: "zz", node_id: "authority.promotion", points: 1, line: 7 }], { by: "region", categories: tools });
    expect(bad).toThrow(InputError);
    expect(bad).toThrow('document_counts.csv, row 7, field "doc_id": found "zz", expected a doc_id listed in documents.csv');
  });
});

describe("what the paper's published aggregates allow", () => {
  it("marks the measures of the joint tool × theme table, per theme and per group as not computable, with reasons", () => {
    const rows = paperDataAvailability();
    expect(rows.filter((r) => !r.computable).map((r) => r.measure)).toEqual(["comprehensiveness, portfolioMeasures, averageInstrumentDiversity", "directionBalance, themeDirectionBalance", "measuresByGroup"]);
    expect(rows.every((r) => r.why.length > 40)).toBe(true);
  });
});

describe("properties (fast-check)", () => {
  const RUNS = { numRuns: 200, seed: 20211 };
  const count = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 5000 }), fc.double({ min: 0, max: 1e6, noNaN: true }));
  const vector = fc.array(count, { maxLength: 12 });
  const matrix = fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 8 })).chain(([r, c]) => fc.array(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 9 })), { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));
  const finiteOrExplained = (m: MeasureValue) => (m.value === null ? typeof m.notDefined === "string" && m.notDefined.length > 0 : Number.isFinite(m.value) && m.notDefined === undefined);
  const balance = (x: number[]) => [shannon(x), pielou(x), simpson(x), giniSimpson(x), hillNumber(x, 0), hillNumber(x, 1), hillNumber(x, 2), hillNumber(x, 3.5)];

  it("every value is finite or explicitly not defined", () => {
    fc.assert(fc.property(vector, (x) => balance(x).every(finiteOrExplained)), RUNS);
    fc.assert(
      fc.property(matrix, (m) => [comprehensiveness(m), averageInstrumentDiversity(m), ...comprehensivenessByRow(m), ...Object.values(portfolioMeasures(m))].every(finiteOrExplained)),
      RUNS,
    );
  });

  it("evenness lies in [0, 1]; Gini–Simpson ≤ 1 − 1/k; 1 ≤ Hill numbers ≤ categories in use, falling with the order", () => {
    fc.assert(
      fc.property(vector, (x) => {
        const [, j, , gs, h0, h1, h2, h35] = balance(x).map(v);
        if (j !== null) expect(j >= 0 && j <= 1).toBe(true);
        if (gs !== null) expect(gs).toBeLessThanOrEqual(1 - 1 / x.length + 1e-12);
        if (h0 !== null) {
          expect(h0).toBe(x.filter((c) => c > 0).length);
          for (const h of [h1!, h2!, h35!]) expect(h >= 1 && h <= h0).toBe(true);
          expect(h1!).toBeGreaterThanOrEqual(h2! - 1e-9);
          expect(h2!).toBeGreaterThanOrEqual(h35! - 1e-9);
        }
      }),
      RUNS,
    );
  });

  it("balance measures do not depend on the order of the categories", () => {
    const shuffled = vector.chain((x) => fc.shuffledSubarray(x, { minLength: x.length, maxLength: x.length }).map((y) => [x, y] as const));
    fc.assert(
      fc.property(shuffled, ([x, y]) => {
        balance(x).forEach((m, i) => {
          const n = balance(y)[i];
          if (m.value === null) expect(n).toEqual(m);
          else expect(Math.abs(m.value - n.value!)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(m.value)));
        });
      }),
      RUNS,
    );
  });

  it("comprehensiveness and AID lie in [0, 1], and AID ignores the order of instruments and targets and the size of counts", () => {
    fc.assert(
      fc.property(matrix, fc.integer({ min: 1, max: 50 }), (m, scale) => {
        const c = v(comprehensiveness(m));
        if (c !== null) expect(c >= 0 && c <= 1).toBe(true);
        const aid = v(averageInstrumentDiversity(m));
        if (aid === null) return;
        expect(aid >= 0 && aid <= 1).toBe(true);
        expect(v(averageInstrumentDiversity(transpose(transpose(m).reverse()).reverse().map((r) => r.map((x) => x * scale))))).toBeCloseTo(aid, 12);
        expect(aid).toBeCloseTo(aidByLoop(m), 12);
      }),
      RUNS,
    );
  });

  it("the balance index is 2 · min(p, c) / (p + c) and the promotion share lies in [0, 1]", () => {
    fc.assert(
      fc.property(matrix, (m) => {
        const dirs = m.map((_, i) => (i % 3 === 0 ? "promotion" : i % 3 === 1 ? "constraint" : null) as "promotion" | "constraint" | null);
        for (const b of directionBalance(m, dirs)) {
          if (b.balance.value === null) expect(b.promotion + b.constraint).toBe(0);
          else {
            expect(b.balance.value).toBeCloseTo((2 * Math.min(b.promotion, b.constraint)) / (b.promotion + b.constraint), 12);
            expect(b.promotionShare.value! >= 0 && b.promotionShare.value! <= 1).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });
});

/** PolicyPortfolios' diversity_aid loop, transcribed literally (an independent oracle for the closed form). */
function aidByLoop(m: number[][]): number {
  const keep = m.length === 0 ? [] : m[0].map((_, t) => t).filter((t) => m.some((r) => r[t] > 0));
  const M = m.map((r) => keep.map((t) => (r[t] > 0 ? 1 : 0)));
  const divs: number[] = [];
  keep.forEach((_, t) =>
    M.forEach((row, i) => {
      if (row[t] === 0) return;
      let different = 0;
      let all = 0;
      M.forEach((r, ii) => r.forEach((x, tt) => {
        if (tt === t) return;
        all += x;
        if (ii !== i) different += x;
      }));
      divs.push(different / all);
    }),
  );
  return divs.reduce((a, b) => a + b, 0) / divs.length;
}
