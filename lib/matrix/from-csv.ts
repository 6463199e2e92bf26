/**
 * Units from a tidy CSV of coded segments: one row per coding,
 *
 * ```
 * doc_id,segment_id,node_id,text
 * dg,3,authority.constraint,配套用房一律不得分割
 * dg,3,property_rights.subdivision,配套用房一律不得分割
 * ```
 *
 * `doc_id` names the document, `segment_id` the unit within it (a clause or sentence number, any
 * text), `node_id` a node of the kit's codebook (a tool cell, tool or theme); `text` is optional.
 * The rows of one (doc_id, segment_id) are one unit coded at every node they name. Every problem
 * is reported with its row and field.
 *
 * Reference: Wickham, "Tidy data", J. Stat. Softw. 59(10) (2014) — one row per observation.
 *
 * @example
 * parseSegmentsCsv("doc_id,segment_id,node_id\nd,1,authority.promotion\nd,1,land_use\n", "s.csv", codebook)[0].nodes;
 * // ["authority.promotion", "land_use"]
 */
import type { IndexedCodebook } from "../dataset/types";
import { InputError, IssueCollector } from "../errors";
import { parseCsv } from "../io/csv";
import { readUtf8 } from "../io/read-text";
import { matrixText } from "../messages";
import type { MatrixSegment } from "./types";

/** The columns a segments CSV must have. */
export const SEGMENT_COLUMNS = ["doc_id", "segment_id", "node_id"] as const;

/**
 * Reads a segments CSV file.
 *
 * @example
 * readSegmentsCsv("segments.csv", codebook).length; // units in the file
 */
export function readSegmentsCsv(file: string, codebook: IndexedCodebook): MatrixSegment[] {
  return parseSegmentsCsv(readUtf8(file), file, codebook);
}

/**
 * Parses a segments CSV's text; units in order of first appearance.
 *
 * @example
 * parseSegmentsCsv("doc_id,segment_id,node_id\nd,1,land_use\n", "s.csv", codebook).length; // 1
 */
export function parseSegmentsCsv(text: string, file: string, codebook: IndexedCodebook): MatrixSegment[] {
  const { columns } = parseCsv(text, file);
  // A document-level tidy CSV (document,node,count) is a different thing: say so rather than list missing columns.
  if (!columns.includes("doc_id") && columns.includes("document") && columns.includes("node")) {
    throw new InputError([{ file, row: 1, found: matrixText.found.documentLevelCsv(columns), expected: matrixText.expected.segmentsCsv }]);
  }
  const table = parseCsv(text, file, SEGMENT_COLUMNS);
  const issues = new IssueCollector();
  const units = new Map<string, MatrixSegment & { nodes: string[]; lines: Map<string, number> }>();
  for (const { line, cells } of table.rows) {
    const missing = SEGMENT_COLUMNS.find((c) => cells[c] === "");
    if (missing) {
      issues.add({ file, row: line, field: missing, found: "", expected: matrixText.expected.nonEmptyCell(missing) });
      continue;
    }
    const node = codebook.nodes.get(cells.node_id);
    if (!node || node.kind === "root" || node.kind === "margin") {
      issues.add({ file, row: line, field: "node_id", found: cells.node_id, expected: matrixText.expected.codableNode });
      continue;
    }
    const key = `${cells.doc_id}\u0000${cells.segment_id}`;
    const unit = units.get(key) ?? { doc: cells.doc_id, id: cells.segment_id, start: null, end: null, text: "", nodes: [], lines: new Map<string, number>() };
    units.set(key, unit);
    const earlier = unit.lines.get(node.id);
    if (earlier !== undefined) {
      issues.add({ file, row: line, field: "node_id", found: cells.node_id, expected: matrixText.expected.codingOnce(earlier) });
      continue;
    }
    unit.lines.set(node.id, line);
    unit.nodes.push(node.id);
    const body = cells.text ?? "";
    if (body !== "" && unit.text !== "" && body !== unit.text) issues.add({ file, row: line, field: "text", found: body, expected: matrixText.expected.sameText(cells.segment_id) });
    else if (body !== "") unit.text = body;
  }
  issues.throwIfAny();
  return [...units.values()].map(({ lines: _lines, ...unit }) => unit);
}
