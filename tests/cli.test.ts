import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "..");
/** Runs the built CLI as a user would (`npx toolmix …` runs bin/toolmix.cjs). */
const toolmix = (...args: string[]) => spawnSync(process.execPath, [join(root, "bin", "toolmix.cjs"), ...args], { cwd: root, encoding: "utf8" });

describe("toolmix tables --json", () => {
  const run = toolmix("tables", "--json");
  const json = JSON.parse(run.stdout);

  it("exits 0 and prints the documented shape", () => {
    expect(run.status).toBe(0);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(["tools", "toolTotal", "themes", "warnings"]));
    expect(Object.keys(json.tools[0])).toEqual(expect.arrayContaining(["id", "label", "promotion", "constraint", "points", "pct"]));
    expect(Object.keys(json.themes[0])).toEqual(expect.arrayContaining(["id", "label", "files", "points", "pct", "children"]));
  });

  it("carries Table 2 and a grandchild of Table 7 with recomputed shares", () => {
    expect(json.tools[1]).toMatchObject({ id: "incentive", label: "激励工具", promotion: { files: 23, points: 26, pct: 20.16 }, constraint: { files: 49, points: 103, pct: 79.84 }, points: 129, pct: 6.32 });
    expect(json.toolTotal).toMatchObject({ points: 2040, pct: 100, promotion: { files: 68, points: 1363, pct: 66.81 } });
    const duties = json.themes[3].children[3].children[1];
    expect(duties).toMatchObject({ label: "责任分工", files: 42, points: 89, pct: 57.42, children: [] });
  });

  it("lists the paper's inconsistencies as warnings", () => {
    expect(json.warnings.map((w: { label: string }) => w.label)).toEqual(["土地使用", "租售管理", "奖励与惩戒", "租售管理"]);
  });

  it("reads another dataset folder with --data", () => {
    const tiny = JSON.parse(toolmix("tables", "--data", join(root, "tests", "fixtures", "tiny"), "--json").stdout);
    expect(tiny.tools.map((t: { pct: number }) => t.pct)).toEqual([75, 25]);
  });
});

describe("toolmix tables (text) and validate", () => {
  it("prints readable tables", () => {
    const run = toolmix("tables");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/权威工具 Authority tools\s+68\s+993\s+68\.53\s+66\s+456\s+31\.47\s+1449\s+71\.03/);
    expect(run.stdout).toContain("20.54* (printed 20.53)");
  });

  it("validates the paper's data with warnings and exit 0", () => {
    const run = toolmix("validate");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/valid \(4 warnings\)/);
  });

  it("exits 1 with file, row and field on malformed data", () => {
    const run = toolmix("validate", join(root, "tests", "fixtures", "malformed", "negative-count"));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('counts.csv, row 15, field "points": found "-3", expected a whole number ≥ 0');
  });

  it("exits 1 on consistency errors and 2 on usage mistakes", () => {
    expect(toolmix("validate", join(root, "tests", "fixtures", "malformed", "files-over-total")).status).toBe(1);
    const unknown = toolmix("tabels");
    expect([unknown.status, unknown.stderr.trim()]).toEqual([2, 'toolmix: unknown command "tabels"; did you mean `toolmix tables`? run `toolmix help` for the list']);
    expect(toolmix("tables", "--dta", "x").status).toBe(2);
  });
});

describe("toolmix synth", () => {
  it("writes a synthetic folder on which `tables --json` reproduces every count of Tables 2–7", () => {
    const out = join(require("node:os").tmpdir(), `toolmix-synth-cli-${process.pid}`);
    const run = toolmix("synth", "--seed", "3", "--out", out);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("SYNTHETIC");
    const strip = (t: { files: number | null; points: number | null }) => [t.files, t.points];
    const paper = JSON.parse(toolmix("tables", "--json").stdout);
    const synthetic = JSON.parse(toolmix("tables", "--data", out, "--json").stdout);
    const flat = (rows: any[]): any[] => rows.flatMap((r) => [[r.id, ...strip(r)], ...flat(r.children)]);
    expect(flat(synthetic.themes)).toEqual(flat(paper.themes));
    for (const key of ["promotion", "constraint"]) expect(synthetic.tools.map((t: any) => strip(t[key]))).toEqual(paper.tools.map((t: any) => strip(t[key])));
    expect(synthetic.toolTotal.points).toBe(2040);
  });

  it("needs an explicit seed", () => expect(toolmix("synth").status).toBe(2));
});

describe("toolmix score", () => {
  it("scores every shipped scenario (the glob's schema file left out) with provenance, identically twice", () => {
    const { readdirSync } = require("node:fs");
    const files = readdirSync(join(root, "scenarios")).filter((f: string) => f.endsWith(".json")).map((f: string) => join(root, "scenarios", f));
    const args = ["score", ...files, "--seed", "1", "--draws", "2000", "--json"];
    const run = toolmix(...args);
    expect(run.status).toBe(0);
    expect(toolmix(...args).stdout).toBe(run.stdout);
    const report = JSON.parse(run.stdout);
    expect(report.scorecards).toHaveLength(files.length - 1);
    for (const card of report.scorecards) for (const c of card.criteria) expect(c.recommendation && c.section).toBeTruthy();
    expect(report.smaa.rankAcceptability[0].reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it("names the weights file, field and value of bad weights", () => {
    const file = join(require("node:os").tmpdir(), `toolmix-weights-${process.pid}.json`);
    require("node:fs").writeFileSync(file, JSON.stringify({ weights: { "authority-share": 0.5 } }));
    const run = toolmix("score", join(root, "scenarios", "baseline.json"), "--seed", "1", "--weights", file);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${file}, field "weights": found "{"authority-share":0.5}", expected weights that sum to 1 (they sum to 0.5)`);
  });
});
