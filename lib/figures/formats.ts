/**
 * The files of one figure in the formats asked for: its SVG as rendered, a PNG at `dpi` (with its
 * pHYs resolution), a vector PDF with the CJK font embedded. One place for both figure writers
 * (./write.ts for the paper's figures, ./scheme-write.ts for a study's).
 *
 * @example
 * const files = await figureFiles("table2-tools", svg, ["svg", "pdf"], { dpi: 300, title: "政策工具编码分布" });
 * files.map((f) => f.file); // ["table2-tools.svg", "table2-tools.pdf"]
 */
import type { TopLevelSpec } from "vega-lite";
import { renderPdf } from "../charts/pdf";
import { renderPng, renderSvg } from "../charts/render";
import { fitToWidth } from "./fit-width";
import type { OutputFile } from "../io/output";

/** The formats a figure is written in. */
export type FigureFormat = "svg" | "png" | "pdf";

/** Every format, in the order files are written. */
export const FIGURE_FORMATS: readonly FigureFormat[] = ["svg", "png", "pdf"];

/** The files of figure `id` rendered as `svg`, in `formats` (in FIGURE_FORMATS order). */
export async function figureFiles(id: string, svg: string, formats: readonly FigureFormat[], options: { dpi: number; title: string }): Promise<OutputFile[]> {
  const files: OutputFile[] = [];
  if (formats.includes("svg")) files.push({ file: `${id}.svg`, body: svg });
  if (formats.includes("png")) files.push({ file: `${id}.png`, body: renderPng(svg, { dpi: options.dpi }) });
  if (formats.includes("pdf")) files.push({ file: `${id}.pdf`, body: await renderPdf(svg, { title: options.title }) });
  return files;
}

/** The SVG of a figure: as laid out, or laid out for a column `widthMm` wide (./fit-width.ts). */
export function figureSvg(spec: TopLevelSpec, widthMm?: number): Promise<string> {
  return widthMm === undefined ? renderSvg(spec) : fitToWidth(spec, widthMm);
}
