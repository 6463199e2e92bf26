/**
 * Units of the dictionary coders (lib/coding/coder.ts `codeTexts`, the paper's; or
 * lib/coding/scheme-coder.ts for any scheme): every clause with its tool node or cell (one per
 * clause, the winner) and its second-dimension nodes, offsets in code points after the clause's
 * numbering marker, as the coders' .qdpx codes it (lib/coding/project.ts, scheme-project.ts).
 *
 * Reference: lib/coding/coder.ts, lib/coding/scheme-coder.ts (what a clause is coded at).
 *
 * @example
 * const units = segmentsFromCoder(codeTexts([{ id: "d1", text: "配套用房一律不得分割。" }]));
 * units[0].nodes; // ["authority.constraint", …themes]
 */
import type { AnyCodedSegment } from "../coding/choose-coder";
import type { MatrixSegment } from "./types";

/**
 * The coder's clauses as matrix units (clauses coded at nothing are left out: they belong to no cell).
 *
 * @example
 * segmentsFromCoder(coded).every((s) => s.nodes.length > 0); // true
 */
export function segmentsFromCoder(coded: { segments: readonly AnyCodedSegment[] }): MatrixSegment[] {
  return coded.segments.flatMap((s) => {
    const nodes = [...s.tools, ...s.themes];
    if (nodes.length === 0) return [];
    // The coded content starts after the numbering marker (第三条 …), as in the coder's .qdpx.
    return [{ doc: s.document, id: String(s.index + 1), start: s.contentStartCodePoint, end: s.endCodePoint, text: s.text.slice(s.contentStart - s.start), nodes }];
  });
}
