/**
 * The shipped example in another scheme (data/examples/sde-example): six real AI-industry policy
 * excerpts, paraphrased (SOURCES.md), coded with the supply / demand / environment codebook from
 * the command line as data/examples/README.md says. Checks what a new user would: every file
 * declares its source and wording, the header lines become document variables (two documents per
 * region), the dataset validates, its tool totals agree with the region matrix, and no input
 * byte changes.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { scoreFiles } from "../lib/score/run";
import { simulateFiles } from "../lib/simulate/run";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "..");
const EXAMPLE = join(root, "data", "examples", "sde-example");
const SCHEME = join(root, "data", "schemes", "supply-demand-environment");
const TEXTS = readdirSync(join(EXAMPLE, "texts")).filter((f) => f.endsWith(".txt")).sort().map((f) => join(EXAMPLE, "texts", f));
const T = { timeout: 120_000 };
const toolmix = (...args: string[]) => spawnSync(process.execPath, [join(root, "bin", "toolmix.cjs"), ...args], { cwd: root, encoding: "utf8" });
const hashes = () => TEXTS.map((f) => createHash("sha256").update(readFileSync(f)).digest("hex"));
const header = (file: string, key: string) => readFileSync(file, "utf8").match(new RegExp(`^# ${key}: (.*)$`, "m"))?.[1];

describe("data/examples/sde-example", () => {
  it("has six texts, each naming its source and saying it is the kit's paraphrase", () => {
    expect(TEXTS).toHaveLength(6);
    for (const file of TEXTS) {
      expect(header(file, "source"), file).toMatch(/^https?:\/\//);
      expect(header(file, "wording"), file).toMatch(/paraphrase/);
      expect(["east", "central", "west"], file).toContain(header(file, "region"));
      expect(["province", "city"], file).toContain(header(file, "level"));
    }
  });

  it("codes in the scheme as the README says: variables from the headers, valid, matrix totals agree, inputs untouched", T, () => {
    const before = hashes();
    const out = join(mkdtempSync(join(tmpdir(), "toolmix-sde-")), "sde");
    const code = toolmix("code", ...TEXTS, "--scheme", SCHEME, "--out", out);
    expect(code.status, code.stderr).toBe(0);
    const docs = readFileSync(join(out, "documents.csv"), "utf8").trim().split("\n").slice(1).map((l) => l.split(","));
    expect(docs.map((d) => d[6])).toEqual(TEXTS.map((f) => f.replace(/^.*\/|\.txt$/g, "")));
    const regions = docs.map((d) => d[1]).sort();
    expect(regions).toEqual(["central", "central", "east", "east", "west", "west"]);
    expect(toolmix("validate", out).status).toBe(0);
    const tables = JSON.parse(toolmix("tables", "--data", out, "--json").stdout);
    expect(JSON.stringify(tables)).not.toMatch(/NaN|Infinity/);
    const matrix = toolmix("matrix", ...TEXTS, "--scheme", SCHEME, "--rows", "tools", "--cols", "region", "--json");
    expect(matrix.status, matrix.stderr).toBe(0);
    const m = JSON.parse(matrix.stdout).matrix;
    expect(m.colIds).toEqual(["east", "central", "west"]);
    // The matrix counts clauses of the same coder: its row totals are the dataset's tool points.
    const counts = Object.fromEntries(readFileSync(join(out, "counts.csv"), "utf8").trim().split("\n").slice(1).map((l) => l.split(",")).map((r) => [r[1], Number(r[4])]));
    expect(m.rowIds.map((id: string, i: number) => [id, m.rowTotals[i]])).toEqual(m.rowIds.map((id: string) => [id, counts[id]]));
    expect(m.total).toBe(counts.tools);
    expect(hashes()).toEqual(before);
  });

  it("codes more clauses with the example's keyword list, as data/examples/README.md says (26 → 37 of the 40 policy clauses; 7 genre formulas are never coded), inputs untouched", T, () => {
    const dictionary = join(EXAMPLE, "dictionary.csv");
    const before = [...hashes(), createHash("sha256").update(readFileSync(dictionary)).digest("hex")];
    const tools = (...extra: string[]) => {
      const run = toolmix("matrix", ...TEXTS, "--scheme", SCHEME, "--rows", "tools", "--cols", "region", "--json", ...extra);
      expect(run.status, run.stderr).toBe(0);
      const m = JSON.parse(run.stdout).matrix;
      return { total: m.total, units: m.units, rows: Object.fromEntries(m.rowIds.map((id: string, i: number) => [id, m.rowTotals[i]])) };
    };
    expect(tools()).toMatchObject({ total: 26, rows: { supply: 23, environment: 3, demand: 0 } });
    expect(tools("--dictionary", dictionary)).toMatchObject({ total: 37, rows: { supply: 30, environment: 7, demand: 0 } });
    const out = join(mkdtempSync(join(tmpdir(), "toolmix-sde-")), "sde-dict");
    const coded = toolmix("code", ...TEXTS, "--scheme", SCHEME, "--dictionary", dictionary, "--out", out);
    expect(coded.status, coded.stderr).toBe(0);
    // The README's clause counts: 47 body clauses, 7 of them genre formulas, 37 coded at a tool.
    expect(coded.stdout).toContain("Clauses: 47 body clauses (7 of them genre formulas — purpose statement or transmittal — never coded), 37 coded at a tool");
    expect(toolmix("validate", out).status).toBe(0);
    expect([...hashes(), createHash("sha256").update(readFileSync(dictionary)).digest("hex")]).toEqual(before);
  });

  it("ships the coded dataset exactly as `toolmix code … --dictionary --id --title` writes it (README command, run from the project root)", T, () => {
    const out = join(mkdtempSync(join(tmpdir(), "toolmix-sde-")), "dataset");
    const rel = (f: string) => f.slice(root.length + 1);
    const run = toolmix("code", ...TEXTS.map(rel), "--scheme", rel(SCHEME), "--dictionary", rel(join(EXAMPLE, "dictionary.csv")), "--id", "sde-example", "--title", "Six AI-industry policy excerpts, coded with the example's keyword list", "--out", out);
    expect(run.status, run.stderr).toBe(0);
    const shipped = readdirSync(join(EXAMPLE, "dataset")).sort();
    expect(shipped).toEqual(["codebook.json", "counts.csv", "dataset.json", "document_counts.csv", "documents.csv"]);
    for (const file of shipped) expect(readFileSync(join(out, file), "utf8"), file).toBe(readFileSync(join(EXAMPLE, "dataset", file), "utf8"));
  });

  it("scores as data/examples/README.md says (seed 1, the README's command)", T, () => {
    const readme = readFileSync(join(root, "data", "examples", "README.md"), "utf8");
    const said = /`balanced-mix` scores (\d+) of 100[\s\S]*?`demand-pull` scores (\d+)[\s\S]*?the baseline (\d+)\./.exec(readme);
    expect(said, "the README's sentence on the scores").not.toBeNull();
    const run = toolmix("score", ...readdirSync(join(root, "scenarios", "sde-example")).sort().map((f) => join("scenarios", "sde-example", f)), "--seed", "1", "--catalogue", join(EXAMPLE, "recommendations.json"), "--json");
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    const median = (id: string) => Math.round(report.scorecards.find((c: { scenario: string }) => c.scenario === id).overall.median);
    expect([median("balanced-mix"), median("demand-pull"), median("baseline")]).toEqual(said!.slice(1).map(Number));
    expect(report.ranking[0].scenario).toBe("balanced-mix");
    expect(report.ranking[0].firstRank).toBeGreaterThan(0.99);
  });

  it("simulates and scores scenarios/sde-example with the example's own catalogue: finite, seeded, balanced-mix ranked first", () => {
    const dir = join(root, "scenarios", "sde-example");
    const files = readdirSync(dir).sort().map((f) => join(dir, f));
    const catalogue = join(EXAMPLE, "recommendations.json");
    const report = scoreFiles(files, { draws: 2000, seed: 5, catalogue });
    expect(JSON.stringify(report)).not.toMatch(/NaN|Infinity/);
    const byId = Object.fromEntries(report.scorecards.map((c, i) => [c.scenario, i]));
    expect(Object.keys(byId).sort()).toEqual(["balanced-mix", "baseline", "demand-pull"]);
    const rank1 = report.smaa.rankAcceptability.map((r: number[]) => r[0]);
    expect(rank1[byId["balanced-mix"]]).toBeGreaterThan(0.9);
    expect(report.scorecards[byId["baseline"]].overall.median).toBeLessThan(report.scorecards[byId["demand-pull"]].overall.median);
    // The transfer creates demand-side points out of none: 5–12 pp of all tool points.
    const [, , pull] = simulateFiles(files, { draws: 2000, seed: 5 });
    expect(pull.baseline["share.demand"].median).toBe(0);
    expect(pull.scenario["share.demand"].q025).toBeGreaterThanOrEqual(0.05 - 1e-12);
    expect(pull.scenario["share.demand"].q975).toBeLessThanOrEqual(0.12 + 1e-12);
    expect(JSON.stringify(scoreFiles(files, { draws: 2000, seed: 5, catalogue }))).toBe(JSON.stringify(report));
  });
});
