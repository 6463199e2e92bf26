/**
 * Weights files (parseWeights) at their edges, and the default weights: each rule of
 * lib/score/weights.ts broken alone, and the values just inside each limit read. The common cases
 * are in tests/score.test.ts ("weights files").
 */
import { describe, expect, it } from "vitest";
import { InputError } from "../lib/errors";
import { scoreExpected } from "../lib/messages";
import { handCatalogue } from "./support/catalogue";
import { defaultWeights, parseWeights, sampleWeights } from "../lib/score/weights";
import { Rng } from "../lib/random/prng";

const crit = (id: string, weight: number) => ({ id, label: id, indicator: "hhi", direction: "decrease" as const, cutoffs: [0, 1], values: [1, 0], weight, reasoning: "", recommendation: "r", section: "3.1" });
const catalogue = handCatalogue([crit("a", 2), crit("b", 1), crit("c", 1)]);

function issues(json: unknown) {
  try {
    parseWeights(json, "w.json", catalogue);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).issues;
  }
  throw new Error("weights accepted");
}

describe("defaultWeights", () => {
  it("normalises the catalogue's weights to sum to 1 (2:1:1 → 0.5, 0.25, 0.25)", () => {
    expect([...defaultWeights(catalogue)]).toEqual([0.5, 0.25, 0.25]);
  });
});

describe("parseWeights at its edges", () => {
  it("keeps the default weights when only bounds are given, and the whole simplex when only weights are", () => {
    expect([...parseWeights({ bounds: { a: [0, 0.9] } }, "w.json", catalogue).weights]).toEqual([0.5, 0.25, 0.25]);
    expect(parseWeights({ weights: { a: 1 } }, "w.json", catalogue).bounds).toBeUndefined();
    expect([...parseWeights({ weights: { a: 1 } }, "w.json", catalogue).weights]).toEqual([1, 0, 0]);
  });

  it("reads a sum within 1e-6 of 1, refuses one further off", () => {
    expect(() => parseWeights({ weights: { a: 0.5, b: 0.5000009 } }, "w.json", catalogue)).not.toThrow();
    expect(issues({ weights: { a: 0.5, b: 0.499998 } })).toEqual([{ file: "w.json", field: "weights", found: '{"a":0.5,"b":0.499998}', expected: scoreExpected.weightsSumToOne(0.999998) }]);
  });

  it("refuses an object without weights or bounds, and a value that is not an object", () => {
    for (const json of [{}, [], null, 3]) expect(issues(json)).toEqual([{ file: "w.json", found: JSON.stringify(json), expected: scoreExpected.weightsObject }]);
  });

  it("reads a zero weight and bounds at 0 and 1 exactly", () => {
    const spec = parseWeights({ weights: { a: 0, b: 1 }, bounds: { a: [0, 0], b: [1, 1] } }, "w.json", catalogue);
    expect([...spec.weights]).toEqual([0, 1, 0]);
    expect(spec.bounds).toEqual([[0, 0], [1, 1], [0, 1]]);
    expect(parseWeights({ bounds: { a: [0.3, 0.3] } }, "w.json", catalogue).bounds![0]).toEqual([0.3, 0.3]);
  });

  it.each([
    ["a negative low", [-0.1, 0.5]],
    ["a high above 1", [0, 1.1]],
    ["low above high", [0.6, 0.5]],
  ])("refuses bounds with %s", (_name, b) => {
    expect(issues({ bounds: { a: b } })).toEqual([{ file: "w.json", field: "bounds.a", found: JSON.stringify(b), expected: scoreExpected.bounds }]);
  });

  it("refuses bounds of an unknown criterion, naming the catalogue's", () => {
    expect(issues({ bounds: { z: [0, 1] } })).toEqual([{ file: "w.json", field: "bounds.z", found: "z", expected: scoreExpected.knownCriterion(["a", "b", "c"]) }]);
  });

  it("refuses bounds whose highs sum below 1, naming only the criteria bounded", () => {
    const [issue] = issues({ bounds: { a: [0, 0.1], b: [0, 0.1], c: [0, 0.1] } });
    expect(issue).toMatchObject({ field: "bounds" });
    expect(issue.expected).toContain("lows sum to 0, highs to 0.3; criteria: a, b, c)");
    const [lows] = issues({ bounds: { a: [0.5, 1], b: [0.6, 1] } });
    expect(lows.expected).toContain("lows sum to 1.1, highs to 3; criteria: a, b)");
  });

  it("reads bounds whose lows sum to exactly 1 and whose highs sum to exactly 1", () => {
    expect(() => parseWeights({ bounds: { a: [0.5, 1], b: [0.25, 1], c: [0.25, 1] } }, "w.json", catalogue)).not.toThrow();
    expect(() => parseWeights({ bounds: { a: [0, 0.5], b: [0, 0.25], c: [0, 0.25] } }, "w.json", catalogue)).not.toThrow();
  });

  it("reports every problem of a file at once", () => {
    expect(issues({ weights: { a: -1, z: 1 } }).map((i) => i.field)).toEqual(["weights.a", "weights.z", "weights"]);
  });
});

describe("sampleWeights", () => {
  it("draws rows on the simplex; bounds of [0, 1] everywhere are the unbounded sampler, with the same bytes", () => {
    const free = sampleWeights(50, 3, new Rng(9));
    for (let i = 0; i < 50; i++) expect(free[3 * i] + free[3 * i + 1] + free[3 * i + 2]).toBeCloseTo(1, 12);
    expect(sampleWeights(50, 3, new Rng(9), [[0, 1], [0, 1], [0, 1]])).toEqual(free);
    expect(sampleWeights(50, 3, new Rng(9), [[0, 1], [0, 1], [0, 0.99]])).not.toEqual(free);
  });

  it("uses the generator it is given: another seed, other weights", () => {
    expect(sampleWeights(5, 3, new Rng(1))).not.toEqual(sampleWeights(5, 3, new Rng(2)));
    expect(sampleWeights(5, 3, new Rng(1))).toEqual(sampleWeights(5, 3, new Rng(1)));
  });
});
