import { IssueCollector } from "../errors";
import { parseCsv } from "../io/csv";
import { count, text, type CellReader } from "../io/fields";
import { expected } from "../messages";
import type { DocumentCount, DocumentRow, IndexedCodebook } from "./types";

/** Columns of document_counts.csv, in order. */
export const DOCUMENT_COUNT_COLUMNS = ["doc_id", "node_id", "points"] as const;

/**
 * Parses document_counts.csv: long format, one row per document and node with at least one
 * point. Document ids must be listed in documents.csv, node ids in the codebook, each pair once.
 *
 * @example
 * parseDocumentCounts(readUtf8(path), path, codebook, documents)[0]; // { doc_id: "d001", node_id: "authority.promotion", points: 12, line: 2 }
 */
export function parseDocumentCounts(csvText: string, file: string, codebook: IndexedCodebook, documents: readonly DocumentRow[]): DocumentCount[] {
  const table = parseCsv(csvText, file, DOCUMENT_COUNT_COLUMNS);
  const issues = new IssueCollector();
  const reader: CellReader = { file, issues };
  const docIds = new Set(documents.map((d) => d.doc_id).filter((id): id is string => id !== undefined));
  const seen = new Map<string, number>();
  const rows: DocumentCount[] = [];
  for (const row of table.rows) {
    const before = issues.count;
    const docId = text(reader, row, "doc_id");
    const nodeId = row.cells.node_id;
    if (docId !== undefined && !docIds.has(docId)) issues.add({ file, row: row.line, field: "doc_id", found: docId, expected: expected.knownDocId });
    if (!codebook.nodes.has(nodeId)) issues.add({ file, row: row.line, field: "node_id", found: nodeId, expected: expected.knownNode });
    const points = count(reader, row, "points");
    if (points === 0) issues.add({ file, row: row.line, field: "points", found: "0", expected: expected.positiveCount });
    const key = `${docId}\u0000${nodeId}`;
    if (seen.has(key)) issues.add({ file, row: row.line, field: "node_id", found: nodeId, expected: expected.oncePerDocument(seen.get(key)!) });
    seen.set(key, row.line);
    if (issues.count === before) rows.push({ doc_id: docId!, node_id: nodeId, points: points!, line: row.line });
  }
  issues.throwIfAny();
  return rows;
}
