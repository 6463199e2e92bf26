/**
 * `toolmix explore` and `toolmix merge` (issue 14): experiments over a scenario's levers, the same
 * bytes whether the design runs whole or in shards in separate processes, and every bad lever
 * definition named with what was expected.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { designOf, runExperiments } from "../lib/explore/experiments";
import { leversOf } from "../lib/explore/levers";
import { loadScenario } from "../lib/scenario/load";
import { runCli } from "./helpers/run-cli";

const root = join(__dirname, "..");
const headline = join(root, "scenarios", "incentive-and-learning.json");
const toolmix = (...argv: string[]) => spawnSync(process.execPath, [join(root, "bin", "toolmix.cjs"), ...argv], { encoding: "utf8", cwd: root });
const tmp = () => mkdtempSync(join(tmpdir(), "toolmix-explore-"));

describe("experiments over a scenario's levers", () => {
  const loaded = loadScenario(headline);

  it("takes the scenario's intensity ranges as levers, and lays Saltelli's N × (levers + 2) rows out for sobol", () => {
    expect(leversOf(loaded).map((l) => [l.id, l.min, l.max])).toEqual([["op1.pp", 4, 6], ["op2.pp", 2, 4]]);
    const design = designOf(loaded, "sobol", 16, 1);
    expect(design.rows).toHaveLength(16 * 4);
    // A, AB_1, AB_2, B: AB_i is A with lever i from B.
    const [a, ab1, ab2, b] = design.rows.slice(0, 4);
    expect([ab1[0], ab1[1]]).toEqual([b[0], a[1]]);
    expect([ab2[0], ab2[1]]).toEqual([a[0], b[1]]);
    for (const row of design.rows) expect(row[0] >= 4 && row[0] <= 6 && row[1] >= 2 && row[1] <= 4).toBe(true);
  });

  it("gives an experiment the same numbers whatever slice of the design it runs in", () => {
    const options = { samples: 12, sampler: "lhs" as const, seed: 5, draws: 300 };
    const whole = runExperiments(loaded, options);
    const slice = runExperiments(loaded, { ...options, range: [5, 9] });
    expect(slice.experiments).toEqual(whole.experiments.slice(5, 9));
    expect(whole.experiments.map((e) => e.index)).toEqual([...Array(12).keys()]);
    // More incentive points, more of the incentive criterion: the model answers the lever.
    const byIncentive = [...whole.experiments].sort((x, y) => x.levers[0] - y.levers[0]);
    expect(byIncentive.at(-1)!.criteria["incentive-promotion"]!).toBeGreaterThan(byIncentive[0].criteria["incentive-promotion"]!);
  });
});

describe("toolmix explore and merge", () => {
  it("writes exactly the same files from three shards in three processes, merged, as from one run", { timeout: 180_000 }, () => {
    const dir = tmp();
    // The question (outcome, probability, density) is given to the run and the shards, not to merge: each shard records it.
    const common = [headline, "--seed", "3", "--samples", "20", "--sampler", "sobol", "--draws", "300", "--outcome", "3.1-incentive-promotion", "--probability", "0.6", "--density", "0.7"];
    const whole = toolmix("explore", ...common, "--out", join(dir, "whole"));
    expect(whole.status, whole.stderr).toBe(0);
    expect(whole.stdout).toContain("80 experiments (sobol, Saltelli's design on 20 base points)");
    expect(whole.stdout).toMatch(/Which lever moves overall \(Sobol' indices, 95 % bootstrap interval\):\n  op1\.pp/);
    for (const i of [1, 2, 3]) expect(toolmix("explore", ...common, "--shard", `${i}/3`, "--out", join(dir, `shard-${i}`)).status).toBe(0);
    const merged = toolmix("merge", join(dir, "shard-3"), join(dir, "shard-1"), join(dir, "shard-2"), "--out", join(dir, "merged"));
    expect(merged.status, merged.stderr).toBe(0);
    expect(merged.stdout).toBe(whole.stdout.replace(join(dir, "whole"), join(dir, "merged")));
    for (const file of ["experiments.json", "experiments.csv", "analysis.json"]) expect(readFileSync(join(dir, "merged", file), "utf8"), file).toBe(readFileSync(join(dir, "whole", file), "utf8"));
    const gap = toolmix("merge", join(dir, "shard-1"), join(dir, "shard-3"), "--out", join(dir, "gap"));
    expect(gap.status).toBe(1);
    expect(gap.stderr).toContain('shard-3/experiments.json, field "range": found "[53,80] (experiments 26–52 are in no shard given)", expected shards that together cover experiments 0–79 once each'); // shard 2 (26–52) is missing
    const twice = toolmix("merge", join(dir, "shard-1"), join(dir, "shard-1"), join(dir, "shard-2"), join(dir, "shard-3"), "--out", join(dir, "twice"));
    expect(twice.stderr).toContain('found "[0,26] (experiments 0–25 are in two shards)"');
    expect(twice.stderr.match(/field "range"/g)).toHaveLength(1);
    const empty = toolmix("explore", ...common, "--shard", "1/90", "--out", join(dir, "empty"));
    expect(empty.stdout).toContain("(shard 1/90: no experiments, the design has only 80; use at most 80 shards)");
  });

  it("writes the same bytes with one worker thread as with two", { timeout: 120_000 }, async () => {
    const dir = tmp();
    const args = ["explore", headline, "--seed", "4", "--samples", "12", "--sampler", "sobol", "--draws", "200"];
    const one = await runCli([...args, "--workers", "1", "--out", join(dir, "one")]);
    const two = await runCli([...args, "--workers", "2", "--out", join(dir, "two")]);
    expect([one.code, two.code]).toEqual([0, 0]);
    for (const file of ["experiments.json", "experiments.csv", "analysis.json"]) expect(readFileSync(join(dir, "two", file), "utf8"), file).toBe(readFileSync(join(dir, "one", file), "utf8"));
  });

  it("records the seed, the draws, the scenario's file name and SHA-256, and the levers with their ranges", async () => {
    const out = join(tmp(), "run");
    const r = await runCli(["explore", headline, "--seed", "1", "--samples", "8", "--sampler", "lhs", "--draws", "200", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    const run = JSON.parse(readFileSync(join(out, "experiments.json"), "utf8"));
    expect(run).toMatchObject({ seed: 1, draws: 200, total: 8, range: [0, 8], scenario: { id: "incentive-and-learning", file: "incentive-and-learning.json" }, design: { sampler: "lhs", layout: "plain" } });
    expect(run.scenario.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(run.catalogue).toEqual({ file: "recommendations.json", version: expect.any(String), sections: expect.objectContaining({ "3.1": expect.arrayContaining(["3.1-negative-lists"]) }) });
    expect(run.question).toEqual({ outcome: "3.1-incentive-promotion", probability: 0.9, density: 0.8 });
    expect(readFileSync(join(out, "experiments.csv"), "utf8").split("\n")[0]).toMatch(/^experiment,op1\.pp,op2\.pp,overall,p_beats_baseline,p_pass\.3\.1-authority-down,/);
  });

  it("names every bad lever definition, option and shard with what it expected", async () => {
    const dir = tmp();
    const levers = (body: unknown) => {
      const file = join(dir, `levers-${Math.random().toString(36).slice(2)}.json`);
      writeFileSync(file, JSON.stringify(body));
      return file;
    };
    const fail = async (...argv: string[]) => {
      const r = await runCli(argv);
      expect(r.code).not.toBe(0);
      return r.stderr;
    };
    const base = ["explore", headline, "--seed", "1", "--out", join(dir, "x")];
    expect(await fail(...base, "--levers", levers({ levers: { "op1.pp": { min: 5, max: 5 } } }))).toContain('field "levers.op1.pp": found "{"min":5,"max":5}", expected an object { "min": a, "max": b } with finite numbers, a < b');
    expect(await fail(...base, "--levers", levers({ levers: { "op9.pp": { min: 0, max: 1 } } }))).toContain('found "op9.pp", expected an intensity of the scenario\'s operations (op1.pp, op2.pp)');
    expect(await fail(...base, "--levers", levers([1, 2]))).toContain('expected a JSON object { "levers": { "op1.pp": { "min": 0, "max": 15 }, … } }');
    expect(await fail("explore", join(root, "scenarios", "baseline.json"), "--seed", "1")).toContain('field "operations": found "every intensity fixed", expected a scenario with at least one intensity given as a range');
    expect(await fail(...base, "--samples", "300000")).toContain("at most 200,000 experiments in one process; run the design in shards (--shard 1/n … n/n");
    expect(await fail(...base, "--sampler", "halton")).toContain('option --sampler is "halton", expected lhs, sobol or mc');
    expect(await fail(...base, "--shard", "4/3")).toContain('option --shard is "4/3", expected i/n with whole numbers 1 ≤ i ≤ n');
    expect(await fail(...base, "--outcome", "3.9-nothing", "--samples", "4", "--draws", "50")).toContain('found "3.9-nothing", expected a recommendation or section the catalogue scores (3.1-authority-down,');
    expect(await fail("explore", headline)).toContain("needs --seed S");
    expect(await fail("merge", "--out", join(dir, "m"))).toContain("merge needs the folders written by toolmix explore --shard i/n");
  });

  it("widens the levers from a levers file, and then finds the ranges that pass a recommendation", async () => {
    const dir = tmp();
    const file = join(dir, "levers.json");
    writeFileSync(file, JSON.stringify({ levers: { "op1.pp": { min: 0, max: 10 }, "op2.pp": { min: 0, max: 10 } } }));
    const r = await runCli(["explore", headline, "--seed", "2", "--samples", "60", "--sampler", "lhs", "--draws", "300", "--levers", file, "--outcome", "3.1-incentive-promotion", "--probability", "0.9", "--out", join(dir, "run")]);
    expect(r.code, r.stderr).toBe(0);
    const analysis = JSON.parse(readFileSync(join(dir, "run", "analysis.json"), "utf8"));
    expect(analysis.outcome.cases).toBeGreaterThan(0);
    expect(analysis.outcome.cases).toBeLessThan(60);
    // Passing "more promotion-type incentives" needs a large enough move to incentives (op1), whatever goes to learning (op2).
    const op1 = analysis.prim.box.limits.find((l: { lever: string }) => l.lever === "op1.pp");
    expect(op1.restricted).toBe(true);
    expect(op1.min).toBeGreaterThan(1);
    expect(r.stdout).toMatch(/PRIM's box: the lever ranges holding the most passing settings while at least 0\.80 of the settings inside pass \(coverage [\d.]+: the share of passing settings inside; density [\d.]+: the share of settings inside that pass\)\. Inside: \d+ settings, \d+ fail; outside: \d+ pass\.\n  op1\.pp/);
  });

  it("says what keeps an outcome from passing, blames a levers file for its own ranges, names the catalogue next to another scheme's dataset", { timeout: 120_000 }, async () => {
    const dir = tmp();
    const section = await runCli(["explore", headline, "--seed", "1", "--samples", "8", "--draws", "200", "--outcome", "3.1", "--out", join(dir, "section")]);
    expect(section.code, section.stderr).toBe(0);
    expect(section.stdout).toContain("P(pass 3.1) is 0.00 in every experiment: no lever moves it.");
    expect(section.stdout).toMatch(/No experiment reaches it: [\w.,\- ]*3\.1-negative-lists pass with probability 0\.9 in no setting/);
    expect(section.stdout).toContain("These levers do decide (--outcome): 3.1-incentive-promotion.");
    const analysis = JSON.parse(readFileSync(join(dir, "section", "analysis.json"), "utf8"));
    expect(analysis.sobol.map((s: { outcome: string }) => s.outcome)).toEqual(["overall"]);
    expect(analysis.constant).toEqual([{ outcome: "P(pass 3.1)", value: 0 }]);

    const levers = join(dir, "wide.json");
    writeFileSync(levers, JSON.stringify({ levers: { "op1.pp": { min: 0, max: 80 } } }));
    const wide = await runCli(["explore", headline, "--seed", "1", "--samples", "8", "--levers", levers, "--out", join(dir, "wide")]);
    expect(wide.code).toBe(1);
    expect(wide.stderr).toContain(`${levers}, field "levers.op1.pp": found "{"min":0,"max":80}", expected at most what the source holds in the baseline`);

    const sde = await runCli(["explore", join(root, "scenarios", "sde-example", "balanced-mix.json"), "--seed", "1", "--samples", "8", "--out", join(dir, "sde")]);
    expect(sde.code).toBe(1);
    expect(sde.stderr).toMatch(/the default catalogue \(data\/recommendations\.json\) was used; the dataset's folder has one: --catalogue \S*data\/examples\/sde-example\/recommendations\.json/);
    const typo = await runCli(["explore", headline, "--seed", "1", "--outcome", "3.1-authority-dwn", "--out", join(dir, "typo")]);
    expect(typo.stderr).toContain('found "3.1-authority-dwn", expected 3.1-authority-down (the nearest); a recommendation or section');
  });

  it("explores another scheme with its own catalogue, defaulting to that catalogue's first recommendation", { timeout: 120_000 }, async () => {
    const out = join(tmp(), "sde");
    const r = await runCli(["explore", join(root, "scenarios", "sde-example", "balanced-mix.json"), "--catalogue", join(root, "data", "examples", "sde-example", "recommendations.json"), "--seed", "1", "--samples", "16", "--draws", "300", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("P(pass demand-up) ≥ 0.9");
    const run = JSON.parse(readFileSync(join(out, "experiments.json"), "utf8"));
    expect(run.catalogue.file).toBe("recommendations.json");
    expect(run.question).toEqual({ outcome: "demand-up", probability: 0.9, density: 0.8 });
    expect(Object.keys(run.experiments[0].pass)).toEqual(["demand-up", "supply-less-dominant", "environment-finance", "example-1", "example-2", "example-3"]);
  });
});
