import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../lib/errors";
import { Rng } from "../lib/random/prng";
import { loadCatalogue } from "../lib/score/catalogue";
import { scoreFiles } from "../lib/score/run";
import { scorecards } from "../lib/score/scorecard";
import { smaa } from "../lib/score/smaa";
import { handCatalogue } from "./support/catalogue";
import { perTest } from "./support/per-test";
import { partialValue } from "../lib/score/value-function";
import { boundedWeights } from "../lib/score/weight-sampler";
import { parseWeights, sampleWeights } from "../lib/score/weights";
import type { ScenarioResult } from "../lib/simulate/types";

const root = join(__dirname, "..");
const shipped = (id: string) => join(root, "scenarios", `${id}.json`);
const ALL = ["baseline", "incentive-shift", "learning-shift", "incentive-and-learning", "negative-lists", "strengthen-authority-constraint", "over-correction", "supply-admission-control"].map(shipped);

describe("partialValue (piecewise linear on absolute anchors)", () => {
  it("takes the anchor values at the cutoffs and interpolates between them", () => {
    const cut = [0.3, 0.5, 0.65, 0.75];
    const val = [0, 1, 1, 0];
    expect(cut.map((x) => partialValue(x, cut, val))).toEqual(val);
    expect(partialValue(0.4, cut, val)).toBeCloseTo(0.5, 12);
    expect(partialValue(0.709, cut, val)).toBeCloseTo(0.41, 12);
    expect(partialValue(0.6, cut, val)).toBe(1);
  });
  it("clips outside the anchors and keeps NaN", () => {
    expect(partialValue(-5, [0, 40], [1, 0])).toBe(1);
    expect(partialValue(99, [0, 40], [1, 0])).toBe(0);
    expect(partialValue(NaN, [0, 1], [0, 1])).toBeNaN();
    expect(() => partialValue(1, [0], [1])).toThrow("partialValue needs at least 2 cutoffs and one value per cutoff, got 1 cutoffs and 1 values");
  });
});

describe("a hand-computed scorecard", () => {
  const catalogue = handCatalogue([
      { id: "low-authority", label: "", indicator: "authorityShare", direction: "decrease", cutoffs: [0.5, 0.75], values: [1, 0], weight: 3, reasoning: "", recommendation: "r1", section: "3.1" },
      { id: "even", label: "", indicator: "evenness", direction: "increase", cutoffs: [0.6, 0.8], values: [0, 1], weight: 1, reasoning: "", recommendation: "r2", section: "3.1" },
    ]);
  const draws = (authority: number[], evenness: number[]) => ({ authorityShare: Float64Array.from(authority), evenness: Float64Array.from(evenness) });
  const result = { id: "s", title: "S", seed: 1, draws: 2, hash: "h", baselineDraws: draws([0.7, 0.72], [0.6, 0.62]), scenarioDraws: draws([0.6, 0.7], [0.7, 0.8]) } as unknown as ScenarioResult;
  const scored = perTest(() => scorecards([result], catalogue, Float64Array.of(0.75, 0.25)).cards[0]);

  it("scores each criterion per draw: (0.75 − x)/0.25 and (x − 0.6)/0.2, × 100", () => {
    // authority 0.6 → 60, 0.7 → 20; evenness 0.7 → 50, 0.8 → 100; medians average the two draws.
    expect(scored().criteria[0].score.median).toBeCloseTo(40, 10);
    expect(scored().criteria[1].score.median).toBeCloseTo(75, 10);
    expect(scored().criteria[0].baselineScore.median).toBeCloseTo(16, 10); // 20 and 12
    expect(scored().criteria.map((c) => c.mark)).toEqual(["partial", "pass"]);
  });

  it("weights them: 0.75·60 + 0.25·50 = 57.5 and 0.75·20 + 0.25·100 = 40; the baseline 15 and 11.5", () => {
    expect(scored().overall.median).toBeCloseTo((57.5 + 40) / 2, 10);
    expect(scored().baselineOverall.median).toBeCloseTo((15 + 11.5) / 2, 10);
    expect(scored().pBeatsBaseline).toBe(1);
    expect(scored().criteria[0]).toMatchObject({ recommendation: "r1", section: "3.1", weight: 0.75 });
  });
});

describe("SMAA-2 on a case with known acceptabilities", () => {
  // Three scenarios, two criteria, exact values: A = (1, 0), B = (0, 1), C = (0.6, 0.6). With
  // w = (w1, 1 − w1), w1 ~ U(0, 1): A is first when w1 > 0.6, B when w1 < 0.4, C in between.
  // Ranks: w1 > 0.6 → A, C, B; 0.5–0.6 → C, A, B; 0.4–0.5 → C, B, A; < 0.4 → B, C, A.
  const one = (x: number) => Float64Array.of(x);
  const values = [[one(1), one(0)], [one(0), one(1)], [one(0.6), one(0.6)]];
  const run = perTest(() => smaa(values, sampleWeights(200_000, 2, new Rng(1)), ["A", "B", "C"], ["c1", "c2"]));

  it("rank acceptabilities: A and B (0.4, 0.1, 0.5), C (0.2, 0.8, 0)", () => {
    const expected = [[0.4, 0.1, 0.5], [0.4, 0.1, 0.5], [0.2, 0.8, 0]];
    run().rankAcceptability.forEach((row, s) => row.forEach((b, r) => expect(Math.abs(b - expected[s][r])).toBeLessThan(0.005)));
  });

  it("central weights: A (0.8, 0.2), B (0.2, 0.8), C (0.5, 0.5); confidence factors 1", () => {
    const expected = [[0.8, 0.2], [0.2, 0.8], [0.5, 0.5]];
    run().centralWeights.forEach((cw, s) => cw!.forEach((w, c) => expect(Math.abs(w - expected[s][c])).toBeLessThan(0.005)));
    expect(run().confidence).toEqual([1, 1, 1]);
  });

  it("samples weights uniformly on the simplex, within bounds when given", () => {
    const w = sampleWeights(20_000, 3, new Rng(2), [[0, 1], [0.2, 0.5], [0, 1]]);
    let meanFirst = 0;
    for (let i = 0; i < w.length; i += 3) {
      expect(Math.abs(w[i] + w[i + 1] + w[i + 2] - 1)).toBeLessThan(1e-12);
      expect(w[i + 1]).toBeGreaterThanOrEqual(0.2);
      meanFirst += w[i] / 20_000;
    }
    expect(meanFirst).toBeGreaterThan(0.2);
    expect(() => sampleWeights(10, 2, new Rng(1), [[0.9, 1], [0.9, 1]])).toThrow(/lows sum to at most 1/);
  });

  it("samples narrow but feasible bounds exactly and fast: w1 uniform on [0.3, 0.35] when the slice is a square", () => {
    // {w1, w2 ∈ [0.3, 0.35], w3 ∈ [0.3, 0.4], Σ = 1}: w3 = 1 − w1 − w2 always lies in its bounds, so
    // (w1, w2) is uniform on the square: mean 0.325, variance 0.05²/12 = 2.083e-4 (by hand).
    const n = 40_000;
    const w = sampleWeights(n, 3, new Rng(4), [[0.3, 0.35], [0.3, 0.35], [0.3, 0.4]]);
    let mean = 0;
    for (let i = 0; i < w.length; i += 3) mean += w[i] / n;
    let variance = 0;
    for (let i = 0; i < w.length; i += 3) variance += (w[i] - mean) ** 2 / n;
    expect(mean).toBeCloseTo(0.325, 3);
    expect(variance).toBeCloseTo(0.05 ** 2 / 12, 5);
    // Twelve criteria each within [0.08, 0.09] (lows sum to 0.96): rejection from the whole simplex never gets one.
    const t = Date.now();
    const narrow = sampleWeights(20_000, 12, new Rng(5), Array.from({ length: 12 }, () => [0.08, 0.09] as [number, number]));
    expect(Date.now() - t).toBeLessThan(10_000);
    for (let i = 0; i < narrow.length; i += 12) {
      const row = narrow.subarray(i, i + 12);
      expect(Math.abs(row.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
      expect(row.every((x) => x >= 0.08 - 1e-15 && x <= 0.09 + 1e-15)).toBe(true);
    }
  });

  it("chooses among exact proposals, and its hit-and-run fallback agrees with the exact answer", () => {
    const bounds: Array<[number, number]> = [[0.3, 0.35], [0.3, 0.35], [0.3, 0.4]];
    const exact = new Float64Array(3 * 20_000);
    expect(boundedWeights(exact, 20_000, 3, new Rng(1).state, bounds)).toBe("box");
    const chain = new Float64Array(3 * 20_000);
    expect(boundedWeights(chain, 20_000, 3, new Rng(1).state, bounds, true)).toBe("hit-and-run");
    let mean = 0;
    for (let i = 0; i < chain.length; i += 3) mean += chain[i] / 20_000;
    expect(mean).toBeCloseTo(0.325, 3);
    expect(boundedWeights(new Float64Array(24), 2, 12, new Rng(1).state, Array.from({ length: 12 }, () => [0.08, 0.09] as [number, number]))).toBe("lower-corner");
    expect(boundedWeights(new Float64Array(24), 2, 12, new Rng(1).state, Array.from({ length: 12 }, () => [0, 0.1] as [number, number]))).toBe("upper-corner");
    expect(boundedWeights(new Float64Array(4), 2, 2, new Rng(1).state, [[0.5, 0.5], [0.5, 1]])).toBe("fixed");
    // Same seed, same bytes.
    const again = new Float64Array(3 * 20_000);
    boundedWeights(again, 20_000, 3, new Rng(1).state, bounds);
    expect(Buffer.from(again.buffer).equals(Buffer.from(exact.buffer))).toBe(true);
  });
});

describe("the shipped catalogue and default weights", () => {
  const catalogue = perTest(() => loadCatalogue());
  const report = perTest(() => scoreFiles(ALL, { draws: 4000, seed: 1 }));
  const card = (id: string) => report().scorecards.find((c) => c.scenario === id)!;
  const expectedRank = (id: string) => {
    const i = report().smaa.scenarios.indexOf(id);
    return report().smaa.rankAcceptability[i].reduce((s, b, r) => s + b * (r + 1), 0);
  };

  it("guard rail: incentive-and-learning ranks above baseline", () => {
    expect(card("incentive-and-learning").overall.median).toBeGreaterThan(card("baseline").overall.median + 5);
    expect(card("incentive-and-learning").pBeatsBaseline).toBeGreaterThan(0.95);
    expect(expectedRank("incentive-and-learning")).toBeLessThan(expectedRank("baseline"));
  });

  it("guard rail: over-correction ranks below incentive-and-learning", () => {
    expect(card("over-correction").overall.median).toBeLessThan(card("incentive-and-learning").overall.median - 5);
    expect(expectedRank("over-correction")).toBeGreaterThan(expectedRank("incentive-and-learning"));
    const authority = card("over-correction").criteria.find((c) => c.criterion === "authority-constraint")!;
    expect(authority.mark).toBe("fail");
  });

  it("covers every recommendation of 3.1–3.3 and 4.1–4.3, each quoted, none dropped", () => {
    const sections = new Set(catalogue().recommendations.map((r) => r.section));
    for (const s of ["3.1", "3.2.1", "3.2.2", "3.2.3", "3.2.4", "3.3", "4.1", "4.2", "4.3"]) expect(sections.has(s)).toBe(true);
    for (const r of catalogue().recommendations) {
      expect(r.quote_zh.length).toBeGreaterThan(5);
      expect(r.measurable ? (r.criteria ?? []).length > 0 : (r.not_measurable ?? "").length > 20).toBe(true);
    }
    expect(catalogue().criteria.map((c) => c.id)).toEqual(expect.arrayContaining(["authority-share", "authority-constraint", "symbolic-learning-constraint", "incentive-promotion", "incentive-combined", "tool-evenness", "cost-of-change", "flexible-supply", "admission-control", "land-use-compatibility", "flexible-lease-transfer", "supervision-reward-exit"]));
  });

  const paper = join(root, "..", "shared", "seed", "000_85553e749cb06bcd.txt");
  it.skipIf(!existsSync(paper))("quotes the paper word for word (each part of every quote occurs in the seed text)", () => {
    const squash = (t: string) => t.replace(/\s+/g, "");
    const text = squash(readFileSync(paper, "utf8"));
    for (const r of catalogue().recommendations) for (const part of r.quote_zh.split("……")) expect(text, `${r.id}: ${part}`).toContain(squash(part).replace(/^[，。；]|[，。；]$/g, ""));
  });

  it("gives every criterion of every scorecard its provenance (recommendation id and section)", () => {
    const json = JSON.parse(JSON.stringify(report()));
    const ids = new Map(catalogue().recommendations.map((r) => [r.id, r.section]));
    for (const c of json.scorecards.flatMap((s: { criteria: unknown[] }) => s.criteria)) expect(ids.get(c.recommendation)).toBe(c.section);
  });

  it("does not change a scenario's score when another scenario is added", () => {
    const pair = scoreFiles([shipped("baseline"), shipped("incentive-and-learning")], { draws: 1000, seed: 3 });
    const three = scoreFiles([shipped("baseline"), shipped("incentive-and-learning"), shipped("over-correction")], { draws: 1000, seed: 3 });
    expect(three.scorecards[1]).toEqual(pair.scorecards[1]);
  });
});

describe("weights files", () => {
  const catalogue = perTest(() => loadCatalogue());
  const issue = (json: unknown) => {
    try {
      parseWeights(json, "w.json", catalogue());
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      return (error as InputError).issues[0];
    }
    throw new Error("weights accepted");
  };
  it("accepts weights that sum to 1 (unnamed criteria get 0) and bounds", () => {
    const spec = parseWeights({ weights: { "authority-share": 0.6, "incentive-promotion": 0.4 }, bounds: { "cost-of-change": [0, 0.2] } }, "w.json", catalogue());
    expect(spec.weights[0]).toBe(0.6);
    expect(spec.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(spec.bounds![catalogue().criteria.findIndex((c) => c.id === "cost-of-change")]).toEqual([0, 0.2]);
  });
  it.each([
    ["negative", { weights: { "authority-share": 1.2, "incentive-promotion": -0.2 } }, "weights.incentive-promotion", "-0.2", "a weight ≥ 0"],
    ["not summing to 1", { weights: { "authority-share": 0.5, "incentive-promotion": 0.2 } }, "weights", '{"authority-share":0.5,"incentive-promotion":0.2}', "weights that sum to 1 (they sum to 0.7)"],
    ["unknown criterion", { weights: { "authority-shares": 1 } }, "weights.authority-shares", "authority-shares", "a criterion id of the catalogue (authority-share, tool-evenness"],
    ["bad bounds", { bounds: { "authority-share": [0.5, 0.2] } }, "bounds.authority-share", "[0.5,0.2]", "[low, high] with 0 ≤ low ≤ high ≤ 1"],
    ["infeasible bounds (lows above 1)", { bounds: { "authority-share": [0.6, 1], "tool-evenness": [0.5, 1] } }, "bounds", '{"authority-share":[0.6,1],"tool-evenness":[0.5,1]}', "lows sum to 1.1, highs to 12; criteria: authority-share, tool-evenness"],
  ])("rejects %s with file, field and value", (_name, json, field, found, expected) => {
    const i = issue(json);
    expect([i.file, i.field, i.found]).toEqual(["w.json", field, found]);
    expect(i.expected).toContain(expected);
  });
});
