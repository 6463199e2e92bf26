import type { DocumentCount, DocumentRow } from "../dataset/types";
import { InputError } from "../errors";
import { expected, measureText } from "../messages";
import { pielou } from "./evenness";
import { giniSimpson } from "./gini-simpson";
import { hillNumber } from "./hill";
import { shannon } from "./shannon";
import { simpson } from "./simpson";
import { defined } from "./value";
import type { MeasureValue } from "./types";

/** The balance measures `measuresByGroup` computes, in this order. */
export const GROUP_MEASURES = ["points", "shannon", "evenness", "simpson", "giniSimpson", "hill1", "hill2"] as const;
export type GroupMeasure = (typeof GROUP_MEASURES)[number];

/** How documents are grouped: one group per document, per region or year of the registry, or by a function (undefined: not recorded). */
export type GroupBy = "document" | "region" | "year" | ((doc: DocumentRow) => string | undefined);

/** A category the mix is measured across (a tool), with the nodes whose points it sums (its cells); `nodes` defaults to `[id]`. */
export interface MixCategory {
  id: string;
  nodes?: readonly string[];
}

/** One measure of one group: a number, or null with the reason. */
export interface GroupMeasureRow {
  group: string;
  measure: GroupMeasure;
  value: number | null;
  notDefined?: string;
}

/**
 * Balance measures per group (document, region, year) from document-level counts: each group's
 * points are summed per category (e.g. the five tools, each the sum of its promotion and
 * constraint cells) over its documents, and the group's mix gets its points, Shannon entropy,
 * Pielou evenness, Simpson's D, Gini–Simpson and the Hill numbers of order 1 and 2.
 *
 * Groups come from the registry, so a document (or region) without points is a row with
 * "no points", not a missing row; documents that do not record the variable form the group
 * "(not recorded)", last. Counts at nodes outside every category (themes, when the categories are
 * tools) are ignored. Regions and function groups keep the registry's order, years go up.
 *
 * Comprehensiveness and AID need a tool × theme table per group, which document-level counts per
 * node (document_counts.csv) do not hold; build a CrossTab per group (lib/matrix) for those.
 *
 * References: see shannon, pielou, simpson, giniSimpson and hillNumber.
 *
 * @example
 * const docs = [{ row: 2, doc_id: "a", region: "east", place: "", place_en: "", title: "" }];
 * const counts = [{ doc_id: "a", node_id: "authority.promotion", points: 3, line: 2 },
 *                 { doc_id: "a", node_id: "incentive.promotion", points: 1, line: 3 }];
 * const tools = [{ id: "authority", nodes: ["authority.promotion", "authority.constraint"] },
 *                { id: "incentive", nodes: ["incentive.promotion", "incentive.constraint"] }];
 * measuresByGroup(docs, counts, { by: "region", categories: tools }).find((r) => r.measure === "hill2");
 * // { group: "east", measure: "hill2", value: 1.6 }
 */
export function measuresByGroup(
  documents: readonly DocumentRow[],
  counts: readonly DocumentCount[],
  options: { by: GroupBy; categories: readonly MixCategory[] },
): GroupMeasureRow[] {
  const categoryOf = new Map<string, number>();
  options.categories.forEach((c, k) => (c.nodes ?? [c.id]).forEach((node) => categoryOf.set(node, k)));
  const groupOf = new Map<string, string>();
  const groups = new Map<string, number[]>();
  for (const doc of documents) {
    if (doc.doc_id === undefined) continue;
    const group = groupKey(doc, options.by) ?? measureText.notRecorded;
    groupOf.set(doc.doc_id, group);
    if (!groups.has(group)) groups.set(group, new Array<number>(options.categories.length).fill(0));
  }
  const unknown = counts.filter((c) => !groupOf.has(c.doc_id));
  if (unknown.length > 0) {
    throw new InputError(unknown.map((c) => ({ file: "document_counts.csv", row: c.line, field: "doc_id", found: c.doc_id, expected: expected.knownDocId })));
  }
  for (const c of counts) {
    const k = categoryOf.get(c.node_id);
    if (k !== undefined) groups.get(groupOf.get(c.doc_id)!)![k] += c.points;
  }
  return orderedGroups([...groups.keys()], options.by).flatMap((group) => {
    const mix = groups.get(group)!;
    const values = groupValues(mix);
    return GROUP_MEASURES.map((measure) => ({ group, measure, ...values[measure] }));
  });
}

function groupKey(doc: DocumentRow, by: GroupBy): string | undefined {
  if (typeof by === "function") return by(doc);
  if (by === "document") return doc.doc_id;
  const v = by === "region" ? doc.region : doc.year;
  return v === undefined ? undefined : String(v);
}

/** Years go up; "(not recorded)" goes last; otherwise the registry's order. */
function orderedGroups(keys: string[], by: GroupBy): string[] {
  const recorded = keys.filter((k) => k !== measureText.notRecorded);
  if (by === "year") recorded.sort((a, b) => Number(a) - Number(b));
  return recorded.length < keys.length ? [...recorded, measureText.notRecorded] : recorded;
}

function groupValues(mix: readonly number[]): Record<GroupMeasure, MeasureValue> {
  return {
    points: defined(mix.reduce((a, b) => a + b, 0)),
    shannon: shannon(mix),
    evenness: pielou(mix),
    simpson: simpson(mix),
    giniSimpson: giniSimpson(mix),
    hill1: hillNumber(mix, 1),
    hill2: hillNumber(mix, 2),
  };
}
