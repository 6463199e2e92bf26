import type { Dataset } from "../dataset/types";

/**
 * Whether a parent node may hold codings of its own, beyond its children's (NVivo, QualCoder and
 * every QDA tool let a coder code a passage at a parent node). Decided from what the dataset knows:
 *
 * - document-level data (document_counts.csv): the node has rows of its own there;
 * - an imported or coded dataset without document-level data (dataset.json has `provenance`, as
 *   `toolmix import` and `toolmix code` write it): any node but a direction margin, which is a
 *   cross-cut of the tool cells that nobody codes at;
 * - printed tables (the paper's counts.csv): no node, so a parent above its children's sum stays a
 *   warning (租售管理 prints 20, its children 19);
 * - a synthetic corpus (dataset.json `synthetic: true`, `toolmix synth`): no node either. It stands
 *   in for the printed tables, and places a point at a parent only to reproduce a printed
 *   discrepancy (租售管理 again), which should still be reported as the paper's.
 *
 * @example
 * const direct = directCodings(loadDataset("output/example-import"));
 * direct("land_supply"); // true: document_counts.csv codes 3 points at 土地供应 itself
 * directCodings(loadDataset())("property_rights.lease_sale"); // false: printed tables
 */
export function directCodings(dataset: Dataset): (nodeId: string) => boolean {
  if (dataset.meta.synthetic === true) return () => false;
  if (dataset.documentCounts.length > 0) {
    const coded = new Set(dataset.documentCounts.map((row) => row.node_id));
    return (nodeId) => coded.has(nodeId);
  }
  const provenance = (dataset.meta as { provenance?: unknown }).provenance;
  if (typeof provenance !== "object" || provenance === null) return () => false;
  return (nodeId) => dataset.codebook.nodes.get(nodeId)?.kind !== "margin";
}
