import type { Dataset, Dimension, Region } from "../dataset/types";
import { canonicalCounts } from "../validate/canonical";
import { layoutOf, type DimensionLayout } from "./layout";
import { internal } from "../messages";

/** The observed counts a simulation starts from, for one dimension. */
export interface BaselineCounts {
  layout: DimensionLayout;
  /** Points per slot (all documents, or the filtered ones). */
  counts: Float64Array;
  /** Total points (the sum of `counts`). */
  total: number;
  /** Document-level counts (documents × slots, row-major), when the dataset has them. */
  documents?: { ids: readonly string[]; matrix: Float64Array };
}

/** Which documents to keep (document-level data only). */
export interface DocumentFilter {
  region?: Region;
  city?: string;
}

/**
 * The baseline counts of a dimension: from document-level data when the dataset has it (summed
 * over the kept documents), else from the printed aggregate counts of the slots. A filter needs
 * document-level data; the caller reports that (it knows the scenario file).
 *
 * @example
 * baselineCounts(paper, "tools").counts; // [993, 456, 26, 103, 108, 115, 146, 3, 90, 0]
 */
export function baselineCounts(dataset: Dataset, dimension: Dimension, filter: DocumentFilter = {}): BaselineCounts {
  if (dataset.documentCounts.length === 0) {
    if (filter.region || filter.city) throw new Error(internal.filterNeedsDocuments);
    const layout = layoutOf(dataset.codebook, dimension);
    const printed = canonicalCounts(dataset);
    const counts = Float64Array.from(layout.slots, (id) => {
      const row = printed.get(id);
      if (row === undefined) throw new Error(internal.missingCount(dataset.dir, id, dimension));
      return row.points;
    });
    return { layout, counts, total: counts.reduce((a, b) => a + b, 0) };
  }
  const direct = new Set(dataset.documentCounts.map((c) => c.node_id).filter((id) => (dataset.codebook.nodes.get(id)?.children.length ?? 0) > 0));
  const layout = layoutOf(dataset.codebook, dimension, direct);
  const slotIndex = new Map(layout.slots.map((id, i) => [id, i]));
  const kept = dataset.documents.filter((d) => d.doc_id !== undefined && (!filter.region || d.region === filter.region) && (!filter.city || d.place === filter.city));
  const rowOf = new Map(kept.map((d, i) => [d.doc_id!, i]));
  const k = layout.slots.length;
  const matrix = new Float64Array(kept.length * k);
  for (const c of dataset.documentCounts) {
    const row = rowOf.get(c.doc_id);
    const slot = slotIndex.get(c.node_id);
    if (row !== undefined && slot !== undefined) matrix[row * k + slot] += c.points;
  }
  const counts = new Float64Array(k);
  for (let r = 0; r < kept.length; r++) for (let j = 0; j < k; j++) counts[j] += matrix[r * k + j];
  return { layout, counts, total: counts.reduce((a, b) => a + b, 0), documents: { ids: kept.map((d) => d.doc_id!), matrix } };
}
