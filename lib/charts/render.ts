import { withResolution } from "./png-resolution";
import { existsSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { useCjkTextMetrics } from "./text-metrics";
import { inkBox, trimmedSvg } from "./trim";
import { internal } from "../messages";

/**
 * CJK fonts the PNG renderer loads explicitly (system fonts are not scanned, so output does not
 * depend on what else a machine has installed). Setup installs the first from Debian.
 */
export const CJK_FONT_FILES = ["/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"];

/** The PostScript name of the regular face inside each collection of CJK_FONT_FILES. */
const CJK_FACES: Readonly<Record<string, string>> = {
  "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc": "WenQuanYiMicroHei",
  "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc": "NotoSansCJKsc-Regular",
};

/**
 * The first installed CJK font (file and face), the one the PDF embeds and text is measured with;
 * throws naming the files looked for when none is installed.
 */
export function cjkFont(): { file: string; face: string } {
  const file = CJK_FONT_FILES.find((f) => existsSync(f));
  if (file === undefined) throw new Error(internal.noCjkFont(CJK_FONT_FILES));
  return { file, face: CJK_FACES[file] };
}

/**
 * Compiles a vega-lite spec and renders it headlessly to SVG, with CJK-aware text widths, its canvas
 * cut to the drawing (./trim.ts).
 *
 * @example
 * const svg = await renderSvg(toolMixSpec(buildTables(loadDataset())));
 * svg.startsWith("<svg"); // true
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  useCjkTextMetrics();
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: "none" });
  try {
    const svg = renumberIds(await view.toSVG());
    // Cut the blank strips the conservative text estimate leaves (./trim.ts).
    const image = rasterize(svg, 96);
    const box = inkBox(image.pixels, image.width, image.height);
    return box === null ? svg : trimmedSvg(svg, box);
  } finally {
    view.finalize();
  }
}

/**
 * vega numbers gradient and clip ids with a counter that lives as long as the process, so the
 * same chart rendered twice in one notebook or run would differ in bytes. Renumber them from 1 in
 * order of appearance within each SVG.
 */
function renumberIds(svg: string): string {
  const ids = new Map<string, string>();
  return svg.replace(/\b(gradient_|clip|pattern_)(\d+)\b/g, (whole, prefix: string) => {
    if (!ids.has(whole)) ids.set(whole, `${prefix}${[...ids.keys()].filter((k) => k.startsWith(prefix)).length + 1}`);
    return ids.get(whole)!;
  });
}

/**
 * Renders SVG to PNG at `dpi` (default 300; the SVG's CSS pixels are taken at 96 per inch) with
 * the CJK font loaded explicitly, so Chinese labels render as glyphs and bytes are stable, and
 * with that resolution written into the file (pHYs, ./png-resolution.ts).
 * Throws if no CJK font is installed: a PNG with empty boxes must not pass silently.
 *
 * @example
 * const png = renderPng(await renderSvg(spec)); // Uint8Array starting with the PNG signature
 */
export function renderPng(svg: string, options: { dpi?: number } = {}): Uint8Array {
  const dpi = options.dpi ?? 300;
  // resvg writes no resolution: without pHYs, Word and LaTeX place a 300 dpi PNG at 72–96 dpi.
  return withResolution(rasterize(svg, dpi).asPng(), dpi);
}

/** The rendered image (RGBA pixels, width, height) behind {@link renderPng}; tests inspect its ink. */
export function rasterize(svg: string, dpi: number) {
  const fonts = CJK_FONT_FILES.filter((f) => existsSync(f));
  if (fonts.length === 0) {
    throw new Error(internal.noCjkFont(CJK_FONT_FILES));
  }
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: dpi / 96 },
    background: "white",
    font: { fontFiles: fonts, loadSystemFonts: false, defaultFontFamily: "WenQuanYi Micro Hei", sansSerifFamily: "WenQuanYi Micro Hei" },
  });
  return resvg.render();
}
