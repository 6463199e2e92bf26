/**
 * The files of a matrix written to a folder (`toolmix matrix --out DIR`, a study's matrices):
 * the long CSV, the heatmap as vega-lite spec, SVG and 300 dpi PNG, and matrix.json (every
 * passage) last.
 *
 * @example
 * writeOutputFolder("output/m", await matrixOutputFiles(m, chiSquareTest(m.counts)), { kind: "matrix", option: "--out" });
 */
import { matrixHeatmapSpec } from "../charts/matrix";
import { renderPng, renderSvg } from "../charts/render";
import type { OutputFile } from "../io/output";
import type { ChiSquareResult } from "./chi-square";
import { matrixCsv, matrixJson } from "./format";
import type { Matrix } from "./types";

/** The names, in the order they are written. */
export const MATRIX_FILES = ["matrix.csv", "matrix.vl.json", "matrix.svg", "matrix.png", "matrix.json"] as const;

export async function matrixOutputFiles(m: Matrix, test: ChiSquareResult): Promise<OutputFile[]> {
  const spec = matrixHeatmapSpec(m, test);
  const svg = await renderSvg(spec);
  const bodies = [matrixCsv(m, test), `${JSON.stringify(spec, null, 2)}\n`, svg, renderPng(svg), matrixJson(m, test)];
  return MATRIX_FILES.map((file, i) => ({ file, body: bodies[i] }));
}
