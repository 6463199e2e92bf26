import { describe, expect, it } from "vitest";
import { compile } from "vega-lite";
import { buildTables, chartBundle, loadDataset, renderPng, renderSvg, toolMixSpec } from "../lib";

const tables = buildTables(loadDataset());

/** Width and height of a PNG from its IHDR chunk. */
const pngSize = (png: Uint8Array) => {
  const view = Buffer.from(png);
  return [view.readUInt32BE(16), view.readUInt32BE(20)];
};

describe("toolMixSpec (Table 2 as a chart)", () => {
  it("is valid vega-lite that compiles, with 10 rows of data", () => {
    const spec = toolMixSpec(tables, { lang: "en" });
    expect(() => compile(spec)).not.toThrow();
    expect((spec.data as { values: unknown[] }).values).toHaveLength(10);
  });

  it("draws one bar per tool and direction, and the Chinese labels", async () => {
    const svg = await renderSvg(toolMixSpec(tables, { lang: "zh" }));
    const bars = /<g class="mark-rect role-mark layer_0_marks"[^>]*>(.*?)<\/g>/s.exec(svg)?.[1] ?? "";
    expect(bars.match(/<path /g)).toHaveLength(10);
    for (const label of ["权威工具", "学习工具", "促进型", "约束型", "71.03%", "4.41%"]) expect(svg).toContain(label); // shares marked as such beside a points axis
  });

  it("renders PNG at 300 dpi from the SVG's CSS size", async () => {
    const svg = await renderSvg(toolMixSpec(tables));
    // The CSS size may be fractional (the canvas is cut to its ink): the PNG is it × 300/96, to the pixel.
    const [w, h] = [/width="([\d.]+)"/, /height="([\d.]+)"/].map((re) => Number(re.exec(svg)![1]));
    const png = renderPng(svg);
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const [pw, ph] = pngSize(png);
    expect(Math.abs(pw - (w * 300) / 96)).toBeLessThanOrEqual(1);
    expect(Math.abs(ph - (h * 300) / 96)).toBeLessThanOrEqual(1);
  });

  it("bundles vega-lite, SVG and PNG for notebooks, the PNG shown at CSS width", async () => {
    const bundle = await chartBundle(toolMixSpec(tables));
    expect(Object.keys(bundle.data).sort()).toEqual(["application/vnd.vegalite.v5+json", "image/png", "image/svg+xml", "text/html", "text/plain"]);
    // The HTML is the same PNG as an <img> at the SVG's width (what nbconvert and an untrusted notebook show).
    expect(bundle.data["text/html"]).toBe(`<img class="toolmix-figure" src="data:image/png;base64,${bundle.data["image/png"]}" width="${/width="(\d+)"/.exec(String(bundle.data["image/svg+xml"]))![1]}" style="max-width:100%;height:auto" alt="${(toolMixSpec(tables).title as { text: string }).text}">`);
    expect(bundle.metadata).toEqual({ "image/png": { width: Number(/width="(\d+)"/.exec(String(bundle.data["image/svg+xml"]))![1]) } });
  });
});
