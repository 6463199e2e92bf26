/**
 * The pieces of lib/score/scorecard.ts on their own: a criterion's indicator per draw (a plain
 * indicator, a ratio of sums, an empty denominator, an indicator the simulation lacks), marks at
 * their thresholds, which indicators print as percentages. Values by hand.
 */
import { describe, expect, it } from "vitest";
import { InputError } from "../lib/errors";
import { criterionDraws, criterionValues, indicatorsOf, isShareIndicator, markOf } from "../lib/score/scorecard";
import type { CatalogueCriterion } from "../lib/score/types";

const criterion = (indicator: CatalogueCriterion["indicator"]): CatalogueCriterion => ({ id: "c", label: "c", indicator, direction: "increase", cutoffs: [0, 1], values: [0, 1], weight: 1, reasoning: "", recommendation: "r", section: "3.1" });
const draws = { a: Float64Array.of(1, 2, 0), b: Float64Array.of(3, 2, 0), c: Float64Array.of(0, 4, 0) };

describe("criterionDraws", () => {
  it("returns a plain indicator's draws", () => {
    expect([...criterionDraws(criterion("a"), draws)]).toEqual([1, 2, 0]);
  });

  it("takes a ratio of sums per draw: (a + b) / (a + b + c) = 4/4, 4/8, and NaN where the denominator is 0", () => {
    const ratio = criterionDraws(criterion({ ratio: { numerator: ["a", "b"], denominator: ["a", "b", "c"] } }), draws);
    expect([...ratio]).toEqual([1, 0.5, NaN]);
    expect([...criterionDraws(criterion({ ratio: { numerator: ["c"], denominator: ["b"] } }), draws)]).toEqual([0, 2, NaN]);
  });

  it("names the catalogue file, the criterion and the indicators there are when one is missing", () => {
    try {
      criterionDraws(criterion({ ratio: { numerator: ["a"], denominator: ["zz"] } }), draws, "my.json");
      throw new Error("not refused");
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      const [issue] = (error as InputError).issues;
      expect(issue).toMatchObject({ file: "my.json", field: "criterion c.indicator", found: "zz" });
      expect(issue.expected).toContain("a, b, c");
    }
    expect(() => criterionDraws(criterion("toString"), draws)).toThrow(InputError);
    try {
      criterionDraws(criterion("zz"), draws);
    } catch (error) {
      expect((error as InputError).issues[0].file).toBe("catalogue");
    }
  });

  it("values each draw on the criterion's anchors, and lists the indicators it reads", () => {
    expect([...criterionValues({ ...criterion("a"), cutoffs: [0, 2], values: [0, 1] }, draws)]).toEqual([0.5, 1, 0]);
    expect(indicatorsOf(criterion({ ratio: { numerator: ["a"], denominator: ["b", "c"] } }))).toEqual(["a", "b", "c"]);
    expect(indicatorsOf(criterion("a"))).toEqual(["a"]);
  });
});

describe("markOf", () => {
  const marks = { pass: 70, partial: 30 };
  it("passes at the pass mark, is partial at the partial mark, fails below", () => {
    expect(markOf(70, marks)).toBe("pass");
    expect(markOf(69.99, marks)).toBe("partial");
    expect(markOf(30, marks)).toBe("partial");
    expect(markOf(29.99, marks)).toBe("fail");
    expect(markOf(100, marks)).toBe("pass");
  });
});

describe("isShareIndicator", () => {
  it("is true for shares, promotion fractions and ratios, false for other measures", () => {
    for (const name of ["share.authority", "promotion.incentive", "promotionShare", "authorityShare"]) expect(isShareIndicator(name), name).toBe(true);
    for (const name of ["evenness", "hhi", "costOfChange", "x.share.y", "entropy"]) expect(isShareIndicator(name), name).toBe(false);
    expect(isShareIndicator({ ratio: { numerator: ["a"], denominator: ["b"] } })).toBe(true);
  });
});
