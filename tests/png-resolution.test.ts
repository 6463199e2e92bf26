/**
 * PNGs carry their resolution (pHYs), so a 300 dpi figure is placed at its size by Word and LaTeX.
 * Checked by reading the chunk back, against Python's zlib.crc32 of the chunk (the CRC by hand
 * would be the same table algorithm), and through a PNG decoder that rejects a bad CRC (resvg).
 */
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { Resvg } from "@resvg/resvg-js";
import { renderPng } from "../lib/charts/render";
import { printedSize, resolutionOf, withResolution } from "../lib/charts/png-resolution";

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="96" height="48"><rect width="48" height="48" fill="#0072B2"/></svg>';

describe("PNG resolution (pHYs)", () => {
  it("is written at 300 dpi by default and at the dpi asked for: 11811 px/m", () => {
    expect(resolutionOf(renderPng(SVG))).toEqual({ dpi: 300, pxPerMetre: 11811 });
    expect(resolutionOf(renderPng(SVG, { dpi: 600 }))).toEqual({ dpi: 600, pxPerMetre: 23622 });
  });

  it("puts one pHYs right after IHDR with a valid CRC, and replaces an earlier one", () => {
    const png = withResolution(renderPng(SVG), 150);
    const types: string[] = [];
    for (let at = 8; at < png.length; ) {
      const length = new DataView(png.buffer, png.byteOffset).getUint32(at);
      types.push(String.fromCharCode(...png.subarray(at + 4, at + 8)));
      at += 12 + length;
    }
    expect(types.slice(0, 2)).toEqual(["IHDR", "pHYs"]);
    expect(types.filter((t) => t === "pHYs")).toHaveLength(1);
    // The chunk's CRC, recomputed independently by Python's zlib over type + data.
    const at = 8 + 25;
    const data = Buffer.from(png.subarray(at + 4, at + 17)).toString("hex");
    const crc = Number(execFileSync("python3", ["-c", `import zlib,sys; print(zlib.crc32(bytes.fromhex("${data}")))`], { encoding: "utf8" }).trim());
    expect(new DataView(png.buffer, png.byteOffset).getUint32(at + 17)).toBe(crc);
    // A decoder still reads it (resvg re-renders the PNG embedded in an SVG).
    const wrapped = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><image width="10" height="10" href="data:image/png;base64,${Buffer.from(png).toString("base64")}"/></svg>`;
    expect(new Resvg(wrapped).render().width).toBe(10);
  });

  it("refuses what is not a PNG", () => {
    expect(() => withResolution(new Uint8Array([1, 2, 3]), 300)).toThrow(/not a PNG/);
    expect(() => withResolution(renderPng(SVG), 0)).toThrow(/dpi must be a positive number/);
  });
});

describe("printed size", () => {
  it("is the SVG's CSS size at 96 px per inch, in mm to 0.1 (322 px = 85.2 mm, a single journal column)", () => {
    // By hand: 322 / 96 × 25.4 = 85.197…; 200 / 96 × 25.4 = 52.916…
    expect(printedSize('<svg class="marks" width="322" height="200" viewBox="0 0 322 200">')).toEqual({ widthMm: 85.2, heightMm: 52.9 });
  });
});
