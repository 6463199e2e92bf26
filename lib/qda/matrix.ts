/**
 * An NVivo "Export Coding Matrix" (a Matrix Coding Query's result) as a {@link ForeignProject}:
 * codes × items (documents, cases or attribute values) with a count of coding references in
 * each cell, read from .xlsx (first sheet) or CSV (RFC 4180).
 *
 * Shape, as NVivo writes it (checked on a real export, cran/novelqualcodes Int01_ID731.xlsx): the
 * top-left cell is empty, column headers read `A : <label>`, `B : <label>`…, row headers
 * `1 : <label>`, `2 : <label>`…; the prefixes are positions, not content, and are stripped.
 * Which side holds the codes — first rule that applies:
 *  1. the caller says so (`codes: "rows" | "columns"`);
 *  2. only one side has labels with NVivo's hierarchy separator `\` → that side is codes;
 *  3. only one side has labels that all read `Attribute = Value` (how NVivo labels attribute
 *     values) → the OTHER side is codes;
 *  4. otherwise rows are codes: NVivo's default layout and the real export's.
 * A code label may be a path (`Parent\Child` or `Parent/Child`): each segment becomes a code
 * and the parent chain is kept. Items become sources; an `Attribute = Value` item also gets that
 * variable. Empty cells are 0; a cell must be a whole number, since the export does not say which
 * cell content was chosen and only "Coding References" (NVivo's default) adds up to references.
 *
 * Reference: qda-formats.md §0.6, §2.4; NVivo 11 help, "Work with the content of a node matrix".
 *
 * @example
 * const p = parseMatrixCsv(",A : 深圳,B : 武汉\n1 : 工具\\权威,3,0\n", "m.csv");
 * p.codes.map((c) => c.guid); // ["工具", "工具/权威"]
 * p.codings;                  // [{ source: "深圳", code: "工具/权威", count: 3 }]
 */
import { extname } from "node:path";
import { InputError, IssueCollector } from "../errors";
import { parseCsv } from "../io/csv";
import { readUtf8 } from "../io/read-text";
import { qda } from "../messages";
import { readBytes } from "./bytes";
import { CodePaths, splitPath } from "./code-paths";
import type { ForeignCoding, ForeignProject, ForeignSource } from "./types";
import { readFirstSheet } from "./xlsx";
import type { ZipLimits } from "./zip";

export interface MatrixOptions {
  /** Which side holds the codes; detected when absent (see the rules above). */
  codes?: "rows" | "columns";
  /** Separators of a code path (default `\` and `/`). */
  separators?: readonly string[];
  limits?: ZipLimits;
}

/** A table of cells with a way to name each cell's place in the file. */
export interface Grid {
  file: string;
  rows: readonly (readonly string[])[];
  /** The 1-based row (line or spreadsheet row) of grid row `r`. */
  rowNumber(r: number): number;
  /** The field naming column `c` (a cell reference or a column header). */
  field(r: number, c: number): string;
}

/** Reads a matrix export, .xlsx or .csv by extension. */
export function readMatrix(file: string, options: MatrixOptions = {}): ForeignProject {
  return extname(file).toLowerCase() === ".xlsx" ? readMatrixXlsx(file, options) : parseMatrixCsv(readUtf8(file), file, options);
}

/** Reads the first sheet of an .xlsx matrix export. */
export function readMatrixXlsx(file: string, options: MatrixOptions = {}): ForeignProject {
  const sheet = readFirstSheet(readBytes(file, options.limits?.maxTotalBytes), file, options.limits);
  const grid: Grid = { file: qda.entryName(file, sheet.part), rows: sheet.rows, rowNumber: (r) => r + 1, field: (r, c) => `${columnName(c)}${r + 1}` };
  return parseMatrix(grid, options, file);
}

/** Parses a CSV matrix export (the first header cell empty). */
export function parseMatrixCsv(text: string, file: string, options: MatrixOptions = {}): ForeignProject {
  const table = parseCsv(text, file);
  const rows = [table.columns, ...table.rows.map((row) => table.columns.map((c) => row.cells[c]))];
  const lines = [1, ...table.rows.map((row) => row.line)];
  return parseMatrix({ file, rows, rowNumber: (r) => lines[r], field: (_r, c) => table.columns[c] || qda.found.column(c + 1) }, options);
}

/** The matrix of a grid: codes, items and counts, oriented by the rules of the file comment. */
export function parseMatrix(grid: Grid, options: MatrixOptions = {}, projectFile: string = grid.file): ForeignProject {
  const { file } = grid;
  const rows = trimmed(grid.rows);
  if (rows.length < 2 || rows[0].length < 2) throw new InputError([{ file, found: qda.found.matrixSize(rows.length, rows[0]?.length ?? 0), expected: qda.expected.matrixShape }]);
  if (rows[0][0].trim() !== "") throw new InputError([{ file, row: grid.rowNumber(0), field: grid.field(0, 0), found: rows[0][0], expected: qda.expected.emptyCorner }]);
  const columnLabels = rows[0].slice(1).map(stripPosition);
  const rowLabels = rows.slice(1).map((r) => stripPosition(r[0] ?? ""));
  const [codesOn, rule] = orientation(rowLabels, columnLabels, options.codes);
  const issues = new IssueCollector();
  const paths = new CodePaths();
  const separators = options.separators ?? ["\\", "/"];
  const label = (r: number, c: number) => (r === 0 ? columnLabels[c - 1] : rowLabels[r - 1]);
  const codeAt = new Map<number, string>();
  const sourceAt = new Map<number, ForeignSource>();
  const seen = new Map<string, number>();
  // A wholly empty row or column (a spacer in a spreadsheet) is no code and no item.
  const blank = (r: number, c: number) => (r === 0 ? rows.every((row) => (row[c] ?? "").trim() === "") : rows[r].every((cell) => cell.trim() === ""));
  const headers = (side: "rows" | "columns") =>
    (side === "rows" ? rowLabels.map((_, i) => [i + 1, 0] as const) : columnLabels.map((_, i) => [0, i + 1] as const)).filter(([r, c]) => !blank(r, c));
  for (const [r, c] of headers(codesOn)) {
    const path = splitPath(label(r, c), separators);
    const at = codesOn === "rows" ? r : c;
    if (path.length === 0) issues.add({ file, row: grid.rowNumber(r), field: grid.field(r, c), found: label(r, c), expected: qda.expected.codeLabel });
    else if (seen.has(`code:${path.join("/")}`)) issues.add({ file, row: grid.rowNumber(r), field: grid.field(r, c), found: label(r, c), expected: qda.expected.labelOnce });
    else {
      seen.set(`code:${path.join("/")}`, at);
      codeAt.set(at, paths.add(path));
    }
  }
  for (const [r, c] of headers(codesOn === "rows" ? "columns" : "rows")) {
    const name = label(r, c).trim();
    const at = codesOn === "rows" ? c : r;
    if (name === "") issues.add({ file, row: grid.rowNumber(r), field: grid.field(r, c), found: name, expected: qda.expected.itemLabel });
    else if (seen.has(`item:${name}`)) issues.add({ file, row: grid.rowNumber(r), field: grid.field(r, c), found: name, expected: qda.expected.labelOnce });
    else {
      seen.set(`item:${name}`, at);
      sourceAt.set(at, { guid: name, name, variables: attributeValue(name) ?? {} });
    }
  }
  const codings: ForeignCoding[] = [];
  for (let r = 1; r < rows.length; r++) {
    for (let c = 1; c < rows[0].length; c++) {
      const raw = (rows[r][c] ?? "").trim();
      const count = raw === "" ? 0 : /^\d+(\.0+)?$/.test(raw) ? Number(raw) : NaN;
      if (Number.isNaN(count)) issues.add({ file, row: grid.rowNumber(r), field: grid.field(r, c), found: raw, expected: qda.expected.matrixCount });
      const [codeIndex, itemIndex] = codesOn === "rows" ? [r, c] : [c, r];
      const code = codeAt.get(codeIndex);
      const source = sourceAt.get(itemIndex);
      if (count > 0 && code !== undefined && source !== undefined) codings.push({ source: source.guid, code, count });
    }
  }
  issues.throwIfAny();
  return {
    file: projectFile,
    origin: qda.matrixOrigin,
    codes: paths.codes(),
    sources: [...sourceAt.values()],
    codings,
    offsetUnit: "unknown",
    missingTexts: [],
    notes: [qda.note.matrixOrientation(codesOn, rule), qda.note.matrixCells],
  };
}

/** Strips NVivo's position prefix: `A : ` on columns, `12 : ` on rows. */
function stripPosition(label: string): string {
  return label.replace(/^\s*(?:[A-Z]{1,3}|\d+) :(?: |$)/, "").trim();
}

const ATTRIBUTE_VALUE = /^(.+?) = (.*)$/;

function attributeValue(label: string): Record<string, string> | undefined {
  const match = ATTRIBUTE_VALUE.exec(label);
  return match ? { [match[1].trim()]: match[2].trim() } : undefined;
}

/** Which side holds codes, and the number of the rule that decided it. */
export function orientation(rowLabels: readonly string[], columnLabels: readonly string[], forced?: "rows" | "columns"): ["rows" | "columns", number] {
  if (forced) return [forced, 1];
  const hierarchy = (labels: readonly string[]) => labels.some((l) => l.includes("\\"));
  if (hierarchy(rowLabels) !== hierarchy(columnLabels)) return [hierarchy(rowLabels) ? "rows" : "columns", 2];
  const attributes = (labels: readonly string[]) => labels.length > 0 && labels.every((l) => ATTRIBUTE_VALUE.test(l));
  if (attributes(rowLabels) !== attributes(columnLabels)) return [attributes(columnLabels) ? "rows" : "columns", 3];
  return ["rows", 4];
}

/** Drops trailing empty rows and columns (spreadsheets often carry formatted blank cells). */
function trimmed(rows: readonly (readonly string[])[]): string[][] {
  const out = rows.map((r) => [...r]);
  while (out.length > 0 && out[out.length - 1].every((c) => (c ?? "").trim() === "")) out.pop();
  let width = 0;
  for (const r of out) for (let c = r.length - 1; c >= width; c--) if ((r[c] ?? "").trim() !== "") width = c + 1;
  return out.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
}

/** Spreadsheet column letters of a 0-based index: 0 → A, 26 → AA. */
function columnName(c: number): string {
  let name = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
