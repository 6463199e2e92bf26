/**
 * Renderings of an X–Y matrix and its test: plain text for a terminal (the table with units and
 * row shares, files, the chi-square line, the largest standardized residuals and the first
 * passages of every cell) and the long CSV (one row per cell).
 *
 * Reference: Agresti (2013) §2.4.5 and §3.3.1 on reading adjusted residuals beyond ±2.
 *
 * @example
 * console.log(formatMatrix(matrix, chiSquareTest(matrix.counts)));
 * writeFileSync("matrix.csv", matrixCsv(matrix, chiSquareTest(matrix.counts)));
 */
import { csv } from "../io/csv-write";
import { matrixText as text } from "../messages";
import { displayWidth, pad } from "../util/text-width";
import type { ChiSquareResult } from "./chi-square";
import type { Matrix } from "./types";

/** Options of {@link formatMatrix}. */
export interface FormatOptions {
  /** Passages shown per cell (default 3). */
  passages?: number;
  /** Characters of a passage shown (default 60). */
  width?: number;
  /** Residuals listed (default 5). */
  residuals?: number;
}

/**
 * The text report.
 *
 * @example
 * formatMatrix(m, chiSquareTest(m.counts)).split("\n")[0]; // "X–Y matrix: tools (level 1) × themes (level 1) — …"
 */
export function formatMatrix(m: Matrix, test: ChiSquareResult, options: FormatOptions = {}): string {
  const cap = options.passages ?? 3;
  const out: string[] = [
    text.text.title(side(m.rowDimension, m.rowLevel), side(m.colDimension, m.colLevel), m.source),
    text.text.unit(m.unit, m.units, m.documents, m.rule),
    ...(m.unitNote ? [`${m.unitNote[0].toUpperCase()}${m.unitNote.slice(1)}.`] : []),
    text.text.multi,
    "",
  ];
  const share = (x: number | null) => (x === null ? "" : ` (${(100 * x).toFixed(1)} %)`);
  out.push(grid(["", ...m.colLabels, text.text.total], [
    ...m.rowLabels.map((label, i) => [label, ...m.counts[i].map((x, j) => `${x}${share(m.rowShares[i][j])}`), String(m.rowTotals[i])]),
    [text.text.total, ...m.colTotals.map(String), String(m.total)],
  ]));
  out.push("", text.text.files);
  out.push(grid(["", ...m.colLabels, text.text.total], [
    ...m.rowLabels.map((label, i) => [label, ...m.files[i].map(String), String(m.rowFiles[i])]),
    [text.text.total, ...m.colFiles.map(String), String(m.documents)],
  ]));
  out.push("", ...testLines(m, test, options.residuals ?? 5));
  out.push("", text.text.passages(cap));
  m.rowLabels.forEach((rl, i) =>
    m.colLabels.forEach((cl, j) => {
      const list = m.passages[i][j];
      if (list.length === 0) return;
      out.push(`  ${text.text.cellHeader(rl, cl, list.length, m.files[i][j])}`);
      for (const p of list.slice(0, cap)) out.push(`    ${p.title ?? p.doc} ${p.start === null ? `#${p.segment}` : `[${p.start}, ${p.end})`} ${clip(p.text, options.width ?? 60)}`);
      if (list.length > cap) out.push(`    ${text.text.more(list.length - cap)}`);
    }),
  );
  const notes = m.notes.filter((n) => n !== m.unitNote);
  if (notes.length > 0) out.push("", "Notes:", ...notes.map((n) => `  - ${n}`));
  return `${out.join("\n")}\n`;
}

/** The chi-square line, its warning, what was dropped, and the largest standardized residuals (text and HTML alike). */
export function testLines(m: Matrix, test: ChiSquareResult, top: number): string[] {
  if (test.statistic === null || test.df === null || test.pValue === null || test.cramersV === null) return [text.text.chiNone(test.notDefined ?? "")];
  const lines = [text.text.chi(test.statistic.toFixed(2), test.df, pValue(test.pValue), test.cramersV.toFixed(3), test.n)];
  if (test.warning) lines.push(`  warning: ${test.warning}`);
  if (test.droppedRows.length > 0) lines.push(`  ${text.test.dropped(m.rowDimension, test.droppedRows.map((i) => m.rowLabels[i]))}`);
  if (test.droppedCols.length > 0) lines.push(`  ${text.test.dropped(m.colDimension, test.droppedCols.map((j) => m.colLabels[j]))}`);
  const cells = test.stdres.flatMap((row, i) => row.map((r, j) => ({ i, j, r }))).filter((c): c is { i: number; j: number; r: number } => c.r !== null && Math.abs(c.r) > 2);
  cells.sort((a, b) => Math.abs(b.r) - Math.abs(a.r) || a.i - b.i || a.j - b.j);
  if (cells.length === 0) return [...lines, text.text.noResiduals];
  lines.push(text.text.residuals);
  for (const c of cells.slice(0, top)) {
    lines.push(`  ${m.rowLabels[c.i]} × ${m.colLabels[c.j]}: ${c.r > 0 ? "+" : ""}${c.r.toFixed(2)} (${m.counts[c.i][c.j]} observed, ${test.expected[c.i][c.j]!.toFixed(1)} expected)`);
  }
  return lines;
}

/**
 * The long table: one row per cell with units, files, row and column shares, expected count and
 * standardized residual, empty where not defined; `note` says why (a row or column without
 * units has no share and is left out of the test), so a blank is never a silent gap.
 *
 * @example
 * matrixCsv(m, test).split("\n")[0]; // "row,row_label,col,col_label,units,files,row_share,col_share,expected,stdres,note"
 */
export function matrixCsv(m: Matrix, test: ChiSquareResult): string {
  const num = (x: number | null) => (x === null ? "" : String(Math.round(x * 1e6) / 1e6));
  const droppedRows = new Set(test.droppedRows);
  const droppedCols = new Set(test.droppedCols);
  const note = (i: number, j: number): string => {
    if (droppedRows.has(i) || droppedCols.has(j)) return text.csvNote.noUnits(droppedRows.has(i), droppedCols.has(j));
    return test.statistic === null ? text.csvNote.noTest : "";
  };
  const rows = m.rowIds.flatMap((r, i) =>
    m.colIds.map((c, j) => [r, m.rowLabels[i], c, m.colLabels[j], m.counts[i][j], m.files[i][j], num(m.rowShares[i][j]), num(m.colShares[i][j]), num(test.expected[i][j]), num(test.stdres[i][j]), note(i, j)]),
  );
  return csv(["row", "row_label", "col", "col_label", "units", "files", "row_share", "col_share", "expected", "stdres", "note"], rows);
}

/**
 * What `--json` prints and matrix.json holds: the matrix (with every passage) and the test.
 *
 * @example
 * JSON.parse(matrixJson(m, test)).test.df; // 2
 */
export function matrixJson(m: Matrix, test: ChiSquareResult): string {
  return `${JSON.stringify({ matrix: m, test }, null, 2)}\n`;
}

/** "tools (level 1)", or a variable's name. */
export function side(name: string, level: number | null): string {
  return level === null ? name : `${name} (level ${level})`;
}

function pValue(p: number): string {
  return p < 0.001 ? p.toExponential(2) : p.toFixed(4);
}

/** A passage on one line, cut after `width` characters with an ellipsis. */
export function clip(s: string, width: number): string {
  const flat = s.replace(/\s+/g, " ").trim();
  const chars = Array.from(flat);
  return chars.length > width ? `${chars.slice(0, width).join("")}…` : flat;
}

function grid(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, k) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[k]))));
  const line = (cells: readonly string[]) => cells.map((c, k) => pad(c, widths[k], k === 0 ? "left" : "right")).join("  ").trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}
