/**
 * The X–Y matrix by any document variable, and a kit-written .qdpx read back without a mapping.
 *
 * The sde example's texts record `# level: province|city` (three of each) besides region, year,
 * city and province; `toolmix matrix … --cols level` crosses the tools with it. Hand counts: with
 * the example's keyword list, 37 clauses are coded, and the level split must partition them
 * exactly (each document has one level), so its column totals sum to the tool totals of the
 * region split. A .qdpx written by `toolmix code --scheme` carries the scheme's node ids as code
 * names, so matrix, tables and validate read it with --scheme alone; without it, the message says
 * what to give.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inputErrorOf as errorOf } from "./support/input-error";
import { describe, expect, it } from "vitest";
import { matrixHeatmapSpec } from "../lib/charts/matrix";
import { renderSvg } from "../lib/charts/render";
import { buildMatrix, chiSquareTest, dimensionSpec, matrixSource, type MatrixSource } from "../lib/matrix";
import { matrixText } from "../lib/messages";
import { perTest } from "./support/per-test";

const root = join(__dirname, "..");
const EXAMPLE = join(root, "data", "examples", "sde-example");
const SCHEME = join(root, "data", "schemes", "supply-demand-environment");
const DICTIONARY = join(EXAMPLE, "dictionary.csv");
const TEXTS = readdirSync(join(EXAMPLE, "texts")).filter((f) => f.endsWith(".txt")).sort().map((f) => join(EXAMPLE, "texts", f));
const T = { timeout: 120_000 };
const toolmix = (...args: string[]) => spawnSync(process.execPath, [join(root, "bin", "toolmix.cjs"), ...args], { cwd: root, encoding: "utf8" });
const matrixBy = (src: MatrixSource, col: string) =>
  buildMatrix(src.segments, { codebook: src.codebook, rows: dimensionSpec("tools", undefined, "--rows", src.source), cols: dimensionSpec(col, undefined, "--cols", src.source), documents: src.documents, unit: src.unit, source: src.source, rule: src.rule, mergeTouching: src.mergeTouching });

describe("a matrix by any document variable", () => {
  const src = perTest(() => matrixSource(TEXTS, { scheme: SCHEME, dictionary: DICTIONARY }));

  it("crosses the tools with a header variable of the texts (# level: …), partitioning the clauses", () => {
    const byLevel = matrixBy(src(), "level");
    expect(byLevel.colIds).toEqual(["city", "province"]);
    const byRegion = matrixBy(src(), "region");
    expect(byLevel.total).toBe(37);
    expect(byLevel.rowTotals).toEqual(byRegion.rowTotals);
    // Three documents at each level (their headers), each with coded clauses: 17 city, 20 province clauses.
    expect(byLevel.colFiles).toEqual([3, 3]);
    expect(byLevel.colTotals).toEqual([17, 20]);
  });

  it("keeps city also under the kit's name place, and year as a number", () => {
    const docs = [...src().documents.values()];
    expect(docs.every((d) => d.place === d.city)).toBe(true);
    expect(docs.every((d) => typeof d.year === "number")).toBe(true);
  });

  it("refuses a variable no document records, listing those they do", () => {
    const e = errorOf(() => matrixBy(src(), "stage"));
    expect(e.issues[0].field).toBe("--cols");
    expect(e.issues[0].found).toBe("stage (recorded by no document)");
    expect(e.issues[0].expected).toMatch(/these documents record .*level.*region/);
  });

  it("treats constructor and __proto__ as ordinary names, never the object prototype", () => {
    for (const name of ["constructor", "__proto__", "toString"]) expect(errorOf(() => matrixBy(src(), name)).issues[0].found).toBe(`${name} (recorded by no document)`);
  });

  it("refuses a name no variable can have, naming the option", () => {
    const e = errorOf(() => dimensionSpec("<level>", undefined, "--cols", "x.qdpx"));
    expect(e.issues[0]).toMatchObject({ file: "x.qdpx", field: "--cols", found: "<level>" });
    expect(errorOf(() => dimensionSpec("level", 2, "--cols", "x.qdpx")).issues[0].field).toBe("--level-cols");
  });
});

describe("a .qdpx written by toolmix code --scheme, read back without a mapping", () => {
  const qdpx = perTest(() => {
    const dir = mkdtempSync(join(tmpdir(), "toolmix-qdpx-vars-"));
    const run = toolmix("code", ...TEXTS, "--scheme", SCHEME, "--dictionary", DICTIONARY, "--out", join(dir, "sde"), "--qdpx", join(dir, "sde.qdpx"));
    expect(run.status, run.stderr).toBe(0);
    return join(dir, "sde.qdpx");
  });

  it("gives the matrix by level from the project's own variables", T, () => {
    const m = matrixBy(matrixSource([qdpx()], { scheme: SCHEME }), "level");
    expect(m.colIds).toEqual(["city", "province"]);
    expect(m.total).toBeGreaterThan(0);
  });

  it("validates and gives tables with --scheme alone, and says what to give without it", T, () => {
    const validate = toolmix("validate", qdpx(), "--scheme", SCHEME);
    expect(validate.status, validate.stdout + validate.stderr).toBe(0);
    expect(validate.stdout).toContain("mapped by node ids and labels onto the scheme of");
    const tables = toolmix("tables", "--data", qdpx(), "--scheme", SCHEME, "--json");
    expect(tables.status, tables.stderr).toBe(0);
    expect(JSON.parse(tables.stdout).scheme.id).toBe("supply-demand-environment");
    const bare = toolmix("tables", "--data", qdpx());
    expect(bare.status).toBe(1);
    expect(bare.stderr).toMatch(/without --map or --scheme.*--scheme CODEBOOK/);
    expect(bare.stderr).not.toMatch(/\n\s+at /);
    const paper = toolmix("matrix", qdpx(), "--cols", "level");
    expect(paper.status).toBe(1);
    expect(paper.stderr).toMatch(/--scheme CODEBOOK/);
  });

  it("says why the table's total differs from the units in the header (touching units joined into passages)", T, () => {
    // Coded with the codebook's cue words (no keyword list): several touching clauses share a cell.
    const dir = mkdtempSync(join(tmpdir(), "toolmix-qdpx-joined-"));
    const run = toolmix("code", ...TEXTS, "--scheme", SCHEME, "--out", join(dir, "sde"), "--qdpx", join(dir, "sde.qdpx"));
    expect(run.status, run.stderr).toBe(0);
    const src = matrixSource([join(dir, "sde.qdpx")], { scheme: SCHEME });
    expect(src.mergeTouching).toBe(true);
    const m = matrixBy(src, "level");
    const unjoined = m.passages.flat(2).reduce((sum, p) => sum + p.segment.split("+").length, 0);
    expect(unjoined).toBeGreaterThan(m.total);
    expect(m.notes).toContain(`the cells count passages: the ${m.units} coded ranges behind the table (text cut at every coding's ends; touching codings at the same nodes are one range, so a project with a coding per clause has fewer ranges than codings) form ${m.total} passages in its cells once touching ranges of one cell are joined (a passage in several cells counts in each)`);
    // Without joining, the cells count units and the note is not given.
    const plain = matrixBy({ ...src, mergeTouching: false }, "level");
    expect(plain.total).toBe(unjoined);
    expect(plain.notes.some((n) => n.startsWith("the cells count passages"))).toBe(false);
  });
});

describe("matrix titles and labels from the codebook", () => {
  const src = perTest(() => matrixSource(TEXTS, { scheme: SCHEME, dictionary: DICTIONARY }));
  const themes = () => buildMatrix(src().segments, { codebook: src().codebook, rows: dimensionSpec("tools", undefined, "--rows", "x"), cols: dimensionSpec("themes", undefined, "--cols", "x"), documents: src().documents, unit: src().unit, source: "x", rule: "" });

  it("titles each side by the scheme's name for it (policy stage, not themes) and labels nodes in both languages", () => {
    const m = themes();
    expect(m.colTitle).toEqual({ zh: "政策阶段", en: "Policy stage" });
    expect(m.rowTitle).toEqual({ zh: "政策工具", en: "Policy tools" });
    expect(m.rowLabelsEn).toEqual(src().codebook.tools.map((t) => t.label_en));
    const spec = (lang: "zh" | "en" | "both") => JSON.stringify(matrixHeatmapSpec(m, chiSquareTest(m.counts), { lang }));
    expect(spec("en")).toContain("X–Y matrix: Policy tools × Policy stage");
    expect(spec("en")).not.toMatch(/\p{Script=Han}/u);
    expect(spec("zh")).toContain("X–Y 矩阵：政策工具 × 政策阶段");
    expect(spec("both")).toContain(`${m.rowLabels[0]} ${m.rowLabelsEn[0]}`);
    // One subtitle line per language, and a single language's line whole (not spread into characters).
    const subtitle = (lang: "zh" | "en" | "both") => (matrixHeatmapSpec(m, chiSquareTest(m.counts), { lang }).title as { subtitle: string[] }).subtitle;
    expect(subtitle("en")[0]).toMatch(/^unit: .+ documents; shade = row share(, grey = a row without units)?$/);
    expect(subtitle("en")).toHaveLength(2);
    expect(subtitle("both")).toHaveLength(3);
  });

  it("shades a row without units grey (share undefined), not as 0 %, and says so; column labels stand upright, a line per language", T, async () => {
    const m = buildMatrix(
      [{ doc: "d1", id: "1", start: 0, end: 2, text: "补贴", nodes: [src().codebook.tools[0].id, src().codebook.themes[0].id] }, { doc: "d1", id: "2", start: 2, end: 4, text: "规划", nodes: [src().codebook.tools[0].id, src().codebook.themes[1].id] }],
      { codebook: src().codebook, rows: dimensionSpec("tools", 1, "--rows", "x"), cols: dimensionSpec("themes", 1, "--cols", "x"), unit: "clause", source: "x", rule: "" },
    );
    const empty = m.rowTotals.filter((t) => t === 0).length;
    expect(empty).toBe(m.rowIds.length - 1);
    const spec = matrixHeatmapSpec(m, chiSquareTest(m.counts), { lang: "both" });
    expect((spec.title as { subtitle: string[] }).subtitle[1]).toMatch(/grey = a row without units$/);
    const svg = await renderSvg(spec);
    // One grey rect per cell of an empty row; the filled row's zeros stay on the blue scale.
    expect(svg.match(/fill="#e8e8e8"/g)).toHaveLength(empty * m.colIds.length);
    const x = (spec as { layer: { encoding: { x: { axis: { labelAngle: number; labelExpr: string } } } }[] }).layer[0].encoding.x.axis;
    expect(x.labelAngle).toBe(0);
    expect(x.labelExpr).toContain("split(");
  });

  it("titles the usual document variables in both languages, any other by its name", () => {
    expect(matrixBy(src(), "level").colTitle).toEqual({ zh: "层级", en: "Level" });
    expect(matrixBy(src(), "region").colTitle).toEqual({ zh: "地区", en: "Region" });
    expect(matrixText.variableTitle("funding_body")).toEqual({ zh: "funding_body", en: "funding_body" });
    expect(matrixText.variableTitle("constructor")).toEqual({ zh: "constructor", en: "constructor" });
  });
});
