/**
 * The first worksheet of an .xlsx workbook as a grid of strings, read with the kit's safe zip
 * and XML readers (never the `xlsx` package, which has known CVEs and is only an override for
 * danfojs).
 *
 * The first sheet is the first `<sheet>` of `xl/workbook.xml`, found through its relationship in
 * `xl/_rels/workbook.xml.rels` (falling back to `xl/worksheets/sheet1.xml`). Cells hold shared
 * strings (`t="s"`, an index into `xl/sharedStrings.xml`, rich-text runs joined), inline strings
 * (`t="inlineStr"`), formula strings (`t="str"`), booleans (`t="b"`) or numbers (the `<v>` text as
 * written). Positions come from each cell's `r` reference (`B7`), so skipped empty cells stay empty.
 *
 * Reference: ECMA-376 Part 1 §18.3.1.4 (c), §18.3.1.73 (row), §18.4 (shared strings), §18.2.27
 * (workbook sheets); Part 2 (relationships).
 *
 * @example
 * const file = "/work/shared/reference/refi-examples/novelqualcodes_Int01_ID731_nvivo_matrix_export.xlsx";
 * const sheet = readFirstSheet(readFileSync(file), file);
 * sheet.rows[0][1]; // "A : Int01_ID731"
 * sheet.rows[1];    // ["1 : Doesn't often think about insects", "2"]
 */
import { InputError } from "../errors";
import { inputLimits, limitOption } from "../io/limits";
import { qda } from "../messages";
import { decodeUtf8 } from "./bytes";
import { attr, child, children, descendants, parseXml, type XmlElement } from "./xml";
import { readZip, type ZipLimits } from "./zip";

export interface Sheet {
  /** The sheet's path in the workbook, for messages. */
  part: string;
  /** Rows of cells, "" where empty; row i is spreadsheet row i + 1. */
  rows: string[][];
}

/**
 * Reads the first worksheet; throws {@link InputError} naming the workbook and the part. The
 * sheet's cells (its `<c>` tags) are counted before the sheet is parsed, against the cell limit
 * (`--max-cells`, lib/io/limits.ts).
 */
export function readFirstSheet(bytes: Uint8Array, file: string, limits?: ZipLimits): Sheet {
  const entries = readZip(bytes, file, limits);
  const maxCells = inputLimits().cells;
  const xml = (part: string, countCells = false): XmlElement | undefined => {
    const data = entries.get(part);
    if (data === undefined) return undefined;
    const text = decodeUtf8(data, qda.entryName(file, part));
    const cells = countCells ? cellTags(text, maxCells) : 0;
    if (cells > maxCells) throw new InputError([{ file: qda.entryName(file, part), found: qda.found.atLeastCells(cells), expected: qda.expected.maxCells(maxCells, limitOption("cells")) }]);
    return parseXml(text, qda.entryName(file, part));
  };
  const part = firstSheetPart(xml("xl/workbook.xml"), xml("xl/_rels/workbook.xml.rels"));
  const sheet = xml(part, true);
  if (!sheet) throw new InputError([{ file, found: qda.found.entryList([...entries.keys()]), expected: qda.expected.worksheet }]);
  const strings = sharedStrings(xml("xl/sharedStrings.xml"));
  const rows: string[][] = [];
  let rowIndex = 0;
  let area = 0;
  for (const row of descendants(sheet, "row")) {
    rowIndex = Number(attr(row, "r") ?? rowIndex + 1);
    if (!Number.isInteger(rowIndex) || rowIndex < 1 || rowIndex > MAX_ROWS) throw outside(file, part, row, qda.found.row(attr(row, "r") ?? ""));
    const cells: string[] = [];
    let column = 0;
    for (const cell of children(row, "c")) {
      const ref = attr(cell, "r");
      column = ref ? columnIndex(ref) : column + 1;
      if (column < 1 || column > MAX_COLUMNS) throw outside(file, part, cell, ref ?? qda.found.column(column));
      cells[column - 1] = cellText(cell, strings, qda.entryName(file, part));
    }
    // Cells are stored densely; a sheet of a few filled cells far apart must not allocate millions.
    area += cells.length;
    if (area > maxCells) throw new InputError([{ file: qda.entryName(file, part), found: qda.found.cells(area), expected: qda.expected.maxCells(maxCells, limitOption("cells")) }]);
    rows[rowIndex - 1] = Array.from(cells, (c) => c ?? "");
  }
  return { part, rows: Array.from(rows, (r) => r ?? []) };
}

/** Excel's own sheet limits (ECMA-376: 1 048 576 rows, 16 384 columns, XFD). */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
/**
 * The number of `<c>` start tags (with or without a namespace prefix), counted up to one past
 * `max`: a cheap scan, so a sheet of millions of cells is refused before it is parsed.
 */
function cellTags(text: string, max: number): number {
  const tag = /<(?:[A-Za-z_][\w.-]*:)?c[\s/>]/g;
  let n = 0;
  while (n <= max && tag.exec(text) !== null) n++;
  return n;
}

function outside(file: string, part: string, element: XmlElement, where: string): InputError {
  return new InputError([{ file: qda.entryName(file, part), row: element.line, found: where, expected: qda.expected.cellInSheet(MAX_ROWS, MAX_COLUMNS) }]);
}

/** The worksheet part the workbook lists first. */
function firstSheetPart(workbook: XmlElement | undefined, rels: XmlElement | undefined): string {
  const fallback = "xl/worksheets/sheet1.xml";
  const first = workbook && descendants(workbook, "sheet")[0];
  const id = first && attr(first, "id");
  const target = rels && id ? children(rels, "Relationship").find((r) => attr(r, "Id") === id) : undefined;
  const path = target && attr(target, "Target");
  if (!path) return fallback;
  // Targets are relative to xl/, or absolute from the package root.
  return path.startsWith("/") ? path.slice(1) : `xl/${path.replace(/^\.\//, "")}`;
}

/** Shared strings in order; a rich-text string is its runs' texts joined (phonetic runs left out). */
function sharedStrings(sst: XmlElement | undefined): string[] {
  if (!sst) return [];
  return children(sst, "si").map((si) => [...children(si, "t"), ...children(si, "r").flatMap((r) => children(r, "t"))].map((t) => t.text).join(""));
}

function cellText(cell: XmlElement, strings: readonly string[], part: string): string {
  const type = attr(cell, "t") ?? "n";
  const value = child(cell, "v")?.text ?? "";
  if (type === "inlineStr") {
    const is = child(cell, "is");
    return is ? [...children(is, "t"), ...children(is, "r").flatMap((r) => children(r, "t"))].map((t) => t.text).join("") : "";
  }
  if (type !== "s") return value;
  const index = Number(value);
  if (!Number.isInteger(index) || index < 0 || index >= strings.length) {
    throw new InputError([{ file: part, row: cell.line, field: attr(cell, "r"), found: value, expected: qda.expected.sharedString(strings.length) }]);
  }
  return strings[index];
}

/** 1-based column of a cell reference: A → 1, Z → 26, AA → 27. */
export function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/i.exec(ref)?.[0].toUpperCase() ?? "";
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
