import { IssueCollector } from "../errors";
import { parseCsv } from "../io/csv";
import { optionalCount, optionalPercent, count, text, type CellReader } from "../io/fields";
import { expected } from "../messages";
import type { CountRow, IndexedCodebook } from "./types";

/** Columns of counts.csv, in order. */
export const COUNT_COLUMNS = ["source", "node_id", "label_printed", "files", "points", "pct_printed"] as const;

/**
 * Parses counts.csv: one row per node per place it is printed (a table or a sentence of the text).
 *
 * Every node id must exist in the codebook, and a node may appear only once per source (the same
 * node printed in two tables, like 抵押及质押 in Tables 3 and 6, is two rows with two sources).
 * Counts are whole numbers ≥ 0; printed shares lie in [0, 100].
 *
 * @example
 * const rows = parseCounts(readUtf8(path), path, codebook);
 * rows.find((r) => r.node_id === "authority")?.points; // 1449
 */
export function parseCounts(csvText: string, file: string, codebook: IndexedCodebook): CountRow[] {
  const table = parseCsv(csvText, file, COUNT_COLUMNS);
  const issues = new IssueCollector();
  const reader: CellReader = { file, issues };
  const seen = new Map<string, number>();
  const rows: CountRow[] = [];
  for (const row of table.rows) {
    const before = issues.count;
    const source = text(reader, row, "source");
    const nodeId = row.cells.node_id;
    if (!codebook.nodes.has(nodeId)) issues.add({ file, row: row.line, field: "node_id", found: nodeId, expected: expected.knownNode });
    const key = `${source}\u0000${nodeId}`;
    if (seen.has(key)) issues.add({ file, row: row.line, field: "node_id", found: nodeId, expected: expected.oncePerSource(source ?? "", seen.get(key)!) });
    seen.set(key, row.line);
    const files = optionalCount(reader, row, "files");
    const points = count(reader, row, "points");
    const pct = optionalPercent(reader, row, "pct_printed");
    if (issues.count > before) continue;
    rows.push({ source: source!, node_id: nodeId, label_printed: row.cells.label_printed, files: files!, points: points!, pct_printed: pct!, line: row.line });
  }
  issues.throwIfAny();
  return rows;
}
