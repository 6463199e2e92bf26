/**
 * PDF figures (lib/charts/pdf.ts, `toolmix figures --format pdf`): one page of the figure's printed
 * size, the CJK font embedded and mapped to Unicode (poppler's pdftotext reads the Chinese labels
 * back, pdffonts lists the font as embedded), the same bytes twice; and the CLI writes them with the
 * manifest and names a wrong --format.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderPdf } from "../lib/charts/pdf";
import { renderSvg } from "../lib/charts/render";
import { toolMixSpec } from "../lib/charts/tool-mix";
import { loadDataset } from "../lib/dataset/load";
import { buildTables } from "../lib/tables/build";
import { runCli } from "./helpers/run-cli";

const poppler = spawnSync("pdftotext", ["-v"]).status === 0;
const dir = mkdtempSync(join(tmpdir(), "toolmix-pdf-"));

describe("renderPdf", async () => {
  const svg = await renderSvg(toolMixSpec(buildTables(loadDataset())));
  const pdf = await renderPdf(svg, { title: "政策工具编码分布" });
  const file = join(dir, "table2.pdf");
  writeFileSync(file, pdf);

  it("is one page of the SVG's printed size (1 CSS px = 0.75 pt), the same bytes every time", async () => {
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
    const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)![1]) * 0.75;
    const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)![1]) * 0.75;
    const text = Buffer.from(pdf).toString("latin1");
    expect(text.match(/\/Type \/Page\b/g)).toHaveLength(1);
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(text)!;
    expect([Number(box[1]), Number(box[2])]).toEqual([width, height]);
    expect(Buffer.from(await renderPdf(svg, { title: "政策工具编码分布" })).equals(Buffer.from(pdf))).toBe(true);
  });

  it("embeds the CJK font as a subset with a Unicode map", () => {
    const text = Buffer.from(pdf).toString("latin1");
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+WenQuanYiMicroHei/); // a subset: six-letter tag
    expect(text).toContain("/FontFile2");
    expect(text).toContain("/ToUnicode");
  });

  it.runIf(poppler)("reads back as text: the Chinese labels are selectable (pdftotext, pdffonts)", () => {
    const words = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
    for (const label of ["权威工具", "激励工具", "学习工具", "Authority", "71.03"]) expect(words).toContain(label);
    const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" }).split("\n")[2];
    expect(fonts).toMatch(/WenQuanYiMicroHei\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/); // embedded, subset, unicode
  });

  it("says what an SVG without a size lacks", async () => {
    await expect(renderPdf("<svg><rect/></svg>")).rejects.toThrow(/no width and height/);
  });
});

describe("toolmix figures --format pdf", () => {
  it("writes a PDF of every figure, listed in the manifest with its SHA-256", async () => {
    const out = join(dir, "figures");
    const r = await runCli(["figures", "--format", "pdf", "--lang", "zh", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    for (const f of manifest.figures) {
      expect(f.files.map((x: { file: string }) => x.file)).toEqual([`${f.id}.vl.json`, `${f.id}.pdf`]);
      expect(readFileSync(join(out, `${f.id}.pdf`)).subarray(0, 5).toString()).toBe("%PDF-");
    }
  }, 120_000);

  it("names a format it does not write", async () => {
    const r = await runCli(["figures", "--format", "svg,eps", "--out", join(dir, "bad")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format is "svg,eps", expected one or more of svg, png and pdf');
  });
});
