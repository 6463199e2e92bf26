/**
 * A heading is a heading only when something comes under it. structureOf (./structure.ts) judges
 * a line alone, and a short numbered line (二、减免企业所得税，并提供贷款贴息。 or （四）坚持公开、公平、公正。)
 * looks like a section or item title. In context the two differ: a title is followed by deeper
 * content (its items, or unnumbered body text), while a numbered clause of a list is followed by
 * its next sibling or a higher level. So a numbered heading whose next heading-or-body line is
 * numbered at the same or a higher level is body text, and so is one that ends a whole text (its
 * issuer and date may follow); in an excerpt (`complete: false`, the clause lists of an evaluation
 * set) the last line keeps its kind, since the excerpt may stop right after a title, unless it follows a
 * sibling that was a list item (it is the list's next item).
 * Chapter and article headings (第二章 总则, 第一条 目的) are titles by their form and stay so.
 *
 * Levels, outermost first (GB/T 9704-2012 层次序数; articles sit under chapters): 第X章 > 一、 >
 * 第X条 > （一） > 1. > （1） > ① and 一是.
 *
 * Reference: GB/T 9704-2012, 党政机关公文格式, 7.3.3 (结构层次序数).
 *
 * @example
 * headingsInContext([{ kind: "heading", family: "section" }, { kind: "heading", family: "section" }]).map((s) => s.kind);
 * // ["body", "body"]: two list items, no titles
 * headingsInContext([{ kind: "heading", family: "section" }, { kind: "body", family: null }]).map((s) => s.kind);
 * // ["heading", "body"]
 */
import type { MarkerFamily, StructureKind } from "./structure";

const DEPTH: Readonly<Record<MarkerFamily, number>> = { chapter: 0, section: 1, article: 2, paren: 3, arabic: 4, "paren-arabic": 5, circled: 6, shi: 6 };

/** Families whose headings can be list items in disguise. */
const ITEM_LIKE: ReadonlySet<MarkerFamily> = new Set(["section", "paren", "arabic", "paren-arabic", "circled"]);

/** The items with every childless numbered heading turned into body text (a copy; the input is not changed). */
export function headingsInContext<T extends { kind: StructureKind; family: MarkerFamily | null }>(items: readonly T[], options: { complete?: boolean } = {}): T[] {
  const complete = options.complete ?? true;
  const out = [...items];
  // One backward pass: `next` is the nearest later heading or body line.
  let next: T | undefined;
  for (let i = items.length - 1; i >= 0; i--) {
    const s = items[i];
    if (s.kind === "heading" && s.family !== null && ITEM_LIKE.has(s.family)) {
      // Last in a whole text (only its issuer or date may follow): a title there would head nothing,
      // so it is the list's last item. In an excerpt (`complete: false`) it may be a title the excerpt cut off.
      const sibling = next !== undefined && next.family !== null && DEPTH[next.family] <= DEPTH[s.family];
      if (sibling || (next === undefined && complete)) out[i] = { ...s, kind: "body" };
    }
    if (s.kind === "heading" || s.kind === "body") next = s;
  }
  // In an excerpt, a last line whose nearest numbered line above is a sibling with its content on the line
  // (a list item, not a title) is the list's next item, not a title.
  let last = items.length - 1;
  while (last >= 0 && items[last].kind !== "heading" && items[last].kind !== "body") last--;
  let before = last - 1;
  while (before >= 0 && (items[before].family === null || (items[before].kind !== "heading" && items[before].kind !== "body"))) before--;
  if (!complete && before >= 0 && out[last].kind === "heading" && out[before].kind === "body" && items[before].family === items[last].family) out[last] = { ...items[last], kind: "body" };
  return out;
}
