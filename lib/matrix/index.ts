/**
 * The X–Y matrix (NVivo's matrix coding query): any two dimensions of the codebook (tools, themes,
 * at a chosen level) or a dimension × a document variable (region, year, place, province), with
 * units and files per cell, row and column shares, the passages behind every cell, and Pearson's
 * chi-square test of independence with Cramér's V and standardized residuals.
 *
 * @example
 * import { matrixSource, buildMatrix, chiSquareTest, formatMatrix } from "./matrix";
 * const src = matrixSource(["data/examples/m0-example.qdpx"]);
 * const m = buildMatrix(src.segments, { ...src, rows: { kind: "nodes", dimension: "tools", level: 1 }, cols: { kind: "nodes", dimension: "themes", level: 1 } });
 * console.log(formatMatrix(m, chiSquareTest(m.counts)));
 */
export { buildMatrix, type MatrixOptions } from "./crosstab";
export { chiSquareTest, type ChiSquareResult } from "./chi-square";
export { chiSquareUpperTail, lnGamma, upperGammaQ } from "./incomplete-gamma";
export { DIMENSION_NAMES, dimensionSpec, resolveDimension, type ResolvedDimension } from "./dimension";
export { formatMatrix, matrixCsv, matrixJson, type FormatOptions } from "./format";
export { segmentsFromCoder } from "./from-coder";
export { segmentsFromProject } from "./from-project";
export { parseSegmentsCsv, readSegmentsCsv, SEGMENT_COLUMNS } from "./from-csv";
export { matrixSource, type MatrixSource } from "./source";
export type { CountUnit, CrossTab, DimensionSpec, DocumentVariable, DocumentVariables, Matrix, MatrixSegment, Passage } from "./types";
