/**
 * Figures laid out for a journal column (`toolmix figures --width`, lib/figures/fit-width.ts): every
 * figure prints exactly the column wide, with no text overlapping and no more blank canvas than at its
 * own width; a figure that fits is laid out again rather than shrunk (its text keeps its size); one
 * that cannot is shrunk and the command says so; the PDF page is the column's width.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { printedSize } from "../lib/charts/png-resolution";
import { textOverlaps } from "../lib/charts/text-boxes";
import { columnWidth } from "../lib/cli/figures";
import { runCli } from "./helpers/run-cli";
import { fitToWidth, scaleWidths, smallestFontPt } from "../lib/figures/fit-width";
import { FIGURES } from "../lib/figures/registry";
import { legendColumns, rowLegendEntries, wrapLine, wrapTitle } from "../lib/figures/wrap-for-width";
import { textWidth } from "../lib/charts/text-metrics";
import { buildContext } from "../lib/figures/write";

describe("--width", () => {
  it("takes the journal presets and widths in mm, and names a wrong one", () => {
    expect([columnWidth("single"), columnWidth("double"), columnWidth("85mm"), columnWidth("120.5 mm"), columnWidth(undefined)]).toEqual([85, 175, 85, 120.5, undefined]);
    for (const bad of ["85", "3mm", "85cm", "wide", "600mm"]) expect(() => columnWidth(bad)).toThrow(`--width is "${bad}", expected a journal column (single = 85 mm, double = 175 mm)`);
  });
});

describe("scaleWidths", () => {
  it("changes view widths only: heights, steps and data stay as they are", () => {
    fc.assert(
      fc.property(fc.integer({ min: 50, max: 900 }), fc.double({ min: 0.1, max: 3, noNaN: true }), (w, f) => {
        const spec = { width: w, height: 200, data: { values: [{ width: 7 }] }, hconcat: [{ width: w, height: { step: 20 } }, { width: { step: 30 } }] };
        const out = scaleWidths(spec, f);
        const scaled = Math.max(Math.min(w, 100), Math.round(w * f)); // no view narrower than 100 px (or its own width)
        expect(out).toEqual({ width: scaled, height: 200, data: { values: [{ width: 7 }] }, hconcat: [{ width: scaled, height: { step: 20 } }, { width: { step: 30 } }] });
      }),
    );
  });
});

describe("every figure in a single and a double column", () => {
  const context = buildContext("zh", 1, 500);
  const contexts = { zh: context, en: buildContext("en", 1, 500), both: buildContext("both", 1, 500) };
  // In English and in both languages the labels are longest: the single column is where they collide
  // (0 % and 100 % ran together in a 30 px rank-acceptability view).
  for (const [lang, mm] of [["zh", 85], ["zh", 175], ["en", 85], ["both", 85]] as const) {
    it(`is ${mm} mm wide with no overlapping text (${lang})`, async () => {
      const problems: string[] = [];
      for (const def of FIGURES) {
        const svg = await fitToWidth(def.build(contexts[lang]), mm);
        if (Math.abs(printedSize(svg).widthMm - mm) > 0.1) problems.push(`${def.id}: ${printedSize(svg).widthMm} mm`);
        problems.push(...textOverlaps(svg).map(([a, b]) => `${def.id}: "${a.text}" × "${b.text}"`));
      }
      expect(problems).toEqual([]);
    }, 180_000);
  }

  it("lays a figure out again rather than shrinking it: Table 2 keeps 8.25 pt labels in 85 mm", async () => {
    const def = FIGURES.find((f) => f.id === "table2-tools")!;
    const own = await fitToWidth(def.build(context), 190);
    const single = await fitToWidth(def.build(context), 85);
    expect(smallestFontPt(single)).toBeCloseTo(smallestFontPt(own), 1);
    expect(smallestFontPt(single)).toBeGreaterThan(8);
  });
});

describe("titles and legends in a narrow column (wrap-for-width.ts)", () => {
  it("wraps a line at spaces (or between Chinese characters) into lines no wider than asked, losing nothing", () => {
    const word = fc.stringMatching(/^[a-z]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), fc.integer({ min: 60, max: 400 }), (words, px) => {
        const lines = wrapLine(words.join(" "), px, 11);
        expect(lines.join(" ")).toBe(words.join(" "));
        for (const line of lines) if (line.includes(" ")) expect(textWidth(line, 11)).toBeLessThanOrEqual(px);
      }),
    );
    expect(wrapLine("合成语料为教学编造并非论文的文件", 60, 11).join("")).toBe("合成语料为教学编造并非论文的文件");
    expect(wrapLine("short", 300, 11)).toEqual(["short"]);
  });

  it("wraps title and subtitle, and lays one-row legends (below or above) in columns, leaving others alone", () => {
    const spec = { title: { text: "Policy tools by region", subtitle: "synthetic corpus (synthetic-m0), made up for teaching: not the paper's documents" }, mark: "bar" } as never;
    const wrapped = wrapTitle(spec, 200) as unknown as { title: { text: string[]; subtitle: string[] } };
    expect(wrapped.title.subtitle.length).toBeGreaterThan(1);
    expect(wrapped.title.subtitle.join(" ")).toBe("synthetic corpus (synthetic-m0), made up for teaching: not the paper's documents");
    const legends = { encoding: { color: { scale: { domain: ["a", "b", "c"] }, legend: { orient: "bottom" } }, size: { legend: { orient: "right" } } }, data: { values: [{ legend: { orient: "bottom" } }] } };
    expect(rowLegendEntries(legends)).toBe(3);
    const laid = legendColumns(legends, 1);
    expect(laid.encoding.color.legend).toEqual({ orient: "bottom", columns: 1 });
    expect(laid.encoding.size.legend).toEqual({ orient: "right" });
    expect(laid.data).toBe(legends.data); // data is drawn, never laid out
  });

  it("keeps Fig. 5–7 and the nested theme bars at 6 pt or more in an 85 mm column in English (they printed at 3.3–4 pt)", async () => {
    const en = buildContext("en", 1, 500);
    for (const id of ["fig5-region-theme", "fig6-region-tool", "fig7-city-tool", "tables3-7-themes"]) {
      const svg = await fitToWidth(FIGURES.find((f) => f.id === id)!.build(en), 85);
      expect(smallestFontPt(svg), id).toBeGreaterThanOrEqual(6);
      expect(textOverlaps(svg), id).toEqual([]);
    }
  }, 180_000);
});

describe("toolmix figures --width single", () => {
  it("writes the column width into the manifest and the PDF, and names the figures it had to shrink", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "toolmix-width-")), "figures");
    const r = await runCli(["figures", "--width", "single", "--lang", "en", "--format", "pdf", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    expect(manifest.widthMm).toBe(85);
    for (const f of manifest.figures) expect(f.size.widthMm).toBe(85);
    const small = manifest.figures.filter((f: { fontPt: number }) => f.fontPt < 6).map((f: { id: string }) => f.id);
    expect(small.length).toBeGreaterThan(0); // the English bars with long labels cannot keep full size in 85 mm
    expect(r.stdout).toContain(`Note: at 85 mm these figures are too wide to lay out at full text size and print text below 6 pt`);
    for (const id of small) expect(r.stdout).toContain(id);
    // The scenario comparison wraps its panels into one column to keep them readable, and is then
    // taller than a page: the command says so (a new user found three 10 mm panels unflagged).
    const compare = manifest.figures.find((f: { id: string }) => f.id === "scenario-compare");
    expect(compare.size.heightMm).toBeGreaterThan(240);
    expect(r.stdout).toContain("Note: at 85 mm these figures are taller than a journal page (240 mm): ");
    expect(r.stdout).toMatch(/taller than a journal page[^\n]*scenario-compare/);
    if (spawnSync("pdfinfo", ["-v"]).status === 0) {
      const info = execFileSync("pdfinfo", [join(out, "table2-tools.pdf")], { encoding: "utf8" });
      expect(Number(/Page size:\s+([\d.]+)/.exec(info)![1])).toBeCloseTo((85 / 25.4) * 72, 1);
    }
  }, 180_000);
});
