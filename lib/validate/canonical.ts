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
 * The nodes whose points add up to a node: a tool's cells, a root's top-level nodes, a theme's
 * children, and for a direction margin (`tools.promotion`) that direction's cell of every tool.
 */
export function summands(node: NodeInfo, nodes: ReadonlyMap<string, NodeInfo>): readonly string[] {
  if (node.kind !== "margin") return node.children;
  const root = nodes.get("tools");
  return (root?.children ?? []).map((tool) => `${tool}.${node.direction}`);
}
