/**
 * What the supervised coder reads in a clause: the character n-grams of its body (1–3 characters,
 * after the numbering marker, with cited titles 《…》 blanked, since words inside a title carry no
 * instrument), and the dictionary coder's view of it — the cells it codes (`d:`), every cell with a
 * cue before the rules (`c:`), the clause's structural kind (`k:`) and role (`r:`), whether its
 * code came from a list's lead-in, whether it ends with a colon, and its themes (`t:`). Character
 * n-grams need no word segmentation, which Chinese lacks; the dictionary features let a few
 * hundred corrections adjust the rules rather than learn the language from nothing.
 *
 * Reference: Cavnar & Trenkle (1994), n-gram text categorization; issue 12 point 4.
 *
 * @example
 * featuresOf(unit).includes("d:authority.constraint"); // true for 配套用房不得分割。
 */
import type { LearnUnit } from "./types";

/** Sorted, distinct features of a unit. */
export function featuresOf(unit: LearnUnit, ngrams: readonly [number, number] = [1, 3]): string[] {
  const c = unit.coding;
  const body = c.text.slice(c.marker.length).replace(/《[^《》]*》/g, "《》");
  const out = new Set<string>();
  const chars = [...body];
  for (let n = ngrams[0]; n <= ngrams[1]; n++) for (let i = 0; i + n <= chars.length; i++) out.add(`g:${chars.slice(i, i + n).join("")}`);
  for (const cell of c.tools) out.add(`d:${cell}`);
  for (const cell of c.cells) out.add(`c:${cell}`);
  out.add(`k:${c.kind}`);
  out.add(`r:${c.role}`);
  if (c.inherited) out.add("inherited");
  if (/[:：]$/.test(c.text)) out.add("colon");
  if (c.tools.length === 0) out.add("d:none");
  for (const t of unit.dictionaryThemes) out.add(`t:${t}`);
  return [...out].sort();
}
