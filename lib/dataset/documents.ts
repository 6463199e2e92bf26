import { IssueCollector } from "../errors";
import { parseCsv } from "../io/csv";
import { count, oneOf, text, year, type CellReader } from "../io/fields";
import { expected } from "../messages";
import type { DocumentRow, Region } from "./types";

/** The four economic regions of section 2.3 (note ①), in the order of Table 1. */
export const REGIONS: readonly Region[] = ["northeast", "east", "central", "west"];

/** Chinese labels of the regions as printed in Table 1 and Fig. 5–6. */
export const REGION_LABELS: Readonly<Record<Region, { zh: string; en: string }>> = {
  northeast: { zh: "东北地区", en: "Northeast" },
  east: { zh: "东部地区", en: "East" },
  central: { zh: "中部地区", en: "Central" },
  west: { zh: "西部地区", en: "West" },
};

/** Required columns of documents.csv; `doc_id` and `province` are optional extra columns. */
export const DOCUMENT_COLUMNS = ["row", "region", "place", "place_en", "year", "title"] as const;

/**
 * Parses documents.csv, the document registry (Table 1 of the paper lists 34 of the 68 documents).
 *
 * @example
 * parseDocuments(readUtf8(path), path).filter((d) => d.region === "east").length; // 17
 */
export function parseDocuments(csvText: string, file: string): DocumentRow[] {
  const table = parseCsv(csvText, file, DOCUMENT_COLUMNS);
  const issues = new IssueCollector();
  const reader: CellReader = { file, issues };
  const rows: DocumentRow[] = [];
  for (const row of table.rows) {
    const before = issues.count;
    const parsed = {
      row: count(reader, row, "row"),
      region: row.cells.region === "" ? undefined : oneOf(reader, row, "region", REGIONS),
      place: text(reader, row, "place"),
      place_en: row.cells.place_en,
      year: row.cells.year === "" ? undefined : year(reader, row, "year"),
      title: text(reader, row, "title"),
      ...(row.cells.doc_id ? { doc_id: row.cells.doc_id } : {}),
      ...(row.cells.province ? { province: row.cells.province } : {}),
    };
    if (parsed.region === undefined) delete parsed.region;
    if (parsed.year === undefined) delete parsed.year;
    if (issues.count === before) rows.push(parsed as DocumentRow);
  }
  const ids = new Map<string, number>();
  for (const [i, doc] of rows.entries()) {
    if (doc.doc_id === undefined) continue;
    const line = table.rows[i].line;
    if (ids.has(doc.doc_id)) issues.add({ file, row: line, field: "doc_id", found: doc.doc_id, expected: expected.uniqueDocId(ids.get(doc.doc_id)!) });
    ids.set(doc.doc_id, line);
  }
  issues.throwIfAny();
  return rows;
}
