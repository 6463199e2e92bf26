/**
 * lib/simulate piece by piece, with few draws (fast enough to run for every mutant): option
 * checks, the uncertainty models, the text and HTML reports, keepDraws and themeNodes, summaries.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset, paperDataDir } from "../lib/dataset/load";
import { baselineCounts } from "../lib/mix/baseline";
import { Rng } from "../lib/random/prng";
import { baselineDraws } from "../lib/simulate/draws";
import { formatSimulation } from "../lib/simulate/format-text";
import { simulationHtml } from "../lib/simulate/html";
import { INDICATOR_DOCS, themeIndicators } from "../lib/simulate/indicators";
import { simulateFiles } from "../lib/simulate/run";
import { checkMemory, simulationBytes } from "../lib/simulate/memory";
import { isDefined, summarize } from "../lib/simulate/summary";

const root = join(__dirname, "..");
const shipped = (id: string) => join(root, "scenarios", `${id}.json`);
const tmp = mkdtempSync(join(tmpdir(), "toolmix-simunits-"));
const paper = loadDataset(paperDataDir());

describe("the memory estimate of --draws", () => {
  const shape = { toolSlots: 10, tools: 5, themeSlots: 0, themeNodes: 4, scenarios: 1, kept: 0 };
  it("counts the arrays held per draw", () => {
    // 2·(10 + 0) + 2·(2·5 + 10 + 9 + 2·5 + 1) + 2·4 + 1 = 109 values of 8 bytes.
    expect(simulationBytes(1, shape)).toBe(872);
    expect(simulationBytes(10, { ...shape, themeSlots: 44 })).toBe(8 * 10 * (109 + 88));
    expect(simulationBytes(1, { ...shape, themeNodes: 6 })).toBe(8 * 113);
    expect(simulationBytes(1, { ...shape, kept: 3, scenarios: 4 })).toBe(8 * (109 + 15));
    expect(simulationBytes(2, { ...shape, tools: 6, toolSlots: 12, extraPerDraw: 5, extraBytes: 7 })).toBe(8 * 2 * (24 + 2 * (12 + 12 + 9 + 12 + 1) + 8 + 1 + 5) + 7);
  });
  it("passes what fits, at the limit too, and refuses beyond it with the most draws that fit", () => {
    const gib = 2 ** 30;
    const most = Math.floor(gib / 872);
    expect(() => checkMemory(most, shape, "s.json", 1)).not.toThrow();
    expect(() => checkMemory(most + 1, shape, "s.json", 1)).toThrow(`--draws ≤ ${most} here`);
    expect(() => checkMemory(most + 1, { ...shape, extraBytes: 872 * 10 }, "s.json", 1)).toThrow(`--draws ≤ ${most - 10} here`);
    expect(() => checkMemory(Math.floor((2 ** 32 - 1) / 10), shape, "s.json", 65536)).not.toThrow();
    expect(() => checkMemory(Math.floor((2 ** 32 - 1) / 10) + 1, shape, "s.json", 65536)).toThrow(`--draws ≤ ${Math.floor((2 ** 32 - 1) / 10)} here`);
    expect(() => checkMemory(2 ** 31, { ...shape, toolSlots: 1, tools: 0 }, "s.json", 65536)).not.toThrow();
    expect(() => checkMemory(1e9, shape, "s.json", 2)).toThrow('s.json, field "--draws": found "1000000000 draws, needing about 812.1 GB of memory", expected at most 2 GB');
  });
});

describe("summaries", () => {
  it("mean, median and the 90 % and 95 % intervals (R type 2 quantiles)", () => {
    const s = summarize(Float64Array.from({ length: 101 }, (_, i) => i));
    expect(s).toEqual({ mean: 50, median: 50, q05: 5, q95: 95, q025: 2.5, q975: 97.5 });
    expect(isDefined(s)).toBe(true);
    expect(isDefined(summarize(Float64Array.of(NaN)))).toBe(false);
    expect(() => summarize(new Float64Array(0))).toThrow("summarize needs at least one draw");
  });
});

describe("baseline draws", () => {
  const tools = baselineCounts(paper, "tools");
  it("Dirichlet(counts / deff + prior): rows closed, the model recorded", () => {
    const { draws, model } = baselineDraws(tools, 3, new Rng(1), 0.5, 2);
    expect(model).toEqual({ method: "dirichlet", prior: 0.5, designEffect: 2, documents: null });
    for (let i = 0; i < 3; i++) expect(Math.abs(draws.subarray(i * 10, i * 10 + 10).reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
  });
  it("refuses a prior ≤ 0 and a design effect < 1", () => {
    expect(() => baselineDraws(tools, 1, new Rng(1), 0, 1)).toThrow("the Dirichlet prior must be > 0, got 0");
    expect(() => baselineDraws(tools, 1, new Rng(1), 0.5, 0.9)).toThrow("the design effect must be ≥ 1, got 0.9");
  });
  it("bootstraps documents: a slot no document codes stays 0; no documents is refused", () => {
    const docs = loadDataset(join(root, "tests", "fixtures", "tiny-docs"));
    const b = baselineCounts(docs, "tools");
    const { draws, model } = baselineDraws(b, 5, new Rng(2), 0.5, 1);
    expect(model).toEqual({ method: "bayesian-bootstrap", prior: null, designEffect: null, documents: 4 });
    for (let i = 0; i < 5; i++) {
      const row = draws.subarray(i * 4, i * 4 + 4);
      expect(Math.abs(row.reduce((a, c) => a + c, 0) - 1)).toBeLessThan(1e-12);
      expect(row.every((x) => x > 0)).toBe(true);
    }
    expect(() => baselineDraws({ ...b, documents: { ids: [], matrix: new Float64Array(0) } }, 1, new Rng(1), 0.5, 1)).toThrow("a Bayesian bootstrap needs at least one document");
  });
});

describe("theme indicators", () => {
  it("sum a node's slots per draw", () => {
    const layout = baselineCounts(paper, "themes").layout;
    const k = layout.slots.length;
    const x = new Float64Array(2 * k).fill(1 / k);
    const out = themeIndicators(layout, ["land_supply"], x, 2);
    const n = layout.members.get("land_supply")!.length;
    expect(out["share.land_supply"][0]).toBeCloseTo(n / k, 14);
    expect(out["share.land_supply"][1]).toBeCloseTo(n / k, 14);
  });
});

describe("simulate: options, keepDraws, themeNodes, reference", () => {
  it("refuses draws and seeds that are not whole numbers in range", () => {
    expect(() => simulateFiles([shipped("baseline")], { draws: 0, seed: 1 })).toThrow("draws must be a whole number ≥ 1, got 0");
    expect(() => simulateFiles([shipped("baseline")], { draws: 1.5, seed: 1 })).toThrow("draws must be a whole number ≥ 1, got 1.5");
    expect(() => simulateFiles([shipped("baseline")], { draws: 10, seed: -1 })).toThrow("seed must be a whole number between 0 and 4294967295, got -1");
    expect(() => simulateFiles([shipped("baseline")], { draws: 10, seed: 2 ** 32 })).toThrow(/seed must be a whole number/);
    expect(() => simulateFiles([shipped("baseline")], { draws: 10, seed: 0.5 })).toThrow(/seed must be a whole number/);
  });
  it("keeps the named per-draw values (copies), or all of them", () => {
    const [r] = simulateFiles([shipped("incentive-shift")], { draws: 50, seed: 1, keepDraws: ["authorityShare"] });
    expect(Object.keys(r.scenarioDraws!)).toEqual(["authorityShare"]);
    expect(r.scenarioDraws!.authorityShare.length).toBe(50);
    expect(r.scenarioDraws!.authorityShare[0]).toBeCloseTo(r.baselineDraws!.authorityShare[0] - 0.03, 1);
    const [all] = simulateFiles([shipped("incentive-shift")], { draws: 20, seed: 1, keepDraws: true });
    expect(Object.keys(all.scenarioDraws!)).toContain("hhi");
    expect(simulateFiles([shipped("incentive-shift")], { draws: 20, seed: 1 })[0].scenarioDraws).toBeUndefined();
  });
  it("reports the theme nodes asked for, and refuses a node that is not a theme", () => {
    const [r] = simulateFiles([shipped("baseline")], { draws: 20, seed: 1, themeNodes: ["land_use.land_indicators"] });
    expect(Object.keys(r.baseline)).toContain("share.land_use.land_indicators");
    expect(Object.keys(r.baseline)).toContain("share.land_supply");
    expect(() => simulateFiles([shipped("baseline")], { draws: 20, seed: 1, themeNodes: ["authority"], themeNodesFile: "cat.json" })).toThrow(/cat\.json, field "indicator": found "share\.authority"/);
  });
  it("measures the distance to a given reference mix, which needs every tool > 0", () => {
    const reference = { authority: 0.2, incentive: 0.2, capacity_building: 0.2, symbolic_hortatory: 0.2, learning: 0.2 };
    const [a] = simulateFiles([shipped("baseline")], { draws: 20, seed: 1 });
    const [b] = simulateFiles([shipped("baseline")], { draws: 20, seed: 1, reference: { ...reference, authority: 0.7 } });
    expect(simulateFiles([shipped("baseline")], { draws: 20, seed: 1, reference })[0].baseline.distanceToReference).toEqual(a.baseline.distanceToReference);
    expect(b.baseline.distanceToReference.median).toBeLessThan(a.baseline.distanceToReference.median);
    expect(() => simulateFiles([shipped("baseline")], { draws: 20, seed: 1, reference: { ...reference, learning: 0 } })).toThrow(/the reference mix needs a share > 0 for every tool/);
  });
  it("counts the draws a transfer could not take in full", () => {
    const file = join(tmp, "capped.json");
    writeFileSync(file, JSON.stringify({ id: "capped", title: "capped", rationale: "t", baseline: { dataset: "paper-m0" }, operations: [{ op: "transfer", from: "learning", to: [{ node: "authority" }], pp: { min: 0, max: 4.4 } }] }));
    const [r] = simulateFiles([file], { draws: 400, seed: 1 });
    expect(r.clippedDraws).toBeGreaterThan(0);
    expect(r.clippedDraws).toBeLessThan(400);
    expect(formatSimulation([r])).toContain(`${r.clippedDraws} of 400 draws capped: a transfer took all the source held`);
  });
});

describe("reports", () => {
  // Simulated inside each test, not at load time, so mutation testing can tell which test covers what.
  const run = () => simulateFiles([shipped("incentive-shift")], { draws: 200, seed: 4 })[0];
  it("text: provenance, each indicator's baseline and scenario median with 95 % interval", () => {
    const r = run();
    const text = formatSimulation([r]);
    expect(text).toContain("incentive-shift — ");
    expect(text).toContain("200 draws, seed 4, Dirichlet posterior, prior 0.5, design effect 1; dataset paper-m0");
    const s = r.scenario.authorityShare;
    expect(text).toContain(`${(100 * s.median).toFixed(2)} [${(100 * s.q025).toFixed(2)}, ${(100 * s.q975).toFixed(2)}] %`);
    const h = r.scenario.hhi;
    expect(text).toContain(`${h.median.toFixed(3)} [${h.q025.toFixed(3)}, ${h.q975.toFixed(3)}]`);
    expect(text).not.toContain("capped");
    expect(text).not.toMatch(/share\.authority\.promotion/);
  });
  it("text and HTML say 'not defined (reason)' instead of a number", () => {
    const r = run();
    const undefinedResult = { ...r, scenario: { ...r.scenario, "promotion.incentive": summarize(Float64Array.of(NaN, NaN), "no points") } };
    expect(formatSimulation([undefinedResult])).toContain("not defined (no points)");
    const html = simulationHtml([undefinedResult]);
    expect(html).toContain("not defined (no points)");
    expect(html).not.toMatch(/NaN/);
  });
  it("HTML: one table per scenario with the change of medians", () => {
    const r = run();
    const html = simulationHtml([r], ["authorityShare", "hhi"]);
    expect(html.match(/<table class="toolmix">/g)).toHaveLength(1);
    const d = 100 * (r.scenario.authorityShare.median - r.baseline.authorityShare.median);
    expect(html).toContain(`<td>${d.toFixed(2)} pp</td>`);
    expect(html).toContain("200 draws · seed 4 · Dirichlet posterior (prior 0.5, design effect 1)");
    expect(html).not.toContain("evenness");
  });
  it("documents every indicator in one line", () => {
    for (const doc of Object.values(INDICATOR_DOCS)) {
      expect(doc).not.toContain("\n");
      expect(doc.length).toBeGreaterThan(20);
    }
    expect(Object.keys(INDICATOR_DOCS)).toEqual(["share.<tool>", "share.<tool>.<direction>", "share.<theme>", "promotion.<tool>", "authorityShare", "promotionShare", "entropy", "evenness", "effectiveTools", "hhi", "distanceToReference", "costOfChange", "aitchisonShift"]);
  });
  it("text: the main indicators in order, then the tool and theme shares a scenario changes (never cells)", () => {
    const [r] = simulateFiles([shipped("supply-admission-control")], { draws: 100, seed: 1 });
    const names = formatSimulation([r]).split("\n").slice(3).map((line) => line.trim().split(/\s+/)[0]);
    expect(names.slice(0, 13)).toEqual(["share.authority", "share.incentive", "share.learning", "promotionShare", "promotion.authority", "promotion.incentive", "promotion.symbolic_hortatory", "promotion.learning", "evenness", "effectiveTools", "hhi", "distanceToReference", "costOfChange"]);
    expect(names.slice(13)).toEqual(["share.land_supply", "share.land_supply.supply_management.supply_method", "share.land_supply.admission"]);
    expect(formatSimulation([r]).split("\n")[2]).toMatch(/^ {2}indicator {2,}baseline median \[95 %\] {2,}scenario median \[95 %\]$/);
    expect(formatSimulation([r, r]).split("\n\n")).toHaveLength(2);
  });
  it("text and HTML name the bootstrap and mark synthetic data", () => {
    const file = join(tmp, "synthetic.json");
    writeFileSync(file, JSON.stringify({ id: "docs", title: "docs", rationale: "t", baseline: { dataset: join(root, "tests", "fixtures", "tiny-docs") }, operations: [] }));
    const [r] = simulateFiles([file], { draws: 50, seed: 1 });
    const fake = { ...r, dataset: { ...r.dataset, synthetic: true }, title: "a < b & c" };
    expect(formatSimulation([fake])).toContain("50 draws, seed 1, Bayesian bootstrap over 4 documents; dataset tiny-docs (SYNTHETIC); sha256 ");
    expect(formatSimulation([r])).not.toContain("SYNTHETIC");
    const html = simulationHtml([fake]);
    expect(html).toContain("Bayesian bootstrap over 4 documents");
    expect(html).toContain('docs: a &lt; b &amp; c <b style="color:#b00020">SYNTHETIC data</b>');
    expect(simulationHtml([r])).not.toContain("SYNTHETIC");
  });
  it("HTML: the default indicators, shares in percent, others to 3 decimals, signed changes", () => {
    const r = run();
    const html = simulationHtml([r]);
    const rows = [...html.matchAll(/<tr><td>([^<]+)<\/td>/g)].map((m) => m[1]);
    expect(rows).toEqual(["share.authority", "share.incentive", "share.learning", "promotionShare", "promotion.authority", "promotion.incentive", "promotion.symbolic_hortatory", "promotion.learning", "evenness", "effectiveTools", "hhi", "distanceToReference", "costOfChange"]);
    const e = r.scenario.evenness;
    expect(html).toContain(`<td>${e.median.toFixed(3)} [${e.q025.toFixed(3)}, ${e.q975.toFixed(3)}]</td>`);
    const a = r.scenario["share.incentive"];
    expect(html).toContain(`<td>${(100 * a.median).toFixed(2)} [${(100 * a.q025).toFixed(2)}, ${(100 * a.q975).toFixed(2)}]</td>`);
    expect(html).toContain(`<td>+${(100 * (a.median - r.baseline["share.incentive"].median)).toFixed(2)} pp</td>`);
    expect(html).toContain(`<td>+${(r.scenario.evenness.median - r.baseline.evenness.median).toFixed(3)}</td>`);
    expect(html).toContain("<td>+0.00 pp</td>"); // promotionShare does not move: zero counts as +
    expect(html).toMatch(/^<style>table\.toolmix\{border-collapse:collapse/);
  });
});
