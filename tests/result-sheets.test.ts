/**
 * `toolmix simulate|score --csv DIR --xlsx FILE` (issue 13 point 4): results for spreadsheets. The
 * numbers are the ones the JSON gives (same seed, same draws), the provenance carries each scenario
 * file's SHA-256, the workbook reads back with Chinese sheet names and numbers typed as numbers
 * (the kit's reader and SheetJS, used here only on the kit's own output), stdout stays the report,
 * and a run never writes into scenarios/.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readFirstSheet } from "../lib/qda/xlsx";

const root = join(__dirname, "..");
const toolmix = (...args: string[]) => spawnSync(process.execPath, [join(root, "bin", "toolmix.cjs"), ...args], { cwd: root, encoding: "utf8" });
const scenarios = ["scenarios/incentive-shift.json", "scenarios/learning-shift.json"];
const csvRows = (file: string) => readFileSync(file, "utf8").replace(/^\uFEFF/, "").trim().split("\n");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const XLSX = require("xlsx") as { read: (b: Buffer, o: object) => { SheetNames: string[]; Sheets: Record<string, Record<string, { t: string; v: unknown }>> } };

describe("simulate for spreadsheets", () => {
  it("writes every indicator with the JSON's numbers, and the provenance with the file's SHA-256", { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), "toolmix-sim-sheets-"));
    const before = readdirSync(join(root, "scenarios")).sort();
    const run = toolmix("simulate", ...scenarios, "--seed", "1", "--draws", "400", "--csv", join(dir, "csv"), "--xlsx", join(dir, "s.xlsx"));
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).not.toContain("Written to");
    expect(run.stderr).toContain(`Written to ${join(dir, "s.xlsx")}: 指标 indicators, 来源 provenance`);
    const json = JSON.parse(toolmix("simulate", ...scenarios, "--seed", "1", "--draws", "400", "--json").stdout);
    const rows = csvRows(join(dir, "csv", "indicators.csv"));
    const authority = rows.find((r) => r.startsWith("incentive-shift,") && r.includes(",share.authority,"))!.split(",");
    expect(Number(authority.at(-4))).toBe(json[0].scenario["share.authority"].median);
    expect(Number(authority.at(-7))).toBe(json[0].baseline["share.authority"].median);
    const provenance = csvRows(join(dir, "csv", "provenance.csv"));
    expect(provenance[1].split(",").slice(0, 3)).toEqual(["incentive-shift", expect.stringContaining("incentive-shift.json"), createHash("sha256").update(readFileSync(join(root, scenarios[0]))).digest("hex")]);
    const book = XLSX.read(readFileSync(join(dir, "s.xlsx")), { type: "buffer" });
    expect(book.SheetNames).toEqual(["指标 indicators", "来源 provenance"]);
    expect(book.Sheets["指标 indicators"].E2).toEqual(expect.objectContaining({ t: "n" }));
    expect(book.Sheets["指标 indicators"].C2.v).toBe("加强激励工具的促进作用");
    expect(readdirSync(join(root, "scenarios")).sort()).toEqual(before);
  });
});

describe("score for spreadsheets", () => {
  it("writes the ranking first, every criterion, the rank acceptabilities and the provenance", { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), "toolmix-score-sheets-"));
    const run = toolmix("score", ...scenarios, "--seed", "1", "--draws", "400", "--csv", join(dir, "csv"), "--xlsx", join(dir, "s.xlsx"));
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.split("\n")[0]).toContain("Ranking");
    const json = JSON.parse(toolmix("score", ...scenarios, "--seed", "1", "--draws", "400", "--json").stdout);
    const ranking = csvRows(join(dir, "csv", "ranking.csv"));
    expect(ranking.slice(1).map((r) => r.split(",")[1])).toEqual(json.ranking.map((r: { scenario: string }) => r.scenario));
    const criteria = csvRows(join(dir, "csv", "criteria.csv"));
    expect(criteria).toHaveLength(1 + json.scorecards.reduce((n: number, c: { criteria: unknown[] }) => n + c.criteria.length, 0));
    const acceptability = csvRows(join(dir, "csv", "rank-acceptability.csv")).slice(1).map((r) => r.split(",").slice(1).map(Number));
    for (const row of acceptability) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9); // each scenario takes some rank
    const ours = readFirstSheet(readFileSync(join(dir, "s.xlsx")), "s.xlsx").rows;
    expect(ours[0][0]).toBe("名次 place");
    const book = XLSX.read(readFileSync(join(dir, "s.xlsx")), { type: "buffer" });
    expect(book.SheetNames).toEqual(["排序 ranking", "准则 criteria", "排序可接受度 rank acceptability", "来源 provenance"]);
    expect(book.Sheets["排序 ranking"].A2).toEqual(expect.objectContaining({ t: "n", v: 1 }));
  });

  it("refuses to write into scenarios/ (an input folder)", { timeout: 60_000 }, () => {
    const run = toolmix("score", ...scenarios, "--seed", "1", "--draws", "100", "--csv", "scenarios");
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/scenarios/);
  });
});
