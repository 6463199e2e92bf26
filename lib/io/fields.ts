import type { IssueCollector } from "../errors";
import type { CsvRow } from "./csv";
import { expected, found } from "../messages";

/**
 * Typed readers for CSV cells. Each returns the value, or records an issue naming file, row and
 * field and returns `undefined`, so a loader can report every bad cell of a file at once.
 */
export interface CellReader {
  file: string;
  issues: IssueCollector;
}

/**
 * A whole number ≥ 0 (counts of files and reference points). Empty is an error, and so is a count
 * above Number.MAX_SAFE_INTEGER: beyond it a number no longer holds every whole value exactly (a
 * 400-digit cell would become Infinity), so sums and shares would be silently wrong.
 */
export function count(reader: CellReader, row: CsvRow, field: string): number | undefined {
  const raw = row.cells[field] ?? "";
  if (!/^\d+$/.test(raw)) {
    reader.issues.add({ file: reader.file, row: row.line, field, found: raw, expected: expected.count });
    return undefined;
  }
  const value = Number(raw);
  if (Number.isSafeInteger(value)) return value;
  reader.issues.add({ file: reader.file, row: row.line, field, found: found.digits(raw), expected: expected.countMax });
  return undefined;
}

/** Like {@link count}, but an empty cell means "not printed" and yields `null`. */
export function optionalCount(reader: CellReader, row: CsvRow, field: string): number | null | undefined {
  if ((row.cells[field] ?? "") === "") return null;
  return count(reader, row, field);
}

/** A percentage in [0, 100]; empty means "not printed" and yields `null`. */
export function optionalPercent(reader: CellReader, row: CsvRow, field: string): number | null | undefined {
  const raw = row.cells[field] ?? "";
  if (raw === "") return null;
  const value = /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : Number.NaN;
  if (value >= 0 && value <= 100) return value;
  reader.issues.add({ file: reader.file, row: row.line, field, found: raw, expected: expected.percent });
  return undefined;
}

/** A non-empty text cell. */
export function text(reader: CellReader, row: CsvRow, field: string): string | undefined {
  const raw = row.cells[field] ?? "";
  if (raw !== "") return raw;
  reader.issues.add({ file: reader.file, row: row.line, field, found: "", expected: expected.nonEmpty });
  return undefined;
}

/** One of a fixed set of values. */
export function oneOf<T extends string>(reader: CellReader, row: CsvRow, field: string, allowed: readonly T[]): T | undefined {
  const raw = row.cells[field] ?? "";
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  reader.issues.add({ file: reader.file, row: row.line, field, found: raw, expected: expected.oneOf(allowed) });
  return undefined;
}

/** A four-digit year between `min` and `max`. */
export function year(reader: CellReader, row: CsvRow, field: string, min = 1949, max = 2100): number | undefined {
  const raw = row.cells[field] ?? "";
  const value = /^\d{4}$/.test(raw) ? Number(raw) : Number.NaN;
  if (value >= min && value <= max) return value;
  reader.issues.add({ file: reader.file, row: row.line, field, found: raw, expected: expected.year(min, max) });
  return undefined;
}
