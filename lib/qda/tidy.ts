/**
 * A generic tidy CSV of codings as a {@link ForeignProject}: one row per document and node, with
 * either a `count` of references or a `segment` (one row per coded segment, its text).
 *
 * Columns: `document`, `node` (required); exactly one of `count` (a whole number ≥ 0) or
 * `segment`; optionally `start` and `end` (both or neither: offsets of the segment); every other
 * column is a document variable (`region`, `city`, `year`, …), which must have one value per
 * document (rows may leave it empty). A node may be a path `A/B/C`: each prefix becomes a code
 * and the parent chain is kept. Offsets have no stated unit; where a segment has an emoji or other
 * astral character, `end − start` equal to its UTF-16 length or to its code-point count tells.
 *
 * Reference: RFC 4180 (read with lib/io/csv.ts); qda-formats.md §2.6 (long-format adapter).
 *
 * @example
 * const p = parseTidyCsv("document,node,count,region\nd1,工具/权威,3,east\n", "t.csv");
 * p.codes.map((c) => c.guid);  // ["工具", "工具/权威"]
 * p.codings;                   // [{ source: "d1", code: "工具/权威", count: 3 }]
 * p.sources[0].variables;      // { region: "east" }
 */
import { InputError, IssueCollector } from "../errors";
import { type CsvRow, parseCsv } from "../io/csv";
import { readUtf8 } from "../io/read-text";
import { qda } from "../messages";
import { CodePaths, splitPath } from "./code-paths";
import { codePointLength } from "./offsets";
import type { ForeignCoding, ForeignProject, ForeignSource, OffsetUnit } from "./types";

export interface TidyOptions {
  /** Separator of node paths (default "/"). */
  separator?: string;
}

const FIXED = ["document", "node", "count", "segment", "start", "end"];

/** Reads a tidy CSV file. */
export function readTidyCsv(file: string, options: TidyOptions = {}): ForeignProject {
  return parseTidyCsv(readUtf8(file), file, options);
}

/** Parses tidy CSV text; `file` names it in errors. */
export function parseTidyCsv(text: string, file: string, options: TidyOptions = {}): ForeignProject {
  const table = parseCsv(text, file, ["document", "node"]);
  const has = (c: string) => table.columns.includes(c);
  if (has("count") === has("segment")) throw new InputError([{ file, row: 1, found: qda.found.columns(table.columns), expected: qda.expected.countOrSegment }]);
  if (has("start") !== has("end")) throw new InputError([{ file, row: 1, found: qda.found.columns(table.columns), expected: qda.expected.startAndEnd }]);
  const variableColumns = table.columns.filter((c) => !FIXED.includes(c));
  const issues = new IssueCollector();
  const paths = new CodePaths();
  const sources = new Map<string, ForeignSource & { lines: Record<string, number> }>();
  const codings: ForeignCoding[] = [];
  const votes = { utf16: 0, codepoint: 0 };
  for (const row of table.rows) {
    const document = row.cells.document;
    const path = splitPath(row.cells.node, [options.separator ?? "/"]);
    if (document === "") issues.add({ file, row: row.line, field: "document", found: document, expected: qda.expected.documentName });
    if (path.length === 0) issues.add({ file, row: row.line, field: "node", found: row.cells.node, expected: qda.expected.nodePath });
    const count = has("count") ? wholeNumber(row, "count", file, issues) : 1;
    const offsets = has("start") ? span(row, file, issues) : undefined;
    if (has("segment") && row.cells.segment === "") issues.add({ file, row: row.line, field: "segment", found: "", expected: qda.expected.segmentText });
    if (document === "" || path.length === 0 || count === undefined || offsets === null) continue;
    // Column names are user data: null-prototype records, so a column "constructor" is no prototype hit.
    const source = sources.get(document) ?? { guid: document, name: document, variables: Object.create(null) as Record<string, string>, lines: Object.create(null) as Record<string, number> };
    sources.set(document, source);
    for (const column of variableColumns) setVariable(source, column, row, file, issues);
    const code = paths.add(path);
    if (count === 0) continue; // a listed code without references: the code exists, no coding
    codings.push({ source: document, code, ...(offsets ?? {}), ...(has("count") ? { count } : {}) });
    if (offsets && has("segment")) vote(row.cells.segment, offsets.end - offsets.start, votes);
  }
  issues.throwIfAny();
  const unit: OffsetUnit = votes.utf16 > 0 && votes.codepoint === 0 ? "utf16" : votes.codepoint > 0 && votes.utf16 === 0 ? "codepoint" : "unknown";
  return {
    file,
    codes: paths.codes(),
    sources: [...sources.values()].map(({ guid, name, variables }) => ({ guid, name, variables })),
    codings,
    offsetUnit: unit,
    missingTexts: [],
    notes: has("start") ? [qda.note.tidyOffsets(unit, votes.utf16, votes.codepoint)] : [],
  };
}

function wholeNumber(row: CsvRow, field: string, file: string, issues: IssueCollector): number | undefined {
  const raw = row.cells[field];
  if (/^\d+$/.test(raw)) return Number(raw);
  issues.add({ file, row: row.line, field, found: raw, expected: qda.expected.count });
  return undefined;
}

/** The row's offsets, undefined when both are empty, null after an issue. */
function span(row: CsvRow, file: string, issues: IssueCollector): { start: number; end: number } | undefined | null {
  if (row.cells.start === "" && row.cells.end === "") return undefined;
  const start = wholeNumber(row, "start", file, issues);
  const end = wholeNumber(row, "end", file, issues);
  if (start === undefined || end === undefined) return null;
  if (start > end) {
    issues.add({ file, row: row.line, field: "end", found: `${end} (start ${start})`, expected: qda.expected.endAfterStart });
    return null;
  }
  return { start, end };
}

function setVariable(source: ForeignSource & { lines: Record<string, number> }, column: string, row: CsvRow, file: string, issues: IssueCollector): void {
  const value = row.cells[column];
  if (value === "") return;
  const before = Object.hasOwn(source.variables, column) ? source.variables[column] : undefined;
  if (before === undefined) {
    source.variables[column] = value;
    source.lines[column] = row.line;
  } else if (before !== value) {
    issues.add({ file, row: row.line, field: column, found: value, expected: qda.expected.oneValuePerDocument(source.name, before, source.lines[column]) });
  }
}

/** A segment with an astral character tells the unit: its length matches one reading only. */
function vote(segment: string, length: number, votes: { utf16: number; codepoint: number }): void {
  const points = codePointLength(segment);
  if (points === segment.length) return;
  if (length === segment.length) votes.utf16++;
  else if (length === points) votes.codepoint++;
}
