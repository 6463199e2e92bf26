import { aggregateDocumentCounts } from "../dataset/aggregate";
import { InputError } from "../errors";
import { figuresText, scenarioExpected } from "../messages";
import type { Dataset, Dimension } from "../dataset/types";

/** Points of a node within a group of documents, and its share of the group's points in the dimension. */
export interface GroupShare {
  group: string;
  node: string;
  points: number;
  /** Share of the group's points in the dimension (0–1). */
  share: number;
  /** Documents in the group. */
  documents: number;
}

/**
 * Region × node or city × node shares from document-level data (the layouts of the paper's
 * Fig. 5–7): for each group of documents, the points of each node and its share of the group's
 * points in the dimension. Throws when the dataset has no document-level counts.
 *
 * @example
 * groupShares(synthetic, "region", ["land_supply", "land_use", "property_rights", "operation_supervision"], "themes");
 */
export function groupShares(dataset: Dataset, by: "region" | "place", nodes: readonly string[], dimension: Dimension, groups?: readonly string[]): GroupShare[] {
  if (dataset.documentCounts.length === 0) throw new InputError([{ file: dataset.dir, found: figuresText.noDocumentCounts, expected: scenarioExpected.documentLevel }]);
  const keys = groups ?? [...new Set(dataset.documents.map((d) => d[by]).filter((g): g is string => g !== undefined))];
  return keys.flatMap((group) => {
    const docs = new Set(dataset.documents.filter((d) => d[by] === group && d.doc_id !== undefined).map((d) => d.doc_id!));
    const totals = aggregateDocumentCounts(dataset.codebook, dataset.documentCounts.filter((c) => docs.has(c.doc_id)));
    const whole = totals.get(dimension)?.points ?? 0;
    return nodes.map((node) => {
      const points = totals.get(node)?.points ?? 0;
      return { group, node, points, share: whole > 0 ? points / whole : 0, documents: docs.size };
    });
  });
}
