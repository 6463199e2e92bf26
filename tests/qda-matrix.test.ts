import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { foreignCounts, parseMatrixCsv, parseTidyCsv, readForeignProject } from "../lib/qda";
import type { ForeignProject } from "../lib/qda/types";
import { issueOf, issuesOf, QDA_FIXTURES, tempFile, zip } from "./fixtures/qda/helpers";

const fixture = (name: string) => join(QDA_FIXTURES, name);

/** Counts by code path, as [references, files]. */
function countsOf(p: ForeignProject): Record<string, [number, number]> {
  return Object.fromEntries(foreignCounts(p).map((c) => [c.path.join("/"), [c.references, c.files]]));
}

/** A minimal .xlsx: the sheet's part is found through the workbook's relationships. */
function xlsx(rows: string, strings: string[]): Uint8Array {
  const si = strings.map((s) => (s.startsWith("rich:") ? `<si><r><t>${s.slice(5, 9)}</t></r><r><rPr/><t xml:space="preserve">${s.slice(9)}</t></r></si>` : `<si><t>${s}</t></si>`));
  return zip({
    "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    "xl/workbook.xml": '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Matrix" sheetId="1" r:id="rId7"/><sheet name="Other" sheetId="2" r:id="rId8"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId8" Target="worksheets/sheet1.xml"/><Relationship Id="rId7" Target="worksheets/matrix.xml"/></Relationships>',
    "xl/sharedStrings.xml": `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${si.join("")}</sst>`,
    "xl/worksheets/matrix.xml": `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`,
    "xl/worksheets/sheet1.xml": '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>wrong sheet</t></is></c></row></sheetData></worksheet>',
  });
}

describe("NVivo matrix export (CSV)", () => {
  const p = readForeignProject(fixture("matrix-codes-rows.csv"));

  it("strips the position prefixes, keeps code paths (\\ and /) as parent chains, items as sources", () => {
    expect(p.codes.map((c) => [c.guid, c.name, c.parent])).toEqual([
      ["政策工具", "政策工具", null],
      ["政策工具/权威型", "权威型", "政策工具"],
      ["政策工具/权威型/促进型", "促进型", "政策工具/权威型"],
      ["政策工具/权威型/约束型", "约束型", "政策工具/权威型"],
      ["政策工具/激励型", "激励型", "政策工具"],
      ["政策主题", "政策主题", null],
      ["政策主题/土地供应", "土地供应", "政策主题"],
    ]);
    expect(p.sources.map((s) => s.name)).toEqual(["深圳市办法", "杭州市意见", "武汉市规定"]);
    expect(p.offsetUnit).toBe("unknown");
  });

  it("turns every non-zero cell into a coding with its count; empty and 0 cells into none", () => {
    expect(p.codings).toHaveLength(8);
    expect(p.codings.reduce((sum, c) => sum + (c.count ?? 1), 0)).toBe(15);
    expect(p.codings[0]).toEqual({ source: "深圳市办法", code: "政策工具/权威型/促进型", count: 3 });
  });

  it("aggregates: references add, files are a union (hand-counted)", () => {
    expect(countsOf(p)).toEqual({
      政策工具: [12, 3],
      "政策工具/权威型": [10, 3],
      "政策工具/权威型/促进型": [4, 2],
      "政策工具/权威型/约束型": [6, 2],
      "政策工具/激励型": [2, 1],
      政策主题: [3, 3],
      "政策主题/土地供应": [3, 3],
    });
  });

  it("says which rule put the codes on the rows, and what the cells are taken to be", () => {
    expect(p.notes[0]).toMatch(/^Codes are the matrix's rows \(their labels carry NVivo's hierarchy separator \\/);
    expect(p.notes[1]).toMatch(/coding references \(NVivo's default cell content\)/);
  });
});

describe("NVivo matrix export: orientation rules", () => {
  it("rule 2: the side with \\ paths is codes, even across the top", () => {
    const p = parseMatrixCsv(",A : 政策工具\\权威型,B : 政策工具\\激励型\n1 : 深圳,5,2\n2 : 武汉,4,0\n", "t.csv");
    expect(p.codes.map((c) => c.guid)).toEqual(["政策工具", "政策工具/权威型", "政策工具/激励型"]);
    expect(p.codings).toEqual([
      { source: "深圳", code: "政策工具/权威型", count: 5 },
      { source: "深圳", code: "政策工具/激励型", count: 2 },
      { source: "武汉", code: "政策工具/权威型", count: 4 },
    ]);
  });

  it("rule 3: rows of attribute values (Attribute = Value) put the codes across the top, and become variables", () => {
    const p = parseMatrixCsv(",A : 权威型,B : 激励型\n1 : region = east,5,2\n2 : region = central,4,0\n", "t.csv");
    expect(p.codes.map((c) => c.name)).toEqual(["权威型", "激励型"]);
    expect(p.sources).toEqual([
      { guid: "region = east", name: "region = east", variables: { region: "east" } },
      { guid: "region = central", name: "region = central", variables: { region: "central" } },
    ]);
    expect(p.notes[0]).toMatch(/columns \(the rows are attribute values/);
  });

  it("rule 4: nothing says otherwise → rows; rule 1: the caller can say columns", () => {
    const text = ",A : 深圳,B : 武汉\n1 : 权威型,5,4\n2 : 激励型,2,0\n";
    expect(parseMatrixCsv(text, "t.csv").codes.map((c) => c.name)).toEqual(["权威型", "激励型"]);
    const flipped = parseMatrixCsv(text, "t.csv", { codes: "columns" });
    expect(flipped.codes.map((c) => c.name)).toEqual(["深圳", "武汉"]);
    expect(flipped.notes[0]).toBe("Codes are the matrix's columns (as asked).");
  });
});

describe("NVivo matrix export (.xlsx, built here)", () => {
  it("reads the first sheet through the workbook relationships, shared (rich) and inline strings, skipped cells", () => {
    const rows =
      '<row r="1"><c r="B1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>B : 武汉</t></is></c></row>' +
      '<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2"><v>3</v></c><c r="C2"><v>1</v></c></row>' +
      '<row r="4"><c r="A4" t="s"><v>2</v></c><c r="C4"><v>2</v></c></row>';
    const file = tempFile("matrix.xlsx", xlsx(rows, ["A : 深圳", "1 : 政策工具\\权威型", "rich:2 : 政策工具\\激励型"]));
    const p = readForeignProject(file);
    expect(p.file).toBe(file);
    expect(p.codes.map((c) => c.guid)).toEqual(["政策工具", "政策工具/权威型", "政策工具/激励型"]);
    expect(p.codings).toEqual([
      { source: "深圳", code: "政策工具/权威型", count: 3 },
      { source: "武汉", code: "政策工具/权威型", count: 1 },
      { source: "武汉", code: "政策工具/激励型", count: 2 },
    ]);
  });

  it("a cell that is not a count names the workbook, the sheet, the row and the cell", () => {
    const rows = '<row r="1"><c r="B1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c></row>';
    const file = tempFile("pct.xlsx", xlsx(rows, ["A : 深圳", "1 : 权威型", "12.5%"]));
    const issue = issueOf(() => readForeignProject(file));
    expect(issue).toMatchObject({ file: `${file} › xl/worksheets/matrix.xml`, row: 2, field: "B2", found: "12.5%" });
    expect(issue.expected).toMatch(/Coding References/);
  });

  it("refuses a DOCTYPE in a workbook part and a shared-string index out of range", () => {
    const doctype = zip({ "xl/workbook.xml": '<!DOCTYPE x [<!ENTITY a "aaaa">]><workbook/>' });
    expect(issueOf(() => readForeignProject(tempFile("d.xlsx", doctype)))).toMatchObject({ found: "<!DOCTYPE" });
    const bad = xlsx('<row r="1"><c r="B1" t="s"><v>7</v></c></row>', ["A : x"]);
    expect(issueOf(() => readForeignProject(tempFile("s.xlsx", bad)))).toMatchObject({ field: "B1", found: "7", expected: "an index into the workbook's 1 shared strings" });
  });

  it("refuses a sheet that claims a row beyond Excel's limit (no huge allocation)", () => {
    const file = tempFile("far.xlsx", xlsx('<row r="99999999"><c r="A99999999"><v>1</v></c></row>', []));
    expect(issueOf(() => readForeignProject(file)).expected).toBe("a cell within Excel's limits (1048576 rows, 16384 columns)");
  });
});

describe("NVivo matrix export: malformed", () => {
  it.each([
    ["a filled top-left cell", "x,A : 深圳\n1 : 权威型,1\n", { row: 1, found: "x" }, /empty top-left cell/],
    ["a percentage cell", ",A : 深圳\n1 : 权威型,12.5\n", { row: 2, field: "A : 深圳", found: "12.5" }, /whole number ≥ 0/],
    ["a repeated code", ",A : 深圳\n1 : 权威型,1\n2 : 权威型,2\n", { row: 3, found: "权威型" }, /each label once/],
    ["an empty item label", ",A : 深圳,B : \n1 : 权威型,1,2\n", { row: 1, field: "B :" }, /a label naming a document/],
  ])("%s", (_name, text, where, wanted) => {
    const issue = issueOf(() => parseMatrixCsv(text, "m.csv"));
    expect(issue).toMatchObject({ file: "m.csv", ...where });
    expect(issue.expected).toMatch(wanted);
  });
});

describe("tidy CSV", () => {
  it("counts: document,node,count with variables; node paths nest; 0 lists the code without a coding", () => {
    const p = readForeignProject(fixture("tidy-counts.csv"));
    expect(p.codes.map((c) => c.guid)).toEqual(["政策工具", "政策工具/权威型", "政策工具/权威型/促进型", "政策工具/权威型/约束型", "政策工具/激励型", "政策主题"]);
    expect(p.codings).toHaveLength(5);
    expect(p.sources).toEqual([
      { guid: "深圳办法", name: "深圳办法", variables: { region: "east", city: "深圳", year: "2019" } },
      { guid: "杭州意见", name: "杭州意见", variables: { region: "east", city: "杭州", year: "2021" } },
      { guid: "武汉规定", name: "武汉规定", variables: { region: "central", city: "武汉", year: "2022" } },
    ]);
    expect(countsOf(p)).toEqual({
      政策工具: [12, 3],
      "政策工具/权威型": [10, 3],
      "政策工具/权威型/促进型": [4, 2],
      "政策工具/权威型/约束型": [6, 2],
      "政策工具/激励型": [2, 1],
      政策主题: [0, 0],
    });
  });

  it("segments: one coding per row, quoted cells, offsets, and the unit told by a segment with an emoji", () => {
    const p = readForeignProject(fixture("tidy-segments.csv"));
    expect(p.codings).toEqual([
      { source: "杭州意见", code: "政策工具/权威型/促进型", start: 3, end: 12 },
      { source: "杭州意见", code: "政策工具/激励型", start: 12, end: 21 },
      { source: "深圳办法", code: "政策工具/权威型/约束型", start: 38, end: 55 },
      { source: "深圳办法", code: "政策主题/土地供应" },
    ]);
    expect(p.offsetUnit).toBe("utf16"); // "😀，给予租金补贴" spans 9 UTF-16 units, 8 code points
    expect(p.notes[0]).toMatch(/^Offsets count UTF-16 code units: 1 segment/);
    expect(countsOf(p)["政策工具"]).toEqual([3, 2]);
  });

  it.each([
    ["both count and segment", "document,node,count,segment\nd,n,1,x\n", { row: 1 }, /exactly one of the columns count/],
    ["neither count nor segment", "document,node\nd,n\n", { row: 1 }, /exactly one of the columns count/],
    ["start without end", "document,node,count,start\nd,n,1,2\n", { row: 1 }, /both columns start and end/],
    ["a count that is not a whole number", "document,node,count\nd,n,1\nd,m,three\n", { row: 3, field: "count", found: "three" }, /whole number/],
    ["end before start", "document,node,segment,start,end\nd,n,x,5,2\n", { row: 2, field: "end", found: "2 (start 5)" }, /end ≥ start/],
    ["an empty node", "document,node,count\nd,/,1\n", { row: 2, field: "node", found: "/" }, /node name or path/],
    ["two values of a variable for one document", "document,node,count,region\nd,n,1,east\nd,m,1,west\n", { row: 3, field: "region", found: "west" }, /one value per document: "d" has "east" at row 2/],
  ])("%s", (_name, text, where, wanted) => {
    const issue = issueOf(() => parseTidyCsv(text, "t.csv"));
    expect(issue).toMatchObject({ file: "t.csv", ...where });
    expect(issue.expected).toMatch(wanted);
  });

  it("reports every bad row at once", () => {
    expect(issuesOf(() => parseTidyCsv("document,node,count\n,n,1\nd,,x\n", "t.csv")).issues.map((i) => [i.row, i.field])).toEqual([
      [2, "document"],
      [3, "node"],
      [3, "count"],
    ]);
  });
});

describe("readForeignProject: choosing the reader", () => {
  it("detects tidy and matrix CSV by header, and refuses anything else", () => {
    expect(readForeignProject(fixture("tidy-counts.csv")).origin).toBeUndefined();
    expect(readForeignProject(fixture("matrix-codes-rows.csv")).origin).toBe("NVivo (Export Coding Matrix)");
    const issue = issueOf(() => readForeignProject(tempFile("x.csv", "doc,code,n\na,b,1\n")));
    expect(issue).toMatchObject({ row: 1, found: "columns doc, code, n" });
    expect(issue.expected).toMatch(/a tidy CSV \(columns document, node/);
  });

  it("refuses an unknown extension and a missing file", () => {
    expect(issueOf(() => readForeignProject("project.nvp"))).toMatchObject({ file: "project.nvp", found: ".nvp" });
    expect(issueOf(() => readForeignProject("/no/such/project.qdpx"))).toMatchObject({ file: "/no/such/project.qdpx", found: "no such file" });
  });

  it("refuses a CSV that is not UTF-8 (GBK from Chinese Windows)", () => {
    const file = tempFile("gbk.csv", new Uint8Array([0x64, 0x6f, 0x63, 0x75, 0x6d, 0x65, 0x6e, 0x74, 0x2c, 0x6e, 0x6f, 0x64, 0x65, 0x2c, 0x63, 0x6f, 0x75, 0x6e, 0x74, 0x0a, 0xd5, 0xfe, 0x2c, 0x61, 0x2c, 0x31, 0x0a]));
    expect(issueOf(() => readForeignProject(file))).toMatchObject({ row: 2, found: "bytes that are not UTF-8" });
  });
});
