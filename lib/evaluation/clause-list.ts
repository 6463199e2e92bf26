/**
 * The clause list of an evaluation set: each text cut into the units a hand coder codes — every
 * clause and structural line after the text's `#` header, as the coder's segmenter cuts them — so
 * that the unit coded by hand is exactly the unit the machine codes. Ids are `<document>:<nn>`,
 * numbered from 1 in reading order.
 *
 * Reference: lib/coding/coded-lines.ts (the header rule), lib/coding/segment.ts (the clause).
 *
 * @example
 * clauseList([{ id: "d", text: "# year: 2020\n第一条 鼓励研发。配套用房不得分割。" }]).map((c) => c.id); // ["d:01", "d:02"]
 */
import { codedSegmentsOf } from "../coding/coded-lines";
import type { StructureKind } from "../coding/structure";

/** One unit of a clause list. */
export interface ListedClause {
  id: string;
  document: string;
  /** 1-based line of the text. */
  line: number;
  kind: StructureKind;
  clause: string;
}

/** Cuts texts into their clause list, in the order given. */
export function clauseList(texts: readonly { id: string; text: string }[]): ListedClause[] {
  return texts.flatMap((t) => {
    const segments = codedSegmentsOf(t.text);
    const width = Math.max(2, String(segments.length).length);
    return segments.map((s, i) => ({ id: `${t.id}:${String(i + 1).padStart(width, "0")}`, document: t.id, line: s.line, kind: s.kind, clause: s.text }));
  });
}
