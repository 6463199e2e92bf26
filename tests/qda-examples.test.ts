import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { IssueCollector } from "../lib/errors";
import { checkForeignProject, foreignCounts, parseMatrixCsv, parseQdpx, parseRefiXml, parseTidyCsv, readForeignProject, writeQdpx } from "../lib/qda";
import { CodePaths } from "../lib/qda/code-paths";
import { decodeUtf8 } from "../lib/qda/bytes";
import { isGuid, stableGuid } from "../lib/qda/guid";
import { codePointToUtf16, detectOffsetUnit, utf16ToCodePoint } from "../lib/qda/offsets";
import { openQdpx } from "../lib/qda/refi-archive";
import { readCodes } from "../lib/qda/refi-codes";
import { readSources } from "../lib/qda/refi-sources";
import { readCases, readVariables } from "../lib/qda/refi-variables";
import { readFirstSheet } from "../lib/qda/xlsx";
import { attr, child, parseXml } from "../lib/qda/xml";
import { el, render } from "../lib/qda/xml-write";
import { readZip, writeZip } from "../lib/qda/zip";

/** Every @example of lib/qda, run as written (paths relative to the repository), with the values its comments state. */
describe("the @example of each lib/qda file holds", () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it("zip.ts, xml.ts, bytes.ts, xml-write.ts, guid.ts", () => {
    const bytes = writeZip({ "project.qde": utf8("<Project/>") });
    expect(readZip(bytes, "p.qdpx").get("project.qde")?.length).toBe(10);
    const root = parseXml('<p:Project xmlns:p="urn:QDA-XML:project:1.0" name="x"><p:Users/></p:Project>', "a.qde");
    expect([root.name, attr(root, "name"), child(root, "Users")?.name]).toEqual(["Project", "x", "Users"]);
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]), "a.txt")).toBe("hi");
    expect(render(el("Code", { guid: "A", name: "a<b" }))).toBe('<Code guid="A" name="a&lt;b"/>\n');
    expect(render(el("Codes", {}, [el("Code", { name: "x" })]))).toBe('<Codes>\n  <Code name="x"/>\n</Codes>\n');
    expect(stableGuid("code", "政策工具/权威型")).toBe(stableGuid("code", "政策工具/权威型"));
    expect(isGuid(stableGuid("code", "x"))).toBe(true);
    expect(isGuid("1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294")).toBe(true);
  });

  it("offsets.ts, code-paths.ts", () => {
    expect(codePointToUtf16("😀ab", 1)).toBe(2);
    expect(utf16ToCodePoint("😀ab", 3)).toBe(2);
    expect(detectOffsetUnit([{ text: "😀ab", start: 0, end: 4 }], "NVivo 14").unit).toBe("utf16");
    const tree = new CodePaths();
    expect(tree.add(["政策工具", "权威型"])).toBe("政策工具/权威型");
    expect(tree.codes().map((c) => c.parent)).toEqual([null, "政策工具"]);
  });

  it("refi-codes.ts, refi-variables.ts, refi-sources.ts, refi-archive.ts, refi.ts", () => {
    const book = parseXml('<CodeBook><Codes><Code guid="a" name="A" isCodable="false"><Code guid="b" name="B" isCodable="true"/></Code></Codes></CodeBook>', "c.qdc");
    expect(readCodes(child(book, "Codes"), "c.qdc", new IssueCollector()).map((c) => c.parent)).toEqual([null, "a"]);
    const p = parseXml(
      '<Project><Variables><Variable guid="v" name="city" typeOfVariable="Text"/></Variables>' +
        '<Cases><Case guid="c"><VariableValue><VariableRef targetGUID="v"/><TextValue>深圳</TextValue></VariableValue><SourceRef targetGUID="s"/></Case></Cases></Project>',
      "p.qde",
    );
    const issues = new IssueCollector();
    expect(readCases(p, readVariables(p, "p.qde", issues), "p.qde", issues).values.get("s")).toEqual({ city: "深圳" });
    const sources = parseXml(
      '<Sources><TextSource guid="s" name="d"><PlainTextContent>abc</PlainTextContent>' +
        '<PlainTextSelection guid="x" startPosition="0" endPosition="2"><Coding guid="k"><CodeRef targetGUID="c"/></Coding></PlainTextSelection></TextSource></Sources>',
      "p.qde",
    );
    expect(readSources(sources, "p.qde", new IssueCollector(), () => undefined).codings[0]).toMatchObject({ source: "s", code: "c", start: 0, end: 2 });
    const archive = openQdpx(writeZip({ "Project.qde": utf8("<Project/>"), "Sources/A.txt": utf8("政策") }), "p.qdpx");
    expect(archive.qdeName).toBe("Project.qde");
    expect(archive.sourceEntry("internal://a.TXT")?.name).toBe("Sources/A.txt");
    const project = parseRefiXml(
      '<Project name="p" origin="NVivo 14"><CodeBook><Codes><Code guid="c" name="权威型" isCodable="true"/></Codes></CodeBook>' +
        '<Sources><TextSource guid="s" name="深圳"><PlainTextContent>政策😀工具</PlainTextContent><PlainTextSelection guid="x" startPosition="2" endPosition="6">' +
        '<Coding guid="k"><CodeRef targetGUID="c"/></Coding></PlainTextSelection></TextSource></Sources></Project>',
      "p.qde",
    );
    expect(project.codings).toEqual([{ source: "s", code: "c", start: 2, end: 6 }]);
    expect(project.notes[0]).toMatch(/1 selection\(s\) end beyond their text's length in code points/);
    expect(project.offsetUnit).toBe("utf16");
  });

  it("check.ts, qdpx-write.ts, matrix.ts, tidy.ts, counts.ts, index.ts", () => {
    const source = { guid: "s", name: "深圳", variables: {} };
    expect(() => checkForeignProject({ file: "mine", codes: [], sources: [source], codings: [{ source: "s", code: "c" }], offsetUnit: "unknown", missingTexts: [], notes: [] })).toThrow(
      'mine, field "codings[0].code": found "c", expected the guid of a code of the project',
    );
    const bytes = writeQdpx(parseTidyCsv("document,node,count\n深圳,工具/权威,2\n", "t.csv"));
    expect(parseQdpx(bytes, "t.qdpx").codes.map((c) => c.name)).toEqual(["工具", "权威"]);
    expect(parseQdpx(bytes, "t.qdpx").codings[0].count).toBe(2);
    const m = parseMatrixCsv(",A : 深圳,B : 武汉\n1 : 工具\\权威,3,0\n", "m.csv");
    expect(m.codes.map((c) => c.guid)).toEqual(["工具", "工具/权威"]);
    expect(m.codings).toEqual([{ source: "深圳", code: "工具/权威", count: 3 }]);
    const t = parseTidyCsv("document,node,count,region\nd1,工具/权威,3,east\n", "t.csv");
    expect(t.codes.map((c) => c.guid)).toEqual(["工具", "工具/权威"]);
    expect(t.codings).toEqual([{ source: "d1", code: "工具/权威", count: 3 }]);
    expect(t.sources[0].variables).toEqual({ region: "east" });
    const c = parseTidyCsv("document,node,count\nd1,工具/权威/促进,2\nd1,工具/权威/约束,1\nd2,工具/权威/约束,4\n", "t.csv");
    expect(foreignCounts(c).find((x) => x.code === "工具/权威")).toMatchObject({ references: 7, files: 2, directReferences: 0 });
    const project = readForeignProject(join(__dirname, "..", "tests", "fixtures", "qda", "tidy-counts.csv"));
    expect(project.codes).toHaveLength(6);
    expect(foreignCounts(project).find((x) => x.name === "权威型")).toMatchObject({ references: 10, files: 3 });
  });

  const MATRIX = "/work/shared/reference/refi-examples/novelqualcodes_Int01_ID731_nvivo_matrix_export.xlsx";
  it.skipIf(!existsSync(MATRIX))("xlsx.ts", () => {
    const sheet = readFirstSheet(readFileSync(MATRIX), MATRIX);
    expect(sheet.rows[0][1]).toBe("A : Int01_ID731");
    expect(sheet.rows[1]).toEqual(["1 : Doesn't often think about insects", "2"]);
  });
});
