import type { Dimension, IndexedCodebook } from "../dataset/types";
import { summands } from "../validate/canonical";

/** How a dimension's points are laid out: the slots that carry points, and each node's slots. */
export interface DimensionLayout {
  dimension: Dimension;
  /** Node ids that carry points directly, in codebook order: tool cells; theme leaves (and internal theme nodes coded directly). */
  slots: readonly string[];
  /** For every node of the dimension, the indices of the slots in its subtree (for margins: that direction's cells). */
  members: ReadonlyMap<string, Int32Array>;
}

/**
 * The slot layout of a dimension. Slots are the nodes points attach to: the ten tool × direction
 * cells, and the theme nodes without children; `direct` adds internal nodes that documents code
 * directly (NVivo allows coding at a parent). A node's share is the sum of its slots' shares.
 *
 * @example
 * const tools = layoutOf(paper.codebook, "tools");
 * tools.slots.length;                    // 10
 * [...tools.members.get("authority")!]; // [0, 1]
 */
export function layoutOf(codebook: IndexedCodebook, dimension: Dimension, direct: ReadonlySet<string> = new Set()): DimensionLayout {
  const slots: string[] = [];
  const walk = (id: string) => {
    const node = codebook.nodes.get(id)!;
    if (node.children.length === 0 || direct.has(id)) slots.push(id);
    node.children.forEach(walk);
  };
  walk(dimension);
  const index = new Map(slots.map((id, i) => [id, i]));
  const members = new Map<string, Int32Array>();
  const collect = (id: string): number[] => {
    const node = codebook.nodes.get(id)!;
    const own = index.has(id) ? [index.get(id)!] : [];
    return [...own, ...summands(node, codebook.nodes).flatMap(collect)];
  };
  for (const node of codebook.nodes.values()) {
    if (node.dimension === dimension) members.set(node.id, Int32Array.from(collect(node.id)));
  }
  return { dimension, slots, members };
}
