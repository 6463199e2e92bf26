/**
 * Units of the dictionary coder (lib/coding/coder.ts `codeTexts`): every clause with its tool cell
 * (one per clause, the winner) and its theme nodes, offsets in code points after the clause's
 * numbering marker, as the coder's .qdpx codes it (lib/coding/project.ts).
 *
 * Reference: lib/coding/coder.ts (what a clause is coded at).
 *
 * @example
 * const units = segmentsFromCoder(codeTexts([{ id: "d1", text: "配套用房一律不得分割。" }]));
 * units[0].nodes; // ["authority.constraint", …themes]
 */
import type { CodedTexts } from "../coding/coder";
import type { MatrixSegment } from "./types";

/**
 * The coder's clauses as matrix units (clauses coded at nothing are left out: they belong to no cell).
 *
 * @example
 * segmentsFromCoder(coded).every((s) => s.nodes.length > 0); // true
 */
export function segmentsFromCoder(coded: Pick<CodedTexts, "segments">): MatrixSegment[] {
  return coded.segments.flatMap((s) => {
    const nodes = [...(s.tool ? [s.tool] : []), ...s.themes];
    if (nodes.length === 0) return [];
    // The coded content starts after the numbering marker (第三条 …), as in the coder's .qdpx.
    return [{ doc: s.document, id: String(s.index + 1), start: s.contentStartCodePoint, end: s.endCodePoint, text: s.text.slice(s.contentStart - s.start), nodes }];
  });
}
