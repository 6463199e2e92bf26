import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadDataset } from "../lib/dataset/load";
import { InputError } from "../lib/errors";
import { buildMatrix, chiSquareTest, dimensionSpec, formatMatrix, matrixCsv, matrixSource, parseSegmentsCsv, segmentsFromProject } from "../lib/matrix";
import type { DimensionSpec, MatrixSegment } from "../lib/matrix";
import type { ForeignProject } from "../lib/qda/types";

const root = join(__dirname, "..");
const codebook = loadDataset().codebook;
const TOOLS: DimensionSpec = { kind: "nodes", dimension: "tools", level: 1 };
const THEMES: DimensionSpec = { kind: "nodes", dimension: "themes", level: 1 };
const tmp = mkdtempSync(join(tmpdir(), "toolmix-matrix-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the built CLI as a user would. */
const toolmix = (...args: string[]) => spawnSync(process.execPath, [join(root, "bin", "toolmix.cjs"), ...args], { cwd: root, encoding: "utf8" });

const seg = (doc: string, id: string, nodes: string[]): MatrixSegment => ({ doc, id, start: Number(id.slice(1)) * 10, end: Number(id.slice(1)) * 10 + 5, text: `text ${id}`, nodes });

// Hand-made units; rows tools (level 1), columns themes (level 1).
//   A (east): a1 authority.promotion + land_supply.admission + land_use  → authority × land_supply, authority × land_use
//             a2 authority.constraint + land_supply                      → authority × land_supply
//             a3 incentive.promotion + operation_supervision.rewards_penalties → incentive × operation_supervision
//             a4 land_use only (no tool)                                 → no cell
//   B (west): b1 authority.constraint + land_use.land_indicators         → authority × land_use
//             b2 incentive.constraint + land_use + operation_supervision → incentive × land_use, incentive × operation_supervision
//             b3 learning.promotion only (no theme)                      → no cell
const UNITS = [
  seg("A", "a1", ["authority.promotion", "land_supply.admission", "land_use"]),
  seg("A", "a2", ["authority.constraint", "land_supply"]),
  seg("A", "a3", ["incentive.promotion", "operation_supervision.rewards_penalties"]),
  seg("A", "a4", ["land_use"]),
  seg("B", "b1", ["authority.constraint", "land_use.land_indicators"]),
  seg("B", "b2", ["incentive.constraint", "land_use", "operation_supervision"]),
  seg("B", "b3", ["learning.promotion"]),
];
const DOCS = new Map([["A", { region: "east", year: 2021 }], ["B", { region: "west", year: 2020 }]]);
const build = (rows: DimensionSpec, cols: DimensionSpec) => buildMatrix(UNITS, { codebook, rows, cols, documents: DOCS, unit: "clause", source: "hand", rule: "test" });

describe("buildMatrix on a hand-counted example with multi-coded units", () => {
  const m = build(TOOLS, THEMES);

  it("counts every cell, with a multi-coded unit in every cell it belongs to", () => {
    expect(m.rowIds).toEqual(["authority", "incentive", "capacity_building", "symbolic_hortatory", "learning"]);
    expect(m.colIds).toEqual(["land_supply", "land_use", "property_rights", "operation_supervision"]);
    expect(m.counts).toEqual([
      [2, 2, 0, 0],
      [0, 1, 0, 2],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
    ]);
    // Seven cell units from five distinct units (a1 and b2 are in two cells each) in two documents.
    expect(m.total).toBe(7);
    expect(m.units).toBe(5);
    expect(m.documents).toBe(2);
    // a4 (a theme, no tool) and b3 (a tool, no theme) are in no cell, and the notes say so.
    expect(m.notes).toEqual(["1 unit is coded at no tools node (only at the second dimension, e.g. a stage or theme) and is in no cell of this table", "1 unit is coded at no themes node (only at a tool) and is in no cell of this table"]);
    expect(m.rowTotals).toEqual([4, 3, 0, 0, 0]);
    expect(m.colTotals).toEqual([2, 3, 0, 2]);
  });

  it("counts files per cell, row and column", () => {
    expect(m.files).toEqual([
      [1, 2, 0, 0],
      [0, 1, 0, 2],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
    ]);
    expect(m.rowFiles).toEqual([2, 2, 0, 0, 0]);
    expect(m.colFiles).toEqual([1, 2, 0, 2]);
  });

  it("gives row and column shares (null for an empty row or column)", () => {
    expect(m.rowShares[0]).toEqual([0.5, 0.5, 0, 0]);
    expect(m.rowShares[1]).toEqual([0, 1 / 3, 0, 2 / 3]);
    expect(m.rowShares[2]).toEqual([null, null, null, null]);
    expect(m.colShares.map((r) => r[1])).toEqual([2 / 3, 1 / 3, 0, 0, 0]);
    expect(m.colShares.map((r) => r[2])).toEqual([null, null, null, null, null]);
  });

  it("lists the passages behind each cell in document and text order", () => {
    expect(m.passages[0][0].map((p) => p.segment)).toEqual(["a1", "a2"]);
    expect(m.passages[0][1].map((p) => `${p.doc}:${p.segment}`)).toEqual(["A:a1", "B:b1"]);
    expect(m.passages[1][3]).toEqual([
      { doc: "A", segment: "a3", start: 30, end: 35, text: "text a3" },
      { doc: "B", segment: "b2", start: 20, end: 25, text: "text b2" },
    ]);
    m.passages.forEach((row, i) => row.forEach((list, j) => expect(list.length).toBe(m.counts[i][j])));
  });

  it("at level 2 of the themes, leaves out units coded only above it and says so", () => {
    const deep = build({ kind: "nodes", dimension: "tools", level: 2 }, { kind: "nodes", dimension: "themes", level: 2 });
    expect(deep.rowIds[0]).toBe("authority.promotion");
    const cell = (r: string, c: string) => deep.counts[deep.rowIds.indexOf(r)][deep.colIds.indexOf(c)];
    expect(cell("authority.promotion", "land_supply.admission")).toBe(1);
    expect(cell("authority.constraint", "land_use.land_indicators")).toBe(1);
    expect(cell("incentive.promotion", "operation_supervision.rewards_penalties")).toBe(1);
    expect(deep.total).toBe(3);
    // a2 (land_supply), a4 (land_use) and b2 (land_use, operation_supervision) are coded at level 1 only.
    expect(deep.notes).toEqual([expect.stringMatching(/^3 units are coded in themes only above level 2/), "1 unit is coded at no themes node (only at a tool) and is in no cell of this table"]);
  });

  it("crosses a dimension with a document variable (tools × region, themes × year)", () => {
    const region = build(TOOLS, { kind: "variable", variable: "region" });
    expect(region.colIds).toEqual(["east", "west"]);
    // b3 (learning, no theme) counts here: it is in a tool and a document.
    expect(region.counts).toEqual([[2, 1], [1, 1], [0, 0], [0, 0], [0, 1]]);
    const year = build(THEMES, { kind: "variable", variable: "year" });
    expect(year.colIds).toEqual(["2020", "2021"]);
    expect(year.counts).toEqual([[0, 2], [2, 2], [0, 0], [1, 1]]);
  });

  it("renders text with counts, row shares, the test and passages, and the long CSV", () => {
    const test = chiSquareTest(m.counts);
    const text = formatMatrix(m, test, { passages: 1 });
    expect(text).toContain("2 (50.0 %)");
    expect(text).toContain("权威工具 × 土地供应 — 2 units in 1 file");
    expect(text).toContain("… 1 more");
    expect(text).toMatch(/Chi-square test of independence: X² = \d/);
    expect(text).toMatch(/left out of the test: 能力建设工具, 符号与劝诫工具, 学习工具/);
    const csv = matrixCsv(m, test).trim().split("\n");
    expect(csv[0]).toBe("row,row_label,col,col_label,units,files,row_share,col_share,expected,stdres,note");
    expect(csv).toHaveLength(1 + 5 * 4);
    expect(csv[2]).toMatch(/^authority,权威工具,land_use,土地使用,2,2,0.5,0.666667,/);
    // A row without units: blank share, expected and residual, and a note that says why.
    const empty = csv.find((line) => line.startsWith("capacity_building,"))!;
    expect(empty).toMatch(/,0,0,,0,,,row has no units: row share undefined; left out of the chi-square test$/);
    expect(csv[2]).toMatch(/,$/);
  });
});

describe("units of a coded project: overlapping codings (NVivo's matrix coding query with AND)", () => {
  // One source "0123456789abcdefghij"; code points. Theme land_supply [0,12), land_use [3,8); tools
  // authority.promotion [0,5), authority.constraint [6,10); a code mapped to nothing [0,20).
  const project: ForeignProject = {
    file: "p.qdpx", codes: [], offsetUnit: "codepoint", missingTexts: [], notes: [],
    sources: [{ guid: "s1", name: "Source one", text: "0123456789abcdefghij", variables: {} }],
    codings: [
      { source: "s1", code: "ls", start: 0, end: 12 },
      { source: "s1", code: "ap", start: 0, end: 5 },
      { source: "s1", code: "ac", start: 6, end: 10 },
      { source: "s1", code: "lu", start: 3, end: 8 },
      { source: "s1", code: "memo", start: 0, end: 20 },
      { source: "s1", code: "ls", count: 2 },
    ],
  };
  const targets = { ls: "land_supply", lu: "land_use", ap: "authority.promotion", ac: "authority.constraint" };
  const { segments, notes } = segmentsFromProject(project, targets);

  it("cuts the text at every boundary and codes each piece at every coding that covers it", () => {
    expect(segments.map((s) => [s.start, s.end, s.nodes.join("+")])).toEqual([
      [0, 3, "authority.promotion+land_supply"],
      [3, 5, "authority.promotion+land_supply+land_use"],
      [5, 6, "land_supply+land_use"],
      [6, 8, "authority.constraint+land_supply+land_use"],
      [8, 10, "authority.constraint+land_supply"],
      [10, 12, "land_supply"],
    ]);
    expect(segments[1].text).toBe("34");
    expect(segments[0].title).toBe("Source one");
    expect(notes).toEqual([expect.stringMatching(/^2 codings without offsets/)]);
  });

  it("counts runs of text coded at both the row and the column", () => {
    const m = buildMatrix(segments, { codebook, rows: TOOLS, cols: THEMES, unit: "segment", source: "p", rule: "", mergeTouching: true });
    // authority = [0,5) ∪ [6,10); with land_supply [0,12): two passages; with land_use [3,8): [3,5) and [6,8).
    expect(m.counts[0].slice(0, 2)).toEqual([2, 2]);
    expect(m.passages[0][0].map((p) => [p.start, p.end, p.text])).toEqual([[0, 5, "01234"], [6, 10, "6789"]]);
    expect(m.passages[0][1].map((p) => [p.start, p.end])).toEqual([[3, 5], [6, 8]]);
    const cells = buildMatrix(segments, { codebook, rows: { kind: "nodes", dimension: "tools", level: 2 }, cols: THEMES, unit: "segment", source: "p", rule: "", mergeTouching: true });
    expect(cells.counts[0].slice(0, 2)).toEqual([1, 1]); // authority.promotion: [0,5) and [3,5)
    expect(cells.counts[1].slice(0, 2)).toEqual([1, 1]); // authority.constraint: [6,10) and [6,8)
    // Without merging, the pieces would count one by one.
    expect(buildMatrix(segments, { codebook, rows: TOOLS, cols: THEMES, unit: "segment", source: "p", rule: "" }).counts[0][0]).toBe(4);
  });

  it("converts NVivo's UTF-16 offsets to code points", () => {
    const utf16: ForeignProject = { ...project, offsetUnit: "utf16", sources: [{ guid: "s1", name: "x", text: "😀不得分割", variables: {} }], codings: [{ source: "s1", code: "ac", start: 2, end: 6 }] };
    expect(segmentsFromProject(utf16, targets).segments).toEqual([{ doc: "s1", title: "x", id: "1-5", start: 1, end: 5, text: "不得分割", nodes: ["authority.constraint"] }]);
  });
});

describe("segments CSV", () => {
  it("reads one unit per doc_id + segment_id, coded at every node of its rows", () => {
    const units = parseSegmentsCsv("doc_id,segment_id,node_id,text\nd,1,authority.promotion,应当\nd,1,land_use,应当\nd,2,land_use,\ne,1,incentive,奖励\n", "s.csv", codebook);
    expect(units).toEqual([
      { doc: "d", id: "1", start: null, end: null, text: "应当", nodes: ["authority.promotion", "land_use"] },
      { doc: "d", id: "2", start: null, end: null, text: "", nodes: ["land_use"] },
      { doc: "e", id: "1", start: null, end: null, text: "奖励", nodes: ["incentive"] },
    ]);
  });

  it("names the row and field of every bad row", () => {
    const bad = "doc_id,segment_id,node_id\nd,1,authority.promotion\nd,,land_use\nd,2,topics.x\nd,1,authority.promotion\nd,3,tools.promotion\n";
    try {
      parseSegmentsCsv(bad, "s.csv", codebook);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      const issues = (error as InputError).issues.map((i) => `${i.row}:${i.field}:${i.found}`);
      expect(issues).toEqual(["3:segment_id:", "4:node_id:topics.x", "5:node_id:authority.promotion", "6:node_id:tools.promotion"]);
    }
    expect(() => parseSegmentsCsv("doc_id,node_id\nd,land_use\n", "s.csv", codebook)).toThrow(/field "segment_id"/);
    expect(() => parseSegmentsCsv("document,node,count\nd,land_use,2\n", "s.csv", codebook)).toThrow(/document-level counts/);
  });
});

describe("dimensions and levels", () => {
  it("refuses an unknown dimension, a level for a variable and a level the codebook does not have", () => {
    // Any other name is a document variable (tests/matrix-variables.test.ts), refused when built if no document records it.
    expect(() => dimensionSpec("topics!", undefined, "--cols", "x")).toThrow(/field "--cols": found "topics!", expected one of tools, themes, region/);
    expect(() => build(TOOLS, dimensionSpec("topics", undefined, "--cols", "x"))).toThrow(/field "--cols": found "topics \(recorded by no document\)"/);
    expect(() => dimensionSpec("region", 2, "--cols", "x")).toThrow(/field "--level-cols"/);
    expect(() => build(TOOLS, { kind: "nodes", dimension: "themes", level: 4 })).toThrow(/field "--level-cols": found "4", expected a level of themes from 1 to 3/);
    expect(() => build({ kind: "nodes", dimension: "tools", level: 3 }, THEMES)).toThrow(/field "--level-rows": found "3", expected a level of tools from 1 to 2/);
    expect(() => buildMatrix(UNITS, { codebook, rows: TOOLS, cols: { kind: "variable", variable: "province" }, unit: "clause", source: "hand", rule: "" })).toThrow(/field "--cols": found "province \(recorded by no document\)"/);
  });
});

describe("matrixSource", () => {
  it("reads the example project with the map next to it, and its regions", () => {
    const src = matrixSource([join(root, "data/examples/m0-example.qdpx")]);
    expect(src.map).toMatch(/m0-example-map\.json$/);
    expect(src.unit).toBe("passage");
    expect([...src.documents.values()].map((d) => d.region)).toEqual(["east", "east", "central", "west"]);
  });
});

describe("toolmix matrix", () => {
  it("gives the hand-counted tool × theme table of the example project (map found next to it)", () => {
    // Hand count from data/examples/m0-example/codings.json (each tool coding inside or equal to a topic coding):
    // authority × supply: doc1 two (Mandate, Prohibition inside one Supply coding, a comma apart) + doc4 one = 3 in 2 files;
    // authority × use: doc1 one + doc3 two = 3 in 2 files; authority × rights: doc2 two; authority × oversight: doc4 one;
    // incentive × oversight: doc1 and doc4 Sanctions = 2 in 2 files; capacity × oversight: doc2 one; learning × supply: doc3 one;
    // symbolic: Encourage and Discourage have no topic = 0.
    const run = toolmix("matrix", "data/examples/m0-example.qdpx", "--rows", "tools", "--cols", "themes", "--json");
    expect(run.status, run.stderr).toBe(0);
    const { matrix, test } = JSON.parse(run.stdout);
    expect(matrix.counts).toEqual([[3, 3, 2, 1], [0, 0, 0, 2], [0, 0, 0, 1], [0, 0, 0, 0], [1, 0, 0, 0]]);
    expect(matrix.files).toEqual([[2, 2, 1, 1], [0, 0, 0, 2], [0, 0, 0, 1], [0, 0, 0, 0], [1, 0, 0, 0]]);
    expect(matrix.passages[0][0].map((p: { text: string }) => p.text)).toEqual(["新型产业用地应当以公开招标、拍卖、挂牌方式出让", "出让年限不得超过三十年", "项目准入实行产业、主体双门槛准入"]);
    expect(matrix.unit).toBe("passage");
    expect(matrix.notes.join(" ")).toContain("Memo/Interesting wording");
    expect(test.droppedRows).toEqual([3]);
    expect(test.df).toBe(9);
    expect(test.warning).toMatch(/Cochran/);
  });

  it("crosses tools with region as a CSV long table, and writes matrix files with --out", () => {
    const run = toolmix("matrix", "data/examples/m0-example.qdpx", "--cols", "region", "--csv");
    expect(run.status, run.stderr).toBe(0);
    // authority in the East: doc1 three codings, doc2 three = 6 in 2 files.
    expect(run.stdout.split("\n")[1]).toMatch(/^authority,权威工具,east,东部地区,6,2,/);
    const out = join(tmp, "out");
    const written = toolmix("matrix", "data/examples/m0-example.qdpx", "--map", "data/examples/m0-example-map.json", "--out", out);
    expect(written.status, written.stderr).toBe(0);
    for (const f of ["matrix.json", "matrix.csv", "matrix.svg", "matrix.png", "matrix.vl.json", ".toolmix-output.json"]) expect(existsSync(join(out, f)), f).toBe(true);
    expect(readFileSync(join(out, "matrix.svg"), "utf8")).toContain("<svg");
    // Into its own output again without --force; not into a folder it did not write.
    expect(toolmix("matrix", "data/examples/m0-example.qdpx", "--out", out).status).toBe(0);
    const foreign = join(tmp, "foreign");
    toolmix("matrix", "data/examples/m0-example.qdpx", "--out", join(foreign, "x")); // creates foreign/
    writeFileSync(join(foreign, "mine.txt"), "x");
    expect(toolmix("matrix", "data/examples/m0-example.qdpx", "--out", foreign).status).toBe(1);
  }, 60_000);

  it("codes two raw texts on the fly (unit: clause) and counts a multi-coded clause in two cells", () => {
    const a = join(tmp, "a.txt");
    const b = join(tmp, "b.txt");
    writeFileSync(a, "示例市产业用地办法\n第一条 新型产业用地应当以公开招标方式出让，出让年限不得超过三十年。\n第二条 产业用房不得分割转让。\n第三条 对年度考核优秀的企业，给予一次性奖励。\n");
    writeFileSync(b, "示例县实施意见\n第一条 鼓励企业提高土地利用效率，容积率不低于三点零。\n第二条 建立产业用地监管协议履约评估机制，定期开展评估。\n");
    // The coder (lib/coding, multi-label) codes: a1 authority.promotion and .constraint (应当…, 不得超过) + supply method and
    // lease term (land_supply); a2 authority.constraint + subdivision (property_rights); a3 incentive.promotion (the
    // assessment is the reward's condition) + performance monitoring and rewards (both operation_supervision); b1
    // symbolic_hortatory.promotion (鼓励) and authority.promotion (a floor, 不低于) + development intensity (land_use);
    // b2 capacity_building.constraint and authority.promotion (an operative directive opening with its verb, 建立…: MANUAL.md, authority.promotion)
    // + performance monitoring. A clause counts once per tool row, however many cells.
    const run = toolmix("matrix", a, b, "--json");
    expect(run.status, run.stderr).toBe(0);
    const { matrix } = JSON.parse(run.stdout);
    expect(matrix.unit).toBe("clause");
    expect(matrix.counts).toEqual([[1, 1, 1, 1], [0, 0, 0, 1], [0, 0, 0, 1], [0, 1, 0, 0], [0, 0, 0, 0]]);
    expect(matrix.units).toBe(5);
    expect(matrix.passages[0][1][0]).toMatchObject({ doc: "b", text: "鼓励企业提高土地利用效率，容积率不低于三点零。" });
    // At level 2 the third clause of a is in two cells: monitoring and assessment, rewards and penalties.
    const deep = JSON.parse(toolmix("matrix", a, b, "--level-cols", "2", "--json").stdout).matrix;
    const row = deep.counts[deep.rowIds.indexOf("incentive")];
    expect(row[deep.colIds.indexOf("operation_supervision.monitoring_assessment")]).toBe(1);
    expect(row[deep.colIds.indexOf("operation_supervision.rewards_penalties")]).toBe(1);
    expect(deep.units).toBe(5);
  }, 60_000);

  it("says the paper's data has no tool × theme table and a matrix needs segment-level data", () => {
    const run = toolmix("matrix", "--data", "data/paper-m0");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("the paper printed no tool × theme table");
    expect(run.stderr).toContain("segment-level data");
    expect(run.stderr).not.toMatch(/at .*\.js/);
  });

  it("names the field of each bad input, without a stack", () => {
    const cols = toolmix("matrix", "data/examples/m0-example.qdpx", "--cols", "topics");
    expect(cols.status).toBe(1);
    expect(cols.stderr).toMatch(/field "--cols": found "topics \(recorded by no document\)", expected documents that record topics .*; these documents record /);
    const deep = toolmix("matrix", "data/examples/m0-example.qdpx", "--level-cols", "4");
    expect(deep.status).toBe(1);
    expect(deep.stderr).toMatch(/field "--level-cols": found "4", expected a level of themes from 1 to 3/);
    expect(toolmix("matrix", "data/examples/m0-example.qdpx", "--level-cols", "two").status).toBe(2);
    const lone = join(tmp, "lone.qdpx");
    copyFileSync(join(root, "data/examples/m0-example.qdpx"), lone);
    const noMap = toolmix("matrix", lone);
    expect(noMap.status).toBe(1);
    expect(noMap.stderr).toMatch(/field "--map": found "no mapping file, and no coded code is a node id or label of the scheme", expected a mapping file .*or --scheme CODEBOOK/);
    const csv = join(tmp, "segments.csv");
    writeFileSync(csv, "doc_id,segment_id,node_id\nd,1,authority.promotion\nd,1,land_use\nd,2,nonsense\n");
    const bad = toolmix("matrix", csv);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/segments\.csv, row 4, field "node_id": found "nonsense"/);
    expect(toolmix("matrix").status).toBe(2);
    for (const r of [cols, deep, noMap, bad]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
