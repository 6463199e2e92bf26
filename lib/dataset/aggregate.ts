import { synth } from "../messages";
import type { DocumentCount, IndexedCodebook, NodeInfo } from "./types";

/** Files (distinct documents) and reference points of one node, recomputed from document-level data. */
export interface NodeTotals {
  files: number;
  points: number;
}

/**
 * Recomputes every node's files and points from document-level counts, as NVivo reports them:
 * a node's points are the points coded at the node itself or at any node below it; its files are
 * the documents with at least one such point, counted once (a union, not a sum of the children's
 * files). Points may sit directly at an internal node (NVivo allows coding at a parent node).
 *
 * "Below" follows the codebook index: a theme's children and grandchildren, a tool's two cells,
 * the root's tools; and for a direction margin (`tools.promotion`), that direction's cell of every
 * tool, since the margin is a cross-cut of the tools rather than a parent in the tree (see
 * `summands` in lib/validate/canonical.ts). Every node of the index gets an entry, in index order;
 * nodes nobody coded get `{ files: 0, points: 0 }`.
 *
 * @example
 * const book = loadDataset().codebook;
 * const totals = aggregateDocumentCounts(book, [
 *   { doc_id: "a", node_id: "authority.promotion", points: 3, line: 2 },
 *   { doc_id: "a", node_id: "incentive.promotion", points: 1, line: 3 },
 *   { doc_id: "b", node_id: "incentive.promotion", points: 2, line: 4 },
 * ]);
 * totals.get("tools.promotion"); // { files: 2, points: 6 }  (documents a and b, each once)
 * totals.get("incentive");       // { files: 2, points: 3 }
 */
export function aggregateDocumentCounts(codebook: IndexedCodebook, documentCounts: readonly DocumentCount[]): Map<string, NodeTotals> {
  const points = new Map<string, number>();
  const documents = new Map<string, Set<string>>();
  for (const id of codebook.nodes.keys()) {
    points.set(id, 0);
    documents.set(id, new Set());
  }
  const targetsOf = new Map<string, readonly string[]>();
  for (const row of documentCounts) {
    if (!codebook.nodes.has(row.node_id)) throw new Error(synth.unknownNode(row.node_id, row.line));
    if (!Number.isInteger(row.points) || row.points < 0) throw new Error(synth.badPoints(row.node_id, row.doc_id, row.points));
    if (row.points === 0) continue; // a row without points codes nothing, so it adds no file either
    let targets = targetsOf.get(row.node_id);
    if (targets === undefined) {
      targets = countingNodes(row.node_id, codebook.nodes);
      targetsOf.set(row.node_id, targets);
    }
    for (const target of targets) {
      points.set(target, points.get(target)! + row.points);
      documents.get(target)!.add(row.doc_id);
    }
  }
  const totals = new Map<string, NodeTotals>();
  for (const id of codebook.nodes.keys()) totals.set(id, { files: documents.get(id)!.size, points: points.get(id)! });
  return totals;
}

/**
 * The nodes a point coded at `nodeId` counts towards: the node, its ancestors, and for a tool
 * cell also its direction's margin. Walking up from the coded node is the same relation as
 * "the node or any descendant" walked down, and costs only the depth of the tree per row.
 */
export function countingNodes(nodeId: string, nodes: ReadonlyMap<string, NodeInfo>): string[] {
  const targets: string[] = [];
  let node = nodes.get(nodeId);
  while (node !== undefined) {
    targets.push(node.id);
    if (node.kind === "cell" && node.direction !== undefined) {
      const margin = `tools.${node.direction}`;
      if (nodes.get(margin)?.kind === "margin") targets.push(margin);
    }
    node = node.parent === null ? undefined : nodes.get(node.parent);
  }
  return targets;
}
