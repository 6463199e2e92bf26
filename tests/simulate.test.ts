import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { simulateFiles } from "../lib/simulate/run";
import type { ScenarioFile } from "../lib/scenario/types";
import { perTest } from "./support/per-test";

const root = join(__dirname, "..");
const shipped = (id: string) => join(root, "scenarios", `${id}.json`);
const tmp = mkdtempSync(join(tmpdir(), "toolmix-scenarios-"));
/** Writes a scenario to a temporary folder (the kit never writes into scenarios/). */
function scenario(id: string, operations: ScenarioFile["operations"], baseline: ScenarioFile["baseline"] = { dataset: "paper-m0" }): string {
  const file = join(tmp, `${id}.json`);
  writeFileSync(file, JSON.stringify({ id, title: id, rationale: "test", baseline, operations }));
  return file;
}

describe("the paper's headline scenario (incentive-and-learning)", () => {
  const run = perTest(() => simulateFiles([shipped("incentive-and-learning")], { draws: 20000, seed: 1 })[0]);
  const delta = (name: string) => run().scenario[name].median - run().baseline[name].median;

  it("moves 6–10 pp (median 8) from promotion-type authority to incentives (4–6) and learning (2–4)", () => {
    expect(delta("authorityShare")).toBeCloseTo(-0.08, 2);
    expect(delta("share.incentive")).toBeCloseTo(0.05, 2);
    expect(delta("share.learning")).toBeCloseTo(0.03, 2);
    expect(run().scenario.costOfChange.q025).toBeGreaterThan(6);
    expect(run().scenario.costOfChange.q975).toBeLessThan(10);
  });

  it("moves promotion fractions as the operations say and leaves the overall promotion share alone", () => {
    expect(delta("promotion.authority")).toBeLessThan(-0.03);
    expect(delta("promotion.incentive")).toBeGreaterThan(0.3);
    expect(run().scenario.promotionShare.median).toBeCloseTo(run().baseline.promotionShare.median, 12);
    expect(run().scenario["promotion.capacity_building"]).toEqual(run().baseline["promotion.capacity_building"]);
  });

  it("raises evenness and lowers concentration", () => {
    expect(delta("evenness")).toBeGreaterThan(0.08);
    expect(delta("hhi")).toBeLessThan(-0.07);
  });

  it("records seed, draws, model and the scenario file's hash", () => {
    expect(run()).toMatchObject({ id: "incentive-and-learning", seed: 1, draws: 20000, clippedDraws: 0, uncertainty: { method: "dirichlet", prior: 0.5, designEffect: 1 } });
    expect(run().hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("baseline uncertainty", () => {
  it("gives the authority share the Dirichlet posterior's 95 % interval (numpy: 68.92–72.85 %)", () => {
    const [r] = simulateFiles([shipped("baseline")], { draws: 100000, seed: 7 });
    expect(r.baseline.authorityShare.q025).toBeCloseTo(0.6892, 3);
    expect(r.baseline.authorityShare.q975).toBeCloseTo(0.7285, 3);
  });

  it("widens it by the design effect: deff 2.45 (ICC 0.05, 30 points per document) gives ±3.08 pp", () => {
    // Half-widths computed once with numpy in the reference notes (methods.md §2.2): ICC 0.05 → deff 2.45 → ±3.08 pp.
    const [r] = simulateFiles([shipped("baseline")], { draws: 100000, seed: 7, designEffect: 2.45 });
    expect(((r.baseline.authorityShare.q975 - r.baseline.authorityShare.q025) / 2) * 100).toBeCloseTo(3.08, 1);
  });

  it("bootstraps documents when the dataset has document-level counts, and filters by region", () => {
    const dataset = join(root, "tests", "fixtures", "tiny-docs");
    const all = simulateFiles([scenario("docs-all", [], { dataset })], { draws: 20000, seed: 3 })[0];
    expect(all.uncertainty).toMatchObject({ method: "bayesian-bootstrap", documents: 4 });
    // Pooled authority share of the four documents: 14 of 18 points; the bootstrap centres near it.
    expect(all.baseline.authorityShare.mean).toBeCloseTo(14 / 18, 1);
    const west = simulateFiles([scenario("docs-west", [], { dataset, region: "west" })], { draws: 2000, seed: 3 })[0];
    expect(west.uncertainty.documents).toBe(2);
    // West documents d3, d4: authority 2 + 3 = 5 of 8 points.
    expect(west.baseline.authorityShare.mean).toBeCloseTo(5 / 8, 1);
  });
});

describe("the nested representation", () => {
  it("changing the promotion/constraint split inside symbolic tools does not move the authority share (any draw)", () => {
    const file = scenario("symbolic-split", [{ op: "set", node: "symbolic_hortatory.constraint", share: { min: 0.1, max: 0.2 } }]);
    const [r] = simulateFiles([file], { draws: 5000, seed: 2, keepDraws: true });
    const before = r.baselineDraws!.authorityShare;
    const after = r.scenarioDraws!.authorityShare;
    let worst = 0;
    for (let i = 0; i < before.length; i++) worst = Math.max(worst, Math.abs(after[i] - before[i]));
    expect(worst).toBeLessThan(1e-15);
    expect(r.scenario["promotion.symbolic_hortatory"].q025).toBeGreaterThanOrEqual(0.8 - 1e-12);
    expect(r.scenario["promotion.symbolic_hortatory"].q975).toBeLessThanOrEqual(0.9 + 1e-12);
  });

  it("adding constraint-type learning points creates the cell that has none in Table 2", () => {
    const [r] = simulateFiles([shipped("negative-lists")], { draws: 5000, seed: 2 });
    expect(r.baseline["share.learning.constraint"].median).toBeLessThan(0.0005);
    expect(r.scenario["share.learning.constraint"].median).toBeCloseTo(20 / 2060, 2);
  });

  it("over-correction puts authority between 28 % and 32 % in every draw", () => {
    const [r] = simulateFiles([shipped("over-correction")], { draws: 5000, seed: 2, keepDraws: true });
    const values = Array.from(r.scenarioDraws!.authorityShare);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0.28 - 1e-12);
    expect(Math.max(...values)).toBeLessThanOrEqual(0.32 + 1e-12);
  });

  it("theme operations move theme shares and leave the tool mix alone", () => {
    const [r] = simulateFiles([shipped("supply-admission-control")], { draws: 5000, seed: 2 });
    expect(r.scenario["share.land_supply.admission"].median).toBeGreaterThan(r.baseline["share.land_supply.admission"].median * 1.15);
    expect(r.scenario.authorityShare).toEqual(r.baseline.authorityShare);
    expect(r.scenario["share.land_supply"].median).toBeCloseTo(r.baseline["share.land_supply"].median, 12);
  });
});

describe("reproducibility", () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, [join(root, "bin", "toolmix.cjs"), "simulate", ...args], { cwd: root, encoding: "utf8" });

  it("gives the same bytes for the same seed, in separate processes", () => {
    const args = [shipped("incentive-and-learning"), shipped("negative-lists"), "--draws", "20000", "--seed", "1", "--json"];
    const a = cli(...args);
    const b = cli(...args);
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(JSON.parse(a.stdout)[0].scenario.authorityShare.median).toBeLessThan(0.65);
  });

  it("gives a scenario the same draws whatever else runs with it, and other draws for another seed", () => {
    const alone = simulateFiles([shipped("learning-shift")], { draws: 2000, seed: 9 })[0];
    const together = simulateFiles([shipped("incentive-shift"), shipped("learning-shift")], { draws: 2000, seed: 9 })[1];
    expect(together.scenario).toEqual(alone.scenario);
    expect(simulateFiles([shipped("learning-shift")], { draws: 2000, seed: 10 })[0].scenario.authorityShare).not.toEqual(alone.scenario.authorityShare);
  });

  it("requires an explicit seed on the command line", () => {
    const run = cli(shipped("baseline"));
    expect([run.status, run.stderr.trim()]).toEqual([2, "toolmix: simulate needs --seed S (e.g. --seed 1): every random result takes an explicit seed"]);
  });
});
