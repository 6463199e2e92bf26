/**
 * lib/evaluation: per-label κ, precision and recall (checked by hand), the labels derived from a
 * multi-label coding, the document bootstrap (deterministic, degenerate cases by hand), numpy's
 * linear quantile, and properties over random codings (fast-check, fixed seed).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kappaIntervals, labelsOf, quantileSorted, scoreLabels, type CodedUnit } from "../lib/evaluation";
import { evaluateCoding } from "../lib/evaluation/report";
import { InputError } from "../lib/errors";
import { readCoding } from "../lib/evaluation/read-set";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const RUNS = { numRuns: 80, seed: 20261206 };

describe("scoreLabels", () => {
  it("gives κ, precision and recall of a 2 × 2 table as computed by hand", () => {
    // both 3, only gold 1, only predicted 1, neither 5: pₒ = 0.8, pₑ = 0.4·0.4 + 0.6·0.6 = 0.52,
    // κ = (0.8 − 0.52) / 0.48 = 0.58333…; precision = recall = 3/4.
    const gold = [["x"], ["x"], ["x"], ["x"], [], [], [], [], [], []];
    const pred = [["x"], ["x"], ["x"], [], ["x"], [], [], [], [], []];
    const [s] = scoreLabels(gold, pred, ["x"]);
    expect(s).toMatchObject({ n: 10, gold: 4, predicted: 4, both: 3, precision: 0.75, recall: 0.75 });
    expect(s.kappa).toBeCloseTo(0.583333333, 9);
  });

  it("says 'not defined' (null), never NaN: no positive, nothing predicted, no variation", () => {
    const [s] = scoreLabels([[], []], [[], []], ["x"]);
    expect(s).toMatchObject({ kappa: null, precision: null, recall: null, gold: 0, predicted: 0 });
    expect(scoreLabels([[], []], [["x"], []], ["x"])[0]).toMatchObject({ kappa: 0, precision: 0, recall: null });
  });

  it("refuses codings of different lengths and an empty evaluation", () => {
    expect(() => scoreLabels([[]], [], ["x"])).toThrow(/differ in length/);
    expect(() => scoreLabels([], [], ["x"])).toThrow(/at least one clause/);
  });

  it("properties: κ symmetric, precision and recall swap with the codings, all in range; a coding against itself is 1", () => {
    const coding = fc.array(fc.subarray(["a", "b", "c"]), { minLength: 2, maxLength: 40 });
    fc.assert(
      fc.property(coding, coding, (a, b) => {
        const n = Math.min(a.length, b.length);
        const [x, y] = [a.slice(0, n), b.slice(0, n)];
        const ab = scoreLabels(x, y, ["a", "b", "c"]);
        const ba = scoreLabels(y, x, ["a", "b", "c"]);
        ab.forEach((s, i) => {
          expect(s.kappa === null ? null : Number(s.kappa.toFixed(12))).toBe(ba[i].kappa === null ? null : Number(ba[i].kappa!.toFixed(12)));
          expect(s.precision).toBe(ba[i].recall);
          for (const v of [s.precision, s.recall]) if (v !== null) expect(v >= 0 && v <= 1).toBe(true);
          if (s.kappa !== null) expect(s.kappa >= -1 - 1e-12 && s.kappa <= 1 + 1e-12).toBe(true);
        });
        for (const s of scoreLabels(x, x, ["a", "b", "c"])) if (s.gold > 0 && s.gold < n) expect(s.kappa).toBeCloseTo(1, 12);
      }),
      RUNS,
    );
  });
});

describe("labelsOf", () => {
  it("derives any tool, tool and direction from cells, and top-level themes", () => {
    expect(labelsOf({ tools: ["authority.constraint", "authority.promotion"], themes: ["land_supply.admission"] })).toEqual([
      "any tool", "authority.promotion", "authority.constraint", "tool:authority", "direction:promotion", "direction:constraint", "theme:land_supply",
    ]);
    expect(labelsOf({ tools: [], themes: [] })).toEqual([]);
  });
});

describe("document bootstrap", () => {
  const unit = (document: string, gold: string[], predicted: string[]) => ({ document, gold, predicted });

  it("matches numpy's linear quantile (numpy.quantile([1, 2, 3, 4], 0.25) = 1.75)", () => {
    expect(quantileSorted([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantileSorted([1, 2, 3, 4], 0.975)).toBeCloseTo(3.925, 12);
  });

  it("gives [1, 1] for perfect agreement and the same interval for the same seed", () => {
    const units = ["a", "b", "c", "d"].flatMap((d) => [unit(d, ["x"], ["x"]), unit(d, [], [])]);
    expect(kappaIntervals(units, ["x"], { seed: 3, replicates: 300 }).get("x")).toEqual([1, 1]);
    const mixed = [unit("a", ["x"], ["x"]), unit("a", [], ["x"]), unit("b", ["x"], []), unit("b", [], []), unit("c", ["x"], ["x"]), unit("c", [], [])];
    const one = kappaIntervals(mixed, ["x"], { seed: 9, replicates: 500 }).get("x");
    expect(kappaIntervals(mixed, ["x"], { seed: 9, replicates: 500 }).get("x")).toEqual(one);
    expect(kappaIntervals(mixed, ["x"], { seed: 10, replicates: 500 }).get("x")).not.toEqual(undefined);
  });

  it("resamples documents, not clauses: one document gives a degenerate interval at its own κ", () => {
    const units = [unit("a", ["x"], ["x"]), unit("a", [], ["x"]), unit("a", ["x"], ["x"]), unit("a", [], [])];
    const [s] = scoreLabels(units.map((u) => u.gold), units.map((u) => u.predicted), ["x"]);
    const interval = kappaIntervals(units, ["x"], { seed: 1, replicates: 100 }).get("x")!;
    expect(interval[0]).toBeCloseTo(s.kappa!, 12);
    expect(interval[1]).toBeCloseTo(s.kappa!, 12);
  });

  it("is null when κ is undefined in most replicates (a label nobody uses)", () => {
    const units = [unit("a", [], []), unit("b", [], [])];
    expect(kappaIntervals(units, ["x"], { seed: 1, replicates: 50 }).get("x")).toBeNull();
  });
});

describe("evaluateCoding", () => {
  it("reports the two human codings' κ with each other as the ceiling", () => {
    const u = (id: string, tools: string[]): CodedUnit => ({ id, document: id, text: "", tools, themes: [] });
    const gold = [u("a", ["authority.promotion"]), u("b", []), u("c", ["authority.promotion"]), u("d", [])];
    const r = evaluateCoding(gold, gold, { seed: 1, replicates: 50, independent: [gold, [u("a", ["authority.promotion"]), u("b", ["authority.promotion"]), u("c", ["authority.promotion"]), u("d", [])]] });
    const ap = r.scores.find((s) => s.code === "authority.promotion")!;
    expect(ap.kappa).toBe(1);
    expect(ap.ceiling).toBeCloseTo(0.5, 12); // both 2, only b 1, neither 1: pₒ 0.75, pₑ 0.5
  });
});

describe("reading a coding file", () => {
  it("names file, row and field for an unknown code, a repeated id and a clause left uncoded", () => {
    const dir = mkdtempSync(join(tmpdir(), "toolmix-eval-"));
    const file = join(dir, "coder-x.csv");
    writeFileSync(file, 'id,tools,themes\n"a:01","authority.promtion","none"\n"a:01","none","land_use"\n');
    const clauses = [{ id: "a:01", document: "a", clause: "…" }, { id: "a:02", document: "a", clause: "…" }];
    try {
      readCoding(file, clauses);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      const issues = (e as InputError).issues;
      expect(issues.map((i) => [i.row, i.field])).toEqual([[2, "tools"], [3, "id"], [undefined, "id"]]);
      expect(issues[0].expected).toMatch(/authority\.promotion/);
      expect(issues[2].found).toMatch(/a:02/);
    }
  });
});
