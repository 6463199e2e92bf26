import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { foreignCounts, parseQdpx, parseRefiXml, readForeignProject } from "../lib/qda";
import { detectOffsetUnit } from "../lib/qda/offsets";
import type { ForeignProject } from "../lib/qda/types";
import { issueOf, issuesOf, POLICY_DIR, policyEntries, tempFile, zip } from "./fixtures/qda/helpers";
import { zipSync } from "fflate";

const D1 = "0A1B2C3D-0000-4000-8000-00000000D001";
const D2 = "0A1B2C3D-0000-4000-8000-00000000D002";
const D3 = "0A1B2C3D-0000-4000-8000-00000000D003";
const code = (n: number) => `C0DE0000-0000-4000-8000-00000000000${n}`;
const policyQde = () => readFileSync(join(POLICY_DIR, "project.qde"), "utf8");

/** The hand-made policy project, zipped as NVivo for Windows does (capital Sources/). */
function policy(): ForeignProject {
  const file = tempFile("policy.qdpx", zipSync(policyEntries()));
  return readForeignProject(file);
}

describe("REFI-QDA: the hand-made policy project (.qdpx, NVivo-Windows layout)", () => {
  const project = policy();

  it("reads the nested code tree with guids, parents and isCodable", () => {
    expect(project.codes.map((c) => [c.name, c.parent === null ? null : project.codes.find((p) => p.guid === c.parent)?.name, c.codable])).toEqual([
      ["政策工具", null, false],
      ["权威型", "政策工具", true],
      ["促进型", "权威型", true],
      ["约束型", "权威型", true],
      ["激励型", "政策工具", true],
      ["政策主题", null, true],
      ["土地供应", "政策主题", true],
      ["土地利用", "政策主题", true],
    ]);
    expect(project.origin).toBe("NVivo for Windows 12.6");
  });

  it("attaches texts from Sources/ (case-insensitive path, BOM dropped, CRLF kept) and inline PlainTextContent", () => {
    const [d1, d2, d3] = project.sources;
    expect(d1.name).toBe("深圳市新型产业用地管理办法");
    expect(d1.text?.startsWith("第一条 为促进")).toBe(true); // no BOM
    expect(d1.text).toContain("。\r\n第二条");
    expect(d2.text).toBe("杭州市支持创新型产业用地😀，给予租金补贴。违规转让的，收回土地使用权。");
    expect(d3.text).toBe("武汉市新型产业用地可分割转让，最小单元不低于1000平方米。");
    expect(project.missingTexts).toEqual([]);
  });

  it("attaches case variables (region, city, year) to each source", () => {
    expect(project.sources.map((s) => s.variables)).toEqual([
      { region: "east", city: "深圳", year: "2019" },
      { region: "east", city: "杭州", year: "2021" },
      { region: "central", city: "武汉", year: "2022" },
    ]);
  });

  it("keeps one coding per Coding (two on one selection), offsets as written, and whole-source codings", () => {
    expect(project.codings).toHaveLength(10);
    expect(project.codings.filter((c) => c.source === D1 && c.start === 4 && c.end === 19).map((c) => c.code)).toEqual([code(3), code(7)]);
    expect(project.codings.find((c) => c.source === D2 && c.start === undefined)).toEqual({ source: D2, code: code(7) });
    expect(project.codings.find((c) => c.source === D3)).toEqual({ source: D3, code: code(8), start: 9, end: 14 });
  });

  it("detects UTF-16 offsets from the texts: a selection ends past the code-point length", () => {
    expect(project.offsetUnit).toBe("utf16");
    expect(project.notes.join("\n")).toMatch(/UTF-16 code units .* 1 selection\(s\) end beyond/);
    const d2 = project.sources[1].text as string;
    // Sliced as JS (UTF-16) indices, every segment is exactly the coded phrase.
    const segments = project.codings.filter((c) => c.source === D2 && c.start !== undefined).map((c) => d2.slice(c.start, c.end));
    expect(segments).toEqual(["支持创新型产业用地", "给予租金补贴", "收回土地使用权。"]);
  });

  it("counts files as a union and references as a sum up the tree (hand-counted)", () => {
    const counts = Object.fromEntries(foreignCounts(project).map((c) => [c.name, [c.references, c.files, c.directReferences, c.directFiles]]));
    expect(counts).toEqual({
      政策工具: [6, 2, 0, 0], // 权威型 4 + 激励型 2; only 深圳 and 杭州
      权威型: [4, 2, 0, 0], // two children coded in both documents: 4 references, 2 files (not 4)
      促进型: [2, 2, 2, 2],
      约束型: [2, 2, 2, 2],
      激励型: [2, 2, 2, 2],
      政策主题: [4, 3, 0, 0], // 土地供应 2 (深圳, 杭州) + 土地利用 2 (深圳, 武汉): 3 files
      土地供应: [2, 2, 2, 2],
      土地利用: [2, 2, 2, 2],
    });
  });
});

describe("REFI-QDA: offset unit detection", () => {
  const qde = (origin: string, text: string, start: number, end: number) =>
    `<Project xmlns="urn:QDA-XML:project:1.0" name="t" origin="${origin}"><CodeBook><Codes><Code guid="C0DE0000-0000-4000-8000-000000000001" name="a" isCodable="true"/></Codes></CodeBook>` +
    `<Sources><TextSource guid="0A1B2C3D-0000-4000-8000-00000000D001" name="d"><PlainTextContent>${text}</PlainTextContent>` +
    `<PlainTextSelection guid="5E100000-0000-4000-8000-000000000001" startPosition="${start}" endPosition="${end}"><Coding guid="C0D10000-0000-4000-8000-000000000001"><CodeRef targetGUID="C0DE0000-0000-4000-8000-000000000001"/></Coding></PlainTextSelection></TextSource></Sources></Project>`;

  it("code points: read as UTF-16 the boundary would split the emoji", () => {
    // "好😀政策": code points 好=0 😀=1 政=2 策=3; the selection 政策 is [2, 4) in code points,
    // but UTF-16 index 2 is inside the surrogate pair of 😀.
    const p = parseRefiXml(qde("ATLAS.ti 9", "好😀政策", 2, 4), "cp.qde");
    expect(p.offsetUnit).toBe("codepoint");
    expect(p.notes[0]).toMatch(/code points, as the REFI-QDA standard says/);
  });

  it("UTF-16: the selection ends past the code-point length", () => {
    const p = parseRefiXml(qde("", "好😀政策", 3, 5), "u16.qde");
    expect(p.offsetUnit).toBe("utf16");
  });

  it("no astral character before any boundary: the origin decides, and the note says so", () => {
    expect(parseRefiXml(qde("NVivo 14", "政策工具😀", 0, 2), "a.qde").offsetUnit).toBe("utf16");
    const standard = parseRefiXml(qde("MAXQDA 2022", "政策工具😀", 0, 2), "b.qde");
    expect(standard.offsetUnit).toBe("codepoint");
    expect(standard.notes[0]).toMatch(/as the writing tool \(MAXQDA 2022\) suggests: the 1 selection\(s\) with texts come before any emoji/);
    expect(parseRefiXml(qde("", "政策", 0, 2), "c.qde").offsetUnit).toBe("unknown");
  });

  it("word edges decide only with a clear margin", () => {
    // Each span: an emoji, then a word; UTF-16 offsets land on the word's edges, code points inside it.
    const text = "😀 alpha beta gamma delta";
    // One span: its UTF-16 reading has 2 word-edge boundaries, the code-point one 1 (8 read as a code
    // point is UTF-16 9, just after a space); too few to decide.
    const one = detectOffsetUnit([{ text, start: 3, end: 8 }], undefined);
    expect(one.unit).toBe("unknown");
    expect(one.note).toMatch(/2 selection boundary\(ies\) after an emoji .* fall on word edges 2 time\(s\) read as UTF-16 units and 1 time\(s\) read as code points, too close to tell/);
    const many = [
      { text, start: 3, end: 8 },
      { text, start: 9, end: 13 },
      { text, start: 14, end: 19 },
    ];
    expect(text.slice(3, 8)).toBe("alpha");
    const decision = detectOffsetUnit(many, undefined);
    expect(decision.unit).toBe("utf16");
    expect(decision.note).toMatch(/6 selection boundaries fall on word edges under that reading against 3 under the other/);
  });
});

describe("REFI-QDA: a .qde alone, a .qdc, and a project whose texts are missing", () => {
  it("a bare .qde lists sources without text and says so; offsets are checked only for start ≤ end", () => {
    const withoutInline = policyQde().replace(/<PlainTextContent>.*<\/PlainTextContent>/, "");
    const p = readForeignProject(tempFile("project.qde", withoutInline));
    expect(p.missingTexts).toEqual(["深圳市新型产业用地管理办法", "杭州市创新型产业用地实施意见", "武汉市新型产业用地分割转让规定"]);
    expect(p.notes.join("\n")).toMatch(/project file without its sources folder: 3 text source\(s\) have no text/);
    expect(p.codings).toHaveLength(10);
    expect(p.offsetUnit).toBe("utf16"); // from the origin, NVivo
    expect(p.notes[0]).toMatch(/no selection could be checked against a text/);
  });

  it("a .qdpx without its text files lists them as missing", () => {
    const entries = policyEntries();
    const p = parseQdpx(zip({ "project.qde": entries["project.qde"] as Uint8Array }), "no-sources.qdpx");
    expect(p.missingTexts).toEqual(["深圳市新型产业用地管理办法", "杭州市创新型产业用地实施意见"]);
    expect(p.notes.join("\n")).toMatch(/2 text source\(s\) have no text in the archive/);
  });

  it("finds the .qde by any case and a lower-case sources/ folder with a .root marker (NVivo Mac)", () => {
    const entries = policyEntries();
    const renamed: Record<string, Uint8Array> = { "sources/.root": new Uint8Array(0) };
    for (const [name, data] of Object.entries(entries)) renamed[name === "project.qde" ? "PROJECT.QDE" : name.replace("Sources/", "sources/")] = data as Uint8Array;
    const p = parseQdpx(zip(renamed), "mac.qdpx");
    expect(p.missingTexts).toEqual([]);
    expect(p.sources[1].text).toContain("😀");
  });
});

describe("REFI-QDA: malformed projects get an InputError naming the file and what is wrong", () => {
  const replaceInQde = (from: string | RegExp, to: string) => {
    const entries = policyEntries();
    entries["project.qde"] = new TextEncoder().encode(policyQde().replace(from, to));
    return zip(entries as Record<string, Uint8Array>);
  };

  it("no .qde in the archive", () => {
    const issue = issueOf(() => parseQdpx(zip({ "sources/a.txt": "x", "readme.md": "y" }), "empty.qdpx"));
    expect(issue.file).toBe("empty.qdpx");
    expect(issue.found).toBe("entries sources/a.txt, readme.md");
    expect(issue.expected).toMatch(/a \.qde project file/);
  });

  it("two .qde files and none named project.qde", () => {
    const issue = issueOf(() => parseQdpx(zip({ "a.qde": "<Project/>", "b.qde": "<Project/>" }), "two.qdpx"));
    expect(issue.expected).toMatch(/exactly one \.qde/);
  });

  it("a coding that points to an unknown code", () => {
    const bad = replaceInQde('<Coding guid="C0D10000-0000-4000-8000-000000000005"><CodeRef targetGUID="C0DE0000-0000-4000-8000-000000000005" />', '<Coding guid="C0D10000-0000-4000-8000-000000000005"><CodeRef targetGUID="DEADBEEF-0000-4000-8000-000000000005" />');
    const issue = issueOf(() => parseQdpx(bad, "bad.qdpx"));
    expect(issue).toMatchObject({ file: "bad.qdpx › project.qde", row: 59, field: "CodeRef@targetGUID", found: "DEADBEEF-0000-4000-8000-000000000005" });
    expect(issue.message).toBe('bad.qdpx › project.qde, row 59, field "CodeRef@targetGUID": found "DEADBEEF-0000-4000-8000-000000000005", expected the guid of a Code in the CodeBook');
  });

  it("a case that points to an unknown source", () => {
    const bad = replaceInQde('<SourceRef targetGUID="0A1B2C3D-0000-4000-8000-00000000D003" />', '<SourceRef targetGUID="0A1B2C3D-0000-4000-8000-00000000D009" />');
    const issue = issueOf(() => parseQdpx(bad, "bad.qdpx"));
    expect(issue).toMatchObject({ row: 45, field: "SourceRef@targetGUID", found: "0A1B2C3D-0000-4000-8000-00000000D009", expected: "the guid of a source under Sources" });
  });

  it("offsets outside the text", () => {
    const bad = replaceInQde('startPosition="28" endPosition="36"', 'startPosition="28" endPosition="37"');
    const issue = issueOf(() => parseQdpx(bad, "bad.qdpx"));
    expect(issue).toMatchObject({ row: 69, field: "PlainTextSelection@endPosition", found: 'start 28, end 37 in source "杭州市创新型产业用地实施意见"' });
    expect(issue.expected).toBe("0 ≤ start ≤ end ≤ 36, the text's length in UTF-16 code units");
  });

  it("start after end, and a negative start", () => {
    const entries = policyEntries() as Record<string, Uint8Array>;
    entries["project.qde"] = new TextEncoder().encode(policyQde().replace('startPosition="4" endPosition="19"', 'startPosition="19" endPosition="4"').replace('startPosition="9"', 'startPosition="-1"'));
    const bad = zip(entries);
    const { issues } = issuesOf(() => parseQdpx(bad, "bad.qdpx"));
    expect(issues.map((i) => [i.row, i.field, i.found])).toEqual([
      [50, "PlainTextSelection@startPosition", 'start 19, end 4 in source "深圳市新型产业用地管理办法"'],
      [76, "PlainTextSelection@startPosition", 'start -1, end 14 in source "武汉市新型产业用地分割转让规定"'],
    ]);
  });

  it("a source text that is not UTF-8 (GBK bytes)", () => {
    const entries = policyEntries() as Record<string, Uint8Array>;
    // "政策" in GBK: D5 FE B2 DF — not valid UTF-8.
    entries["Sources/0A1B2C3D-0000-4000-8000-00000000D002.txt"] = new Uint8Array([0xd5, 0xfe, 0xb2, 0xdf]);
    const issue = issueOf(() => parseQdpx(zip(entries), "gbk.qdpx"));
    expect(issue).toMatchObject({ file: "gbk.qdpx › Sources/0A1B2C3D-0000-4000-8000-00000000D002.txt", row: 1, found: "bytes that are not UTF-8" });
    expect(issue.expected).toMatch(/^UTF-8 text/);
  });

  it("a missing guid, a duplicate guid and a bad position are all reported at once", () => {
    const bad = policyQde()
      .replace('<Code guid="C0DE0000-0000-4000-8000-000000000008"', '<Code guid="C0DE0000-0000-4000-8000-000000000007"')
      .replace('startPosition="38"', 'startPosition="x"')
      .replace('<Variable guid="0A1B2C3D-0000-4000-8000-0000000000B3"', "<Variable");
    const { issues } = issuesOf(() => parseRefiXml(bad, "p.qde"));
    expect(issues.map((i) => [i.row, i.field, i.found])).toEqual([
      [19, "Code@guid", "C0DE0000-0000-4000-8000-000000000007"],
      [26, "Variable@guid", "(missing)"],
      [32, "VariableRef@targetGUID", "0A1B2C3D-0000-4000-8000-0000000000B3"],
      [38, "VariableRef@targetGUID", "0A1B2C3D-0000-4000-8000-0000000000B3"],
      [44, "VariableRef@targetGUID", "0A1B2C3D-0000-4000-8000-0000000000B3"],
      [54, "PlainTextSelection@startPosition", "x"],
    ]);
  });

  it("a root element that is not Project or CodeBook", () => {
    const issue = issueOf(() => parseRefiXml("<html><body/></html>", "page.qde"));
    expect(issue).toMatchObject({ row: 1, found: "<html>" });
    expect(issue.expected).toMatch(/REFI-QDA <Project>/);
  });
});

describe("foreignCounts on awkward projects", () => {
  const base: ForeignProject = {
    file: "m",
    codes: [
      { guid: "a", name: "A", parent: null, codable: true },
      { guid: "b", name: "B", parent: "a", codable: true },
      { guid: "c", name: "C", parent: "b", codable: true },
    ],
    sources: [{ guid: "s1", name: "S1", variables: {} }, { guid: "s2", name: "S2", variables: {} }],
    codings: [
      { source: "s1", code: "c", count: 2 },
      { source: "s2", code: "c", count: 0 }, // zero references: not a file either
      { source: "s2", code: "b" },
      { source: "s1", code: "a" },
    ],
    offsetUnit: "unknown",
    missingTexts: [],
    notes: [],
  };

  it("a count of 0 is neither a reference nor a file; grandparents aggregate through parents", () => {
    expect(foreignCounts(base).map((c) => [c.path.join(">"), c.references, c.files, c.directReferences, c.directFiles])).toEqual([
      ["A", 4, 2, 1, 1],
      ["A>B", 3, 2, 1, 1],
      ["A>B>C", 2, 1, 2, 1],
    ]);
  });

  it("a malformed parent cycle terminates instead of looping", () => {
    const cyclic = { ...base, codes: base.codes.map((c) => (c.guid === "a" ? { ...c, parent: "c" } : c)) };
    // a → c → b → a: every coding reaches all three codes exactly once.
    expect(foreignCounts(cyclic).map((c) => c.references)).toEqual([4, 4, 4]);
  });
});
