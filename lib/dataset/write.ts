import { existsSync, readFileSync } from "node:fs";
import { csv } from "../io/csv-write";
import { writeOutputFolder } from "../io/output";
import { aggregateDocumentCounts } from "./aggregate";
import { DOCUMENT_COLUMNS } from "./documents";
import { COUNT_COLUMNS } from "./counts";
import type { DocumentCount, DocumentRow, IndexedCodebook } from "./types";
import { internal } from "../messages";

/** What a document-level dataset folder is made of. */
export interface DatasetParts {
  id: string;
  title: string;
  /** Free metadata kept in dataset.json (source file, mapping, unmapped codes, …). */
  provenance?: Record<string, unknown>;
  /** The codebook.json text to write (the kit's codebook, usually copied from data/paper-m0). */
  codebookJson: string;
  codebook: IndexedCodebook;
  documents: ReadonlyArray<DocumentRow & { doc_id: string }>;
  documentCounts: ReadonlyArray<Omit<DocumentCount, "line">>;
}

/**
 * Writes a document-level dataset folder that `loadDataset` reads and every command accepts
 * (tables, simulate, score, figures): dataset.json, codebook.json, documents.csv,
 * document_counts.csv, and counts.csv with each node's files (documents with a point at the node
 * or below — a union) and points (a sum), computed from the document-level counts. Written the
 * safe way of lib/io/output.ts: never into data/, scenarios/, notebooks/ or an input of the command
 * (`options.inputs`), never into a folder the kit did not write unless `options.force`, all files
 * staged and renamed with dataset.json last.
 *
 * @example
 * writeDataset("output/my-project", parts); // then: npx toolmix tables --data output/my-project
 */
export function writeDataset(dir: string, parts: DatasetParts, options: { force?: boolean; inputs?: readonly string[] } = {}): void {
  const totals = aggregateDocumentCounts(parts.codebook, parts.documentCounts as DocumentCount[]);
  const tools = totals.get("tools")?.points ?? 0;
  const themes = totals.get("themes")?.points ?? 0;
  const meta = {
    id: parts.id,
    title: parts.title,
    version: "1.0.0",
    corpus: { documents: parts.documents.length },
    dimensions: { tools: { points: tools }, themes: { points: themes } },
    ...(parts.provenance ? { provenance: parts.provenance } : {}),
  };
  const documents = parts.documents.map((d) => [d.row, d.region ?? "", d.place, d.place_en, d.year ?? "", d.title, d.doc_id, d.province ?? ""]);
  const counts = [...parts.documentCounts].sort((a, b) => (a.doc_id < b.doc_id ? -1 : a.doc_id > b.doc_id ? 1 : a.node_id < b.node_id ? -1 : a.node_id > b.node_id ? 1 : 0));
  const rows = [...parts.codebook.nodes.values()].map((n) => {
    const t = totals.get(n.id) ?? { files: 0, points: 0 };
    return ["computed", n.id, n.label_zh, t.files, t.points, ""];
  });
  // dataset.json last: until it is renamed into place, the folder holds no new dataset.
  writeOutputFolder(
    dir,
    [
      { file: "codebook.json", body: parts.codebookJson },
      { file: "documents.csv", body: csv([...DOCUMENT_COLUMNS, "doc_id", "province"], documents) },
      { file: "document_counts.csv", body: csv(["doc_id", "node_id", "points"], counts.map((c) => [c.doc_id, c.node_id, c.points])) },
      { file: "counts.csv", body: csv(COUNT_COLUMNS, rows) },
      { file: "dataset.json", body: `${JSON.stringify(meta, null, 2)}\n` },
    ],
    { kind: "dataset", option: "--out", force: options.force, inputs: options.inputs },
  );
}

/** The kit's codebook file, to copy into a dataset whose codes were mapped onto it. */
export function kitCodebookJson(codebookFile: string): string {
  if (!existsSync(codebookFile)) throw new Error(internal.noCodebook(codebookFile));
  return readFileSync(codebookFile, "utf8");
}
