import { InputError, IssueCollector } from "../errors";
import { counted, expected } from "../messages";

/** One data row of a CSV file: its 1-based line number and its cells by column name. */
export interface CsvRow {
  line: number;
  cells: Readonly<Record<string, string>>;
}

/** A parsed CSV table: the header as written and the data rows. */
export interface CsvTable {
  file: string;
  columns: readonly string[];
  rows: readonly CsvRow[];
}

/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF line ends) into rows keyed by
 * the header. Blank lines are skipped. A row with a different number of cells than the header
 * (except one that leaves out trailing columns listed in `optionalTrailing`: they read as empty),
 * an unterminated quote, or a header missing one of `required` columns is an error naming the file
 * and line.
 *
 * Reference: RFC 4180, "Common Format and MIME Type for CSV Files".
 *
 * @example
 * parseCsv("a,b\n1,\"x,y\"\n", "t.csv", ["a"]).rows[0].cells.b; // "x,y"
 */
export function parseCsv(text: string, file: string, required: readonly string[] = [], options: { optionalTrailing?: readonly string[] } = {}): CsvTable {
  const records = splitRecords(text, file);
  if (records.length === 0) throw new InputError([{ file, found: "no header row", expected: expected.csvHeader(required) }]);
  const header = records[0];
  const columns = header.cells.map((c) => c.trim());
  const issues = new IssueCollector();
  for (const column of required) {
    if (!columns.includes(column)) {
      issues.add({ file, row: header.line, field: column, found: `columns ${columns.join(", ")}`, expected: expected.column(column) });
    }
  }
  const seen = new Set<string>();
  for (const column of columns) {
    if (seen.has(column)) issues.add({ file, row: header.line, field: column, found: "a repeated column", expected: expected.uniqueColumns });
    seen.add(column);
  }
  issues.throwIfAny();
  const rows: CsvRow[] = [];
  for (const record of records.slice(1)) {
    if (record.cells.length === 1 && record.cells[0].trim() === "") continue;
    if (record.cells.length !== columns.length && !omitsOptional(record.cells.length, columns, options.optionalTrailing ?? [])) {
      issues.add({ file, row: record.line, found: counted(record.cells.length, "cell"), expected: expected.cellCount(columns.length) });
      continue;
    }
    // Header names are user data: a null-prototype record, so a column "__proto__" is a column.
    const cells = Object.create(null) as Record<string, string>;
    columns.forEach((column, i) => (cells[column] = (record.cells[i] ?? "").trim()));
    rows.push({ line: record.line, cells });
  }
  issues.throwIfAny();
  if (rows.length === 0) throw new InputError([{ file, found: "a header without data rows", expected: expected.dataRows }]);
  return { file, columns, rows };
}

/** Whether a row of `count` cells leaves out only trailing columns that may be left out (read as empty). */
function omitsOptional(count: number, columns: readonly string[], optional: readonly string[]): boolean {
  return count < columns.length && count > 0 && columns.slice(count).every((c) => optional.includes(c));
}

interface RawRecord {
  line: number;
  cells: string[];
}

function splitRecords(text: string, file: string): RawRecord[] {
  const records: RawRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        if (ch === "\n") line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell.trim() === "") {
      quoted = true;
      quoteLine = line;
      cell = "";
    } else if (ch === ",") {
      cells.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      cells.push(cell);
      records.push({ line: recordLine, cells });
      cells = [];
      cell = "";
      line++;
      recordLine = line;
    } else {
      cell += ch;
    }
  }
  if (quoted) throw new InputError([{ file, row: quoteLine, found: "a quote that is never closed", expected: expected.closedQuote }]);
  if (cell !== "" || cells.length > 0) {
    cells.push(cell);
    records.push({ line: recordLine, cells });
  }
  return records;
}
