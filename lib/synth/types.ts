/**
 * Types of the synthetic document-level corpus: a made-up set of 68 documents whose NVivo-style
 * totals equal the paper's printed margins, for bootstrap demonstrations and teaching. Nothing in
 * it is a claim about the real documents.
 *
 * @example
 * const corpus: SyntheticCorpus = synthesizeCorpus(loadDataset(), 7);
 * corpus.documents.length; // 68
 */
import type { NodeTotals } from "../dataset/aggregate";
import type { CountRow, DatasetMeta, DocumentCount, DocumentRow, IndexedCodebook, Region } from "../dataset/types";

/** A document of the synthetic registry: Table 1's listed documents and the invented ones. */
export interface SyntheticDocument extends DocumentRow {
  /** Every synthetic document has a region (section 2.3's statements are about regions). */
  region: Region;
  /** Every synthetic document has a year of issue. */
  year: number;
  doc_id: string;
  province: string;
  /** True for the 34 documents invented here; false for the 34 listed in Table 1. */
  invented: boolean;
}

/** Points coded directly at an internal node, with the reason (the paper's own inconsistency). */
export interface DirectCoding {
  doc_id: string;
  node_id: string;
  points: number;
  reason: string;
}

/** Each region's share of a dimension's points per top-level group (tool or parent theme), in percent. */
export type RegionalShares = Record<"tools" | "themes", Record<Region, Record<string, number>>>;

/** One statement of section 2.3.2 checked on the corpus: how far inside its bound it lies. */
export interface StatementResult {
  id: string;
  claim: string;
  /** Percentage points inside the bound (> 0: the statement holds). */
  slack: number;
  holds: boolean;
}

/** A synthetic corpus and everything needed to write it as a dataset folder. */
export interface SyntheticCorpus {
  seed: number;
  /** Which deterministic attempt (0-based) met every constraint. */
  attempt: number;
  kitVersion: string;
  /** The dataset whose margins were reproduced (the paper's). */
  source: {
    id: string;
    meta: DatasetMeta;
    counts: readonly CountRow[];
    /** codebook.json of the source, byte for byte, so the synthetic folder carries the same codebook. */
    codebookJson: string;
  };
  codebook: IndexedCodebook;
  /** 68 documents in registry order: Table 1's 34 (t01…t34), then the invented 34 (s01…s34). */
  documents: readonly SyntheticDocument[];
  /** One row per document and node with ≥ 1 point, sorted by document then codebook order; `line` as written. */
  documentCounts: readonly DocumentCount[];
  directCodings: readonly DirectCoding[];
  /** aggregateDocumentCounts over `documentCounts`: what counts.csv will carry. */
  totals: ReadonlyMap<string, NodeTotals>;
  shares: RegionalShares;
  statements: readonly StatementResult[];
}
