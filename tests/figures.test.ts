import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compile } from "vega-lite";
import { rasterize, renderPng, renderSvg } from "../lib/charts/render";
import { FIGURES } from "../lib/figures/registry";
import { buildContext, writeFigures } from "../lib/figures/write";

const context = buildContext("zh", 1, 2000);
const svgOf = async (id: string) => renderSvg(FIGURES.find((f) => f.id === id)!.build(context));
/** Number of items drawn by a vega mark group whose class contains `role`. */
const marks = (svg: string, mark: string, name: string) => {
  const group = new RegExp(`<g class="mark-${mark} role-mark ${name}"[^>]*>(.*?)</g>`, "s").exec(svg)?.[1] ?? "";
  return (group.match(/<path /g) ?? []).length;
};

describe("figure builders", () => {
  it.each(FIGURES.map((f) => f.id))("%s is valid vega-lite that compiles", (id) => {
    const spec = FIGURES.find((f) => f.id === id)!.build(context);
    expect(spec.$schema).toBe("https://vega.github.io/schema/vega-lite/v5.json");
    expect(() => compile(spec)).not.toThrow();
  });

  it("Tables 3–7: one bar per node (61) and one arc per node in the sunburst, with Chinese labels", async () => {
    const bars = await svgOf("tables3-7-themes");
    expect(marks(bars, "rect", "layer_0_marks")).toBe(61);
    for (const label of ["土地供应", "租售管理", "主体责任", "32.62", "20.54"]) expect(bars).toContain(label);
    const sun = await svgOf("tables3-7-sunburst");
    expect(marks(sun, "arc", "layer_0_marks")).toBe(61);
  });

  it("Fig. 4: the eight cities the text names; only Shenzhen and Nanjing (6.0) have a number to plot", async () => {
    const svg = await svgOf("fig4-plot-ratio");
    for (const city of ["沈阳", "武汉", "杭州", "成都", "广州", "上海", "深圳", "南京"]) expect(svg).toContain(city);
    expect((/<g class="mark-symbol role-mark layer_2_marks"[^>]*>(.*?)<\/g>/s.exec(svg)?.[1].match(/<path /g) ?? []).length).toBe(2);
  });

  it("Fig. 5–7 layouts on the synthetic corpus say SYNTHETIC in the figure itself", async () => {
    for (const id of ["fig5-region-theme", "fig6-region-tool", "fig7-city-tool"]) {
      const svg = await svgOf(id);
      expect(svg).toContain("【合成数据】");
    }
    const svg = await svgOf("fig5-region-theme");
    expect(marks(svg, "rect", "layer_0_marks")).toBe(16);
    for (const region of ["东北地区", "东部地区", "中部地区", "西部地区"]) expect(svg).toContain(region);
  });

  it("the scorecard heatmap has a cell per scenario and criterion", async () => {
    const svg = await svgOf("scorecard-heatmap");
    expect(marks(svg, "rect", "layer_0_marks")).toBe(context.score.scorecards.length * context.score.scorecards[0].criteria.length);
  });
});

describe("rendering", () => {
  it("writes PNG at 300 dpi: the SVG's CSS size × 300/96", async () => {
    const svg = await svgOf("table2-tools");
    const [w, h] = [/width="(\d+)"/, /height="(\d+)"/].map((re) => Number(re.exec(svg)![1]));
    const png = Buffer.from(renderPng(svg));
    // resvg rounds the zoomed size to whole pixels.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Math.round((w * 300) / 96), Math.round((h * 300) / 96)]);
  });

  it("draws Chinese glyphs as ink, not as missing-glyph boxes", () => {
    const text = (t: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><text x="4" y="24" font-size="24" font-family="WenQuanYi Micro Hei">${t}</text></svg>`;
    const ink = (t: string) => {
      const image = rasterize(text(t), 96);
      const px = image.pixels;
      let dark = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i] < 128) dark++;
      return { dark, bytes: Buffer.from(px).toString("base64") };
    };
    const quan = ink("权");
    const wei = ink("威");
    const missing = ink("\uE000"); // a private-use code point: no font has a glyph for it
    expect(quan.dark).toBeGreaterThan(40);
    expect(wei.dark).toBeGreaterThan(40);
    // Missing glyphs all render alike (a box or nothing); real glyphs differ from it and from each other.
    expect(quan.bytes).not.toBe(wei.bytes);
    expect(quan.bytes).not.toBe(missing.bytes);
    expect(wei.bytes).not.toBe(missing.bytes);
  });
});

describe("toolmix figures", () => {
  it("writes every figure as SVG, PNG and spec with a manifest, identical bytes on a second run", { timeout: 120_000 }, async () => {
    const a = mkdtempSync(join(tmpdir(), "toolmix-figs-a-"));
    const b = mkdtempSync(join(tmpdir(), "toolmix-figs-b-"));
    const manifest = await writeFigures({ out: a, lang: "both", draws: 2000 });
    await writeFigures({ out: b, lang: "both", draws: 2000 });
    expect(manifest.figures).toHaveLength(FIGURES.length);
    expect(manifest.documents).toEqual({ id: "synthetic-m0", synthetic: true });
    const files = readdirSync(a).sort();
    expect(files).toHaveLength(FIGURES.length * 3 + 2); // + manifest.json and the kit's marker .toolmix-output.json
    for (const f of files) expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f))), f).toBe(true);
    expect(manifest.figures[0]).toMatchObject({ id: "table2-tools", source: "Table 2" });
  });

  it("refuses to write into data/", async () => {
    await expect(writeFigures({ out: join(__dirname, "..", "data", "figures") })).rejects.toThrow(/data\/figures.*read-only folder/);
  });
});

describe("the README's figure", () => {
  it("is what the kit renders now (docs/table2-tools.png, 144 dpi)", async () => {
    const { toolMixSpec } = await import("../lib/charts/tool-mix");
    const svg = await renderSvg(toolMixSpec(context.tables, { lang: "both" }));
    expect(Buffer.from(renderPng(svg, { dpi: 144 })).equals(readFileSync(join(__dirname, "..", "docs", "table2-tools.png")))).toBe(true);
  });
});
