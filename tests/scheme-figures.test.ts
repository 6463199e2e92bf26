/**
 * The figures of a study in any scheme (issue 11, point 2): `toolmix figures --data DIR` draws the
 * generic figures of the supply / environment / demand fixture (tests/fixtures/sde-docs) — its
 * tools and stages, tools by region, scenarios and scores with its own catalogue — and says which
 * it left out for want of data (no coded passages: no matrix). Shares in the bars are hand counts.
 *
 * @example
 * npx vitest run tests/scheme-figures.test.ts
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dimensionBarsSpec } from "../lib/charts/dimension-bars";
import { writeSchemeFigures } from "../lib/figures/scheme-write";
import { loadDataset } from "../lib/dataset/load";
import { buildSchemeTables } from "../lib/tables/scheme";
import { displayWidth } from "../lib/util/text-width";

/** A label's width at 11 px as the kit's renderer measures it (lib/charts/text-metrics.ts: 1 em wide, 0.6 em narrow). */
const labelWidth = (text: string) => {
  const wide = displayWidth(text) - [...text].length;
  return Math.ceil((wide + 0.6 * ([...text].length - wide)) * 11);
};

const root = join(__dirname, "..");
const fixture = join(root, "tests", "fixtures", "sde-docs");
const work = mkdtempSync(join(tmpdir(), "toolmix-scheme-figures-"));
const toolmix = (...args: string[]) => spawnSync(process.execPath, [join(root, "bin", "toolmix.cjs"), ...args], { cwd: root, encoding: "utf8" });

function scenario(id: string, operations: unknown[]): string {
  const file = join(work, `${id}.json`);
  writeFileSync(file, JSON.stringify({ id, title: id, rationale: "test", baseline: { dataset: fixture }, operations }));
  return file;
}
const catalogue = join(work, "catalogue.json");
writeFileSync(catalogue, JSON.stringify({ scheme: "supply-demand-environment", version: "test", recommendations: [{ id: "more-demand", section: "t", quote_zh: "需求型", paraphrase_en: "more demand-side tools", measurable: true, criteria: [{ id: "demand-share", label: "demand share", indicator: "share.demand", direction: "increase", cutoffs: [0.1, 0.3], values: [0, 1], weight: 1, reasoning: "test" }] }] }));

describe("figures of a study in its own scheme", () => {
  it("bars: every node's share of the dimension's points, bar and printed number alike", () => {
    const table = buildSchemeTables(loadDataset(fixture)).dimensions[0];
    const values = (dimensionBarsSpec(table, { lang: "en" }) as { data: { values: Array<{ pct: number; points: number; text: string }> } }).data.values;
    expect(values.length).toBe(table.rows.filter((r) => r.depth > 0).length);
    for (const v of values) {
      expect(v.pct).toBeCloseTo((100 * v.points) / table.total!, 10);
      expect(v.text).toBe(v.pct.toFixed(1));
    }
  });

  it("bars: room for the longest bilingual label of the scheme (none cut off with …)", () => {
    for (const table of buildSchemeTables(loadDataset(fixture)).dimensions) {
      const spec = dimensionBarsSpec(table, { lang: "both" }) as { encoding?: { y?: { axis?: { labelLimit?: number } } }; layer?: Array<{ encoding?: { y?: { axis?: { labelLimit?: number } } } }>; data: { values: Array<{ node: string }> } };
      const limit = spec.encoding?.y?.axis?.labelLimit ?? spec.layer?.find((l) => l.encoding?.y?.axis)?.encoding?.y?.axis?.labelLimit;
      const longest = Math.max(...spec.data.values.map((v) => labelWidth(v.node)));
      expect(limit, table.dimension).toBeGreaterThanOrEqual(longest);
    }
  });

  it("writes the figures it has data for, and says why the matrix is left out", async () => {
    const out = join(work, "figures");
    const files = [scenario("base", []), scenario("to-demand", [{ op: "transfer", from: "supply", to: [{ node: "demand" }], pp: 10 }])];
    const manifest = await writeSchemeFigures({ data: fixture, scenarios: files, catalogue, out, draws: 200, formats: ["svg"] });
    expect(manifest.dataset).toEqual({ id: "sde-docs", scheme: "supply-demand-environment" });
    expect(manifest.figures.map((f) => f.id)).toEqual(["tools", "second-dimension", "region-tools", "scenario-compare", "scorecard-heatmap", "rank-acceptability"]);
    expect(manifest.skipped.map((s) => s.id)).toEqual(["matrix"]);
    const svg = readFileSync(join(out, "scenario-compare.svg"), "utf8");
    expect(svg).toContain("需求型");
    expect(svg).not.toContain("权威"); // no paper tool in another scheme's figure
  });

  it("draws the matrix from several raw texts given to --source joined by commas", { timeout: 120_000 }, () => {
    const example = join(root, "data", "examples", "sde-example");
    const texts = ["anhui-agi-2023", "hangzhou-ai-2025", "zhengzhou-ai-2024"].map((t) => join(example, "texts", `${t}.txt`));
    const out = join(work, "from-texts");
    const r = toolmix("figures", "--data", join(example, "dataset"), "--source", texts.join(","), "--dictionary", join(example, "dictionary.csv"), "--out", out, "--format", "svg");
    expect(r.status, r.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    expect(manifest.figures.map((f: { id: string }) => f.id)).toContain("matrix");
    expect(readFileSync(join(out, "matrix.vl.json"), "utf8")).toMatch(/unit: clause, \d+ units in 2 documents/);
    expect(manifest.notes).toEqual([]);
    // Each figure says its printed size and resolution.
    for (const f of manifest.figures) expect(f.size.widthMm, f.id).toBeGreaterThan(40), expect(f.dpi).toBe(300);
    // Without the keyword list the dataset was coded with, the matrix would count other clauses: said.
    const bare = toolmix("figures", "--data", join(example, "dataset"), "--source", texts.join(","), "--out", join(work, "bare"), "--format", "svg");
    expect(bare.status, bare.stderr).toBe(0);
    expect(bare.stdout).toContain("Note: the matrix codes the --source texts with the scheme's cue words, but the dataset was coded with a keyword list data/examples/sde-example/dictionary.csv");
    expect(JSON.parse(readFileSync(join(work, "bare", "manifest.json"), "utf8")).notes).toHaveLength(1);
  });

  it("refuses a text among the scenario files (a shell glob after --source), and writes to output/figures-ID by default", () => {
    const example = join(root, "data", "examples", "sde-example");
    const r = toolmix("figures", "--data", join(example, "dataset"), "--source", join(example, "texts", "anhui-agi-2023.txt"), join(example, "texts", "hangzhou-ai-2025.txt"));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("hangzhou-ai-2025.txt\" is not a scenario file (.json)");
    expect(toolmix("figures", "--help").stdout).toContain("(default output/figures-ID, ID the dataset's)");
  });

  it("leaves out the rank-acceptability chart of a single scenario, and says why", { timeout: 60_000 }, async () => {
    const out = join(work, "one-scenario");
    const manifest = await writeSchemeFigures({ data: fixture, scenarios: [scenario("alone", [{ op: "transfer", from: "supply", to: [{ node: "demand" }], pp: 10 }])], catalogue, out, draws: 200, formats: ["svg"] });
    expect(manifest.skipped.find((s) => s.id === "rank-acceptability")?.reason).toMatch(/^only one scenario scored/);
    expect(manifest.figures.map((f) => f.id)).toContain("scorecard-heatmap");
  });

  it("study options without --data are a usage error", () => {
    const r = toolmix("figures", "--source", "x.qdpx");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--data");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
