import type { CountRow, Dataset, NodeInfo } from "../dataset/types";

/**
 * The counts that stand for each node: its first printed row in counts.csv. A node printed in
 * two places (Tables 3 and 6 both print 抵押及质押) keeps the first; the validator compares the
 * others against it.
 *
 * @example
 * canonicalCounts(paper).get("land_use")?.points; // 345
 */
export function canonicalCounts(dataset: Dataset): ReadonlyMap<string, CountRow> {
  const canonical = new Map<string, CountRow>();
  for (const row of dataset.counts) if (!canonical.has(row.node_id)) canonical.set(row.node_id, row);
  return canonical;
}

/**
 * The nodes whose points add up to a node: a tool's cells or sub-tools, a root's top-level nodes,
 * a theme's children, and for a direction margin (`tools.promotion`) that direction's cell of
 * every leaf tool (in codebook order; for the paper, of each of the five tools).
 *
 * @example
 * summands(paper.codebook.nodes.get("tools.promotion")!, paper.codebook.nodes); // ["authority.promotion", …, "learning.promotion"]
 */
export function summands(node: NodeInfo, nodes: ReadonlyMap<string, NodeInfo>): readonly string[] {
  if (node.kind !== "margin") return node.children;
  const cells: string[] = [];
  for (const other of nodes.values()) if (other.kind === "cell" && other.direction === node.direction) cells.push(other.id);
  return cells;
}
