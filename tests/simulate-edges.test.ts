/**
 * lib/simulate at its edges, where the paper's own data never goes: a cell strictly between zero
 * and the detection limit, a moved constraint cell, codings on a parent node (a tool with its own
 * slot beside its cells), the option bounds, what a result records about its dataset, baselines
 * that select nothing, and which theme shares a scenario reports.
 *
 * Reference values: computed with numpy, independently of the kit (python3), and pasted here:
 *
 *   import numpy as np
 *   c = np.array([993,456,26,103,108,115,146,3,90,0], float); N = 2040.0; x = c / N
 *   def mr(v, N):  # multiplicative replacement, detection limit 1/max(N, k), δ = 0.65 × limit
 *       lim = 1/max(N, len(v)); d = 0.65*lim; below = v < lim
 *       return np.where(below, d, v*(1-below.sum()*d)/(1-v[below].sum()))
 *   def clr(a): l = np.log(a); return l - l.mean()
 *   # A: learning.constraint at 0.0002 (below 1/2040) taken from authority.promotion; 0.01 from
 *   #    incentive.promotion to incentive.constraint
 *   z = x.copy(); z[9] = 0.0002; z[0] -= 0.0002; z[3] += 0.01; z[2] -= 0.01
 *   dist(z) = ‖clr(tools(mr(z))) − clr(uniform)‖ = 2.184880906522123
 *   shift(z, x) = √(Σ Δclr² + Σ Δlogit² / 2) = 1.2134179779659429
 *   # B: 11 slots, the first holding codings on the parent node `authority`
 *   w = [0.1, 0.9·x]; b = [0, x]
 *   tool shares of w = [0.7392647058823529, 0.05691176470588236, 0.09838235294117648, 0.06573529411764706, 0.03970588235294118]
 *   promotion.authority = w1 / (w1 + w2) = 0.6853002070393375; dist(w) = 2.3093174394351617; shift(w, b) = 0.14921638585025632
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset, paperDataDir } from "../lib/dataset/load";
import { layoutOf } from "../lib/mix/layout";
import { toolIndicators, undefinedReason } from "../lib/simulate/indicators";
import { simulateFiles } from "../lib/simulate/run";

const root = join(__dirname, "..");
const tmp = mkdtempSync(join(tmpdir(), "toolmix-simedges-"));
const paper = loadDataset(paperDataDir());
const uniform = () => new Float64Array(5).fill(0.2);
const counts = [993, 456, 26, 103, 108, 115, 146, 3, 90, 0];
const x = () => Float64Array.from(counts, (c) => c / 2040);

/** Writes a scenario file of the paper (or another dataset) and returns its path. */
function scenario(id: string, operations: unknown[], baseline: Record<string, unknown> = { dataset: "paper-m0" }): string {
  const file = join(tmp, `${id}.json`);
  writeFileSync(file, JSON.stringify({ id, title: id, rationale: "test", baseline, operations }));
  return file;
}

describe("toolIndicators off the paper's data", () => {
  it("replaces a cell strictly between 0 and 1/N and scales the rest (numpy: case A)", () => {
    const layout = layoutOf(paper.codebook, "tools");
    const z = x();
    z[9] = 0.0002;
    z[0] -= 0.0002;
    z[3] += 0.01;
    z[2] -= 0.01;
    const base = toolIndicators(layout, paper.codebook, uniform(), x(), null, 1, 2040);
    const { values } = toolIndicators(layout, paper.codebook, uniform(), z, { mix: x(), logs: base.logs }, 1, 2040);
    expect(values.distanceToReference[0]).toBeCloseTo(2.184880906522123, 12);
    expect(values.aitchisonShift[0]).toBeCloseTo(1.2134179779659429, 12);
    expect(values["share.learning.constraint"][0]).toBeCloseTo(0.0002, 15);
  });
  it("counts codings on a parent node in its tool's share, never in its promotion fraction (numpy: case B)", () => {
    const layout = layoutOf(paper.codebook, "tools", new Set(["authority"]));
    expect(layout.slots).toHaveLength(11);
    const w = Float64Array.from([0.1, ...Array.from(x(), (v) => 0.9 * v)]);
    const b = Float64Array.from([0, ...x()]);
    const base = toolIndicators(layout, paper.codebook, uniform(), b, null, 1, 2040);
    const { values } = toolIndicators(layout, paper.codebook, uniform(), w, { mix: b, logs: base.logs }, 1, 2040);
    const shares = [0.7392647058823529, 0.05691176470588236, 0.09838235294117648, 0.06573529411764706, 0.03970588235294118];
    paper.codebook.tools.forEach((t, j) => expect(values[`share.${t.id}`][0]).toBeCloseTo(shares[j], 14));
    expect(values.authorityShare[0]).toBeCloseTo(shares[0], 14);
    expect(values["promotion.authority"][0]).toBeCloseTo(0.6853002070393375, 14);
    expect(values.distanceToReference[0]).toBeCloseTo(2.3093174394351617, 12);
    expect(values.aitchisonShift[0]).toBeCloseTo(0.14921638585025632, 12);
  });
  it("reports every tool, cell and indicator once, never the root or a direction margin", () => {
    const { values } = toolIndicators(layoutOf(paper.codebook, "tools"), paper.codebook, uniform(), x(), null, 1, 2040);
    const tools = paper.codebook.tools.map((t) => t.id);
    const cells = tools.flatMap((t) => [`share.${t}.promotion`, `share.${t}.constraint`]);
    expect(Object.keys(values)).toEqual([
      ...tools.map((t) => `share.${t}`), ...tools.map((t) => `promotion.${t}`), ...cells,
      "authorityShare", "promotionShare", "entropy", "evenness", "effectiveTools", "hhi", "distanceToReference", "costOfChange", "aitchisonShift",
    ]);
  });
  it("needs observed points above zero (the detection limit 1/N)", () => {
    const layout = layoutOf(paper.codebook, "tools");
    expect(() => toolIndicators(layout, paper.codebook, uniform(), x(), null, 1, 0)).toThrow("observed points > 0, got 0");
    expect(() => toolIndicators(layout, paper.codebook, uniform(), x(), null, 1, NaN)).toThrow("observed points > 0");
    expect(() => toolIndicators(layout, paper.codebook, uniform(), x(), null, 1, 1)).not.toThrow();
  });
  it("says why an indicator may be undefined: an empty tool's fraction, evenness of one tool, nothing else", () => {
    expect(undefinedReason("promotion.learning")).toMatch(/no points/);
    expect(undefinedReason("evenness")).toMatch(/one tool|single/);
    expect(undefinedReason("promotion.learning")).not.toBe(undefinedReason("evenness"));
    for (const name of ["entropy", "share.promotion.x", "authorityShare", "xpromotion.a", ""]) expect(undefinedReason(name)).toBeUndefined();
  });
});

describe("simulate: option bounds and what a result records", () => {
  const baseline = () => scenario("empty", []);
  it("takes one draw and the extreme seeds 0 and 2³² − 1, and refuses 2³²", () => {
    expect(simulateFiles([baseline()], { draws: 1, seed: 0 })[0].draws).toBe(1);
    expect(simulateFiles([baseline()], { draws: 2, seed: 0xffffffff })[0].seed).toBe(0xffffffff);
    expect(() => simulateFiles([baseline()], { draws: 2, seed: 2 ** 32 })).toThrow(/seed/);
    expect(() => simulateFiles([baseline()], { draws: 0, seed: 1 })).toThrow(/draws/);
    expect(() => simulateFiles([baseline()], { draws: -1, seed: 1 })).toThrow(/draws/);
  });
  it("records the dataset's id, scheme, synthetic flag, filter, tools with both labels and headline indicators", () => {
    const [r] = simulateFiles([baseline()], { draws: 2, seed: 1 });
    expect(r.dataset).toEqual({
      id: "paper-m0", scheme: paper.codebook.scheme.id, synthetic: false, filter: {},
      tools: paper.codebook.tools.map((t) => ({ id: t.id, zh: t.label_zh, en: t.label_en })),
      headline: paper.codebook.headline,
    });
    expect(r.dataset.headline[0]).toBe("share.authority");
    const docs = join(root, "tests", "fixtures", "tiny-docs");
    const [east] = simulateFiles([scenario("east", [], { dataset: docs, region: "east" })], { draws: 2, seed: 1 });
    expect(east.dataset.filter).toEqual({ region: "east" });
    expect(east.dataset.id).toBe("tiny-docs");
    const [city] = simulateFiles([scenario("city", [], { dataset: docs, city: "成都" })], { draws: 2, seed: 1 });
    expect(city.dataset.filter).toEqual({ city: "成都" });
  });
  it("refuses a region or city filter on a dataset without document counts, naming the field", () => {
    expect(() => simulateFiles([scenario("r", [], { dataset: "paper-m0", region: "east" })], { draws: 2, seed: 1 })).toThrow(/baseline\.region/);
    expect(() => simulateFiles([scenario("c", [], { dataset: "paper-m0", city: "沈阳" })], { draws: 2, seed: 1 })).toThrow(/baseline\.city/);
  });
  it("reports the top-level themes and every theme node an operation names, never a tool node among them", () => {
    const file = scenario("themes", [
      { op: "transfer", from: "land_supply", to: [{ node: "land_use" }], pp: 1 },
      { op: "transfer", from: "authority.promotion", to: [{ node: "learning.promotion" }], pp: 1 },
    ]);
    const [r] = simulateFiles([file], { draws: 2, seed: 1 });
    const themeShares = Object.keys(r.scenario).filter((name) => name.startsWith("share.") && !paper.codebook.nodes.get(name.slice(6))?.dimension.startsWith("tools"));
    expect(themeShares.sort()).toEqual(["share.land_supply", "share.land_use", "share.operation_supervision", "share.property_rights"]);
  });
});
