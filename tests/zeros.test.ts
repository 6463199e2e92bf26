/**
 * Issue 10, point 4: zero cells and empty tools are normal, and no command prints NaN or Infinity.
 * An empty tool is built at test time from tests/fixtures/tiny-docs (document-level, so the
 * Bayesian bootstrap keeps the empty tool at exactly zero in every draw).
 */
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../lib/errors";
import { applyOperation } from "../lib/scenario/apply";
import type { CompiledOperation } from "../lib/scenario/compiled";
import { scoreFiles } from "../lib/score/run";
import { handCatalogue } from "./support/catalogue";
import { checkMemory, simulationBytes } from "../lib/simulate/memory";
import { simulateFiles } from "../lib/simulate/run";
import { summarize } from "../lib/simulate/summary";
import type { Summary } from "../lib/simulate/types";
import { expectClearError, root, runBad, scratch } from "./support/bad-input";
import { perTest } from "./support/per-test";

const NON_FINITE = /\bNaN\b|Infinity/;
const dir = scratch("toolmix-zeros-");
const empty = join(dir, "empty-incentive");
cpSync(join(root, "tests", "fixtures", "tiny-docs"), empty, { recursive: true });
const rows = readFileSync(join(empty, "document_counts.csv"), "utf8").split("\n");
writeFileSync(join(empty, "document_counts.csv"), rows.filter((r) => !r.includes(",incentive.")).join("\n"));

function scenario(id: string, operations: unknown[], dataset = "./empty-incentive"): string {
  const file = join(dir, `${id}.json`);
  writeFileSync(file, JSON.stringify({ id, title: id, rationale: "test", baseline: { dataset }, operations }));
  return file;
}
const baseline = scenario("base", []);
const toIncentive = scenario("to-incentive", [{ op: "transfer", from: "authority.promotion", to: [{ node: "incentive.promotion" }], fraction: 0.2 }]);
const removeConstraint = scenario("remove-constraint", [{ op: "set", node: "authority.constraint", share: 0 }]);
const themesOnly = scenario("themes-only", [{ op: "reweight", node: "supply.method", factor: 3 }]);
const all = [baseline, toIncentive, removeConstraint, themesOnly];

/** Every summary is finite, or says why it is not defined (and then holds only NaN, null in JSON). */
function expectFiniteOrExplained(summaries: Record<string, Summary>): void {
  for (const [name, s] of Object.entries(summaries)) {
    const numbers = [s.mean, s.median, s.q05, s.q95, s.q025, s.q975];
    if (s.notDefined !== undefined) {
      expect(s.notDefined, name).toMatch(/\w/);
      expect(numbers.every(Number.isNaN), name).toBe(true);
    } else expect(numbers.every(Number.isFinite), `${name} ${JSON.stringify(s)}`).toBe(true);
  }
}

describe("a dataset with an empty tool (no incentive codes at all)", () => {
  const results = perTest(() => simulateFiles(all, { draws: 2000, seed: 3 }));
  const base = () => results()[0];
  const shifted = () => results()[1];
  const removed = () => results()[2];
  const themed = () => results()[3];

  it("sums the promotion cells for the promotion share, never Σ share × fraction (0 × NaN)", () => {
    // tiny-docs without incentive: authority 9 promotion and 5 constraint points → 9/14 pooled; bootstrap medians near it.
    expect(base().baseline.promotionShare.notDefined).toBeUndefined();
    expect(base().baseline.promotionShare.median).toBeGreaterThan(0.3);
    expect(base().baseline.promotionShare.median).toBeLessThan(0.95);
  });

  it("says the empty tool's promotion fraction is not defined, with the reason, and keeps every other indicator finite", () => {
    expect(base().baseline["promotion.incentive"].notDefined).toBe("no points");
    expect(base().baseline["promotion.incentive"].median).toBeNaN();
    expect(JSON.parse(JSON.stringify(base().baseline["promotion.incentive"])).median).toBeNull();
    for (const r of results()) {
      expectFiniteOrExplained(r.baseline);
      expectFiniteOrExplained(r.scenario);
    }
  });

  it("defines the fraction once the scenario gives the tool points", () => {
    expect(shifted().scenario["promotion.incentive"].notDefined).toBeUndefined();
    expect(shifted().scenario["promotion.incentive"].median).toBe(1);
  });

  it("measures Aitchison distances with the stated zero treatment (finite with an empty tool)", () => {
    expect(Number.isFinite(base().baseline.distanceToReference.median)).toBe(true);
    expect(Number.isFinite(shifted().scenario.aitchisonShift.median)).toBe(true);
    expect(shifted().scenario.aitchisonShift.median).toBeGreaterThan(0);
  });

  it("removes a node with set … share 0 (the kit's own advice) and keeps the mix closed", () => {
    expect(removed().scenario["share.authority.constraint"].q975).toBe(0);
    expect(removed().scenario["share.authority.promotion"].median).toBe(1);
    expect(removed().scenario.costOfChange.median).toBeGreaterThan(0);
  });

  it("measures a theme-only scenario's cost of change among theme points", () => {
    expect(themed().scenario["share.authority"].median).toBe(themed().baseline["share.authority"].median);
    expect(themed().scenario.costOfChange.q025).toBeGreaterThan(0);
  });

  it("prints no NaN or Infinity, in text or JSON (simulate)", () => {
    for (const json of [[], ["--json"]]) {
      const run = runBad({ args: ["simulate", ...all, "--seed", "1", "--draws", "500", ...json], inputs: [dir] });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).not.toMatch(NON_FINITE);
      if (json.length === 0) expect(run.stdout).toContain("not defined (no points)");
      else expect(JSON.parse(run.stdout)[0].baseline["promotion.incentive"]).toMatchObject({ median: null, notDefined: "no points" });
    }
  });
});

describe("scoring with a criterion that cannot be computed", () => {
  const catalogue = handCatalogue([
      { id: "incentive-combined", label: "", indicator: "promotion.incentive", direction: "band", cutoffs: [0.05, 0.3, 0.7, 0.95], values: [0, 1, 1, 0], weight: 1, reasoning: "", recommendation: "r1", section: "3.1" },
      { id: "low-authority", label: "", indicator: "authorityShare", direction: "decrease", cutoffs: [0.5, 1], values: [1, 0], weight: 1, reasoning: "", recommendation: "r2", section: "3.1" },
      { id: "cost", label: "", indicator: "costOfChange", direction: "decrease", cutoffs: [0, 40], values: [1, 0], weight: 2, reasoning: "", recommendation: "r3", section: "3.1" },
    ]);
  const report = perTest(() => scoreFiles([baseline, toIncentive, themesOnly], { draws: 2000, seed: 5, catalogue }));
  const base = () => report().scorecards[0];
  const shifted = () => report().scorecards[1];
  const themed = () => report().scorecards[2];

  it("marks it not defined with the reason and never scores it", () => {
    expect(base().criteria[0].mark).toBe("not defined");
    expect(base().criteria[0].notDefined).toBe("no points");
    expect(base().criteria[0].score.median).toBeNaN();
    // Defined in the scenario but not at its baseline: left out too, so scenario and baseline stay comparable.
    expect(shifted().criteria[0].mark).toBe("not defined");
  });

  it("takes the overall score over the defined criteria, weights renormalised (1 : 2 of 3), and says so", () => {
    expect(base().excluded).toEqual(["incentive-combined"]);
    expect(base().note).toContain("renormalised");
    // Baseline: cost of change 0 → 100; authority share a with score 100·(1 − a)/0.5 for a ≥ 0.5.
    const authority = base().criteria[1].score.median;
    expect(base().overall.median).toBeCloseTo((authority + 2 * 100) / 3, 0);
    for (const card of report().scorecards) {
      expect(card.overall.q025).toBeGreaterThanOrEqual(0);
      expect(card.overall.q975).toBeLessThanOrEqual(100);
    }
  });

  it("never ranks a scenario on an undefined value in SMAA: the criterion is left out for all, and said so", () => {
    expect(report().smaa.excluded).toEqual(["incentive-combined"]);
    expect(report().smaa.note).toContain("incentive-combined");
    for (const row of report().smaa.rankAcceptability) for (const b of row) expect(Number.isFinite(b)).toBe(true);
    // The shifted scenario moves authority down at some cost: it is not a sure first (the NaN bug gave 1.00).
    expect(report().smaa.rankAcceptability[1][0]).toBeLessThan(1);
    expect(report().smaa.centralWeights.flatMap((w) => w ?? [])).not.toContain(NaN);
  });

  it("reports capped transfers as simulate does", () => {
    const capped = scenario("capped", [{ op: "transfer", from: "incentive", to: [{ node: "authority" }], fraction: 0.5 }]);
    const pp = scenario("capped-pp", [{ op: "transfer", from: "authority.constraint", to: [{ node: "incentive.promotion" }], pp: { min: 0, max: 30 } }]);
    const r = scoreFiles([capped, pp], { draws: 500, seed: 1, catalogue });
    const sim = simulateFiles([pp], { draws: 500, seed: 1 });
    expect(r.scorecards[1].clippedDraws).toBe(sim[0].clippedDraws);
    expect(r.scorecards[1].clippedDraws).toBeGreaterThan(0);
    expect(themed().clippedDraws).toBe(0);
  });

  it("refuses a catalogue whose criterion reads an indicator this dataset has not (clear error, no stack)", () => {
    const themes = runBad({ args: ["score", baseline, "--seed", "1", "--draws", "100"], inputs: [dir] });
    expectClearError(themes, { exit: 1, mentions: ["recommendations.json", 'field "indicator"', "share.land_supply", "a theme node of the dataset tiny-docs"] });
    const file = join(dir, "learning-catalogue.json");
    const catalogue = handCatalogueFile();
    catalogue.recommendations[0].criteria[1].indicator = "share.learning";
    writeFileSync(file, JSON.stringify(catalogue));
    const tools = runBad({ args: ["score", baseline, "--seed", "1", "--draws", "100", "--catalogue", file], inputs: [dir] });
    expectClearError(tools, { exit: 1, mentions: ["learning-catalogue.json", "criterion evenness.indicator", '"share.learning"', "an indicator the simulation produces"] });
  });

  it("prints no NaN or Infinity, in text or JSON (score)", () => {
    const file = join(dir, "catalogue.json");
    writeFileSync(file, JSON.stringify(handCatalogueFile()));
    for (const json of [[], ["--json"]]) {
      const run = runBad({ args: ["score", baseline, toIncentive, themesOnly, "--seed", "1", "--draws", "500", "--catalogue", file, ...json], inputs: [dir] });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).not.toMatch(NON_FINITE);
      if (json.length === 0) expect(run.stdout).toContain("not defined (no points)");
    }
  });
});

/** The hand catalogue as a file, for the CLI. */
function handCatalogueFile() {
  const criterion = (id: string, indicator: string, cutoffs: number[], values: number[]) => ({ id, label: id, indicator, direction: "increase", cutoffs, values, weight: 1, reasoning: "test" });
  return {
    version: "test",
    marks: { pass: 70, partial: 30 },
    recommendations: [
      {
        id: "r1",
        section: "3.1",
        quote_zh: "激励与约束并用",
        paraphrase_en: "test",
        measurable: true,
        criteria: [criterion("incentive-combined", "promotion.incentive", [0.05, 0.95], [0, 1]), criterion("evenness", "evenness", [0, 1], [0, 1]), criterion("cost", "costOfChange", [0, 40], [1, 0])],
      },
    ],
  };
}

describe("tiny cells and the paper at --prior 0.01", () => {
  it("operations never overflow on a subnormal cell (add, set, transfer, toward)", () => {
    const ops: Array<[CompiledOperation, number]> = [
      [{ kind: "add", dimension: "tools", node: Int32Array.of(1), intensity: 20 }, 20],
      [{ kind: "set", dimension: "tools", node: Int32Array.of(1), rest: Int32Array.of(0), intensity: 0.3 }, 0.3],
      [{ kind: "transfer", dimension: "tools", from: Int32Array.of(1), to: [{ members: Int32Array.of(0), weight: 1 }], mode: "fraction", intensity: 0.5 }, 0.5],
      [{ kind: "toward", dimension: "tools", children: [Int32Array.of(0), Int32Array.of(1)], reference: Float64Array.of(0.5, 0.5), intensity: 0.5 }, 0.5],
    ];
    for (const [op, value] of ops) {
      const x = Float64Array.of(1 - 5e-324, 5e-324);
      applyOperation(x, 0, 2, op, value, 2040);
      expect([...x].every(Number.isFinite), `${op.kind}: ${[...x]}`).toBe(true);
      expect(Math.abs(x[0] + x[1] - 1)).toBeLessThan(1e-12);
    }
  });

  it("simulates negative-lists at --prior 0.01 without Infinity or NaN (text and JSON)", () => {
    for (const json of [[], ["--json"]]) {
      const run = runBad({ args: ["simulate", join(root, "scenarios", "negative-lists.json"), "--seed", "1", "--prior", "0.01", "--draws", "3000", ...json] });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).not.toMatch(NON_FINITE);
      expect(run.stdout).not.toContain("not defined");
    }
  });
});

describe("summaries of undefined draws", () => {
  it("never summarise over the defined draws alone: the count of undefined draws is given", () => {
    const s = summarize(Float64Array.of(0.2, NaN, 0.4), "no points");
    expect(s.notDefined).toBe("no points in 1 of 3 draws");
    expect(s.median).toBeNaN();
    expect(summarize(Float64Array.of(Infinity, 1)).notDefined).toMatch(/not a finite number in 1 of 2 draws/);
    expect(summarize(Float64Array.of(1, 2, 3)).notDefined).toBeUndefined();
  });
});

describe("bounded memory for --draws", () => {
  const shape = { toolSlots: 10, tools: 5, themeSlots: 0, themeNodes: 4, scenarios: 1, kept: 0 };

  it("estimates the bytes of a run from the arrays it holds", () => {
    // 2·10 draws and copies + 2·(2·5 + 10 + 9 + 2·5 + 1) tool indicators + 2·4 themes + 1 quantile copy = 109 values per draw.
    expect(simulationBytes(1, shape)).toBe(8 * 109);
    expect(simulationBytes(1e6, { ...shape, themeSlots: 44, kept: 12, scenarios: 9, extraPerDraw: 3, extraBytes: 100 })).toBe(8 * (109 + 88 + 120 + 3) * 1e6 + 100);
  });

  it("refuses draws that will not fit, naming the memory they need and the most that fit", () => {
    expect(() => checkMemory(1000, shape, "s.json", 1)).not.toThrow();
    let error: unknown;
    try {
      checkMemory(1e9, shape, "s.json", 2);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const issue = (error as InputError).issues[0];
    expect(issue).toMatchObject({ file: "s.json", field: "--draws" });
    expect(issue.found).toBe("1000000000 draws, needing about 812.1 GB of memory");
    expect(issue.expected).toContain(`--draws ≤ ${Math.floor((2 * 2 ** 30) / (8 * 109))}`);
    // A dimension's draws longer than V8's longest typed array are refused whatever the memory.
    expect(() => checkMemory(5e8, { ...shape, themeSlots: 44 }, "s.json", 65536)).toThrow(/--draws ≤ 97612893/);
  });

  it("refuses on the command line before drawing anything", () => {
    const run = runBad({ args: ["simulate", join(root, "scenarios", "baseline.json"), "--seed", "1", "--draws", "100000000", "--max-memory-gb", "1"] });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('field "--draws"');
    expect(run.stderr).toMatch(/needing about \d+\.\d GB/);
  });
});
