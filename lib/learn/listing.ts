/**
 * Coded clauses as rows to read (notebook 08): each clause with the cells and themes it was coded
 * at and the cue words that decided, structural lines and genre formulas left out.
 *
 * @example
 * tm.showTable(codedClauseRows(tm.codeTexts(texts).segments, "da-kunshan-2024"));
 */
import type { CodedSegment } from "../coding/coder";

/** Rows {clause, tools, themes, cues} of one document's body clauses (every document when not given). */
export function codedClauseRows(segments: readonly CodedSegment[], document?: string): { clause: string; tools: string; themes: string; cues: string }[] {
  return segments
    .filter((s) => (document === undefined || s.document === document) && s.kind === "body" && s.role !== "purpose" && s.role !== "transmittal")
    .map((s) => ({ clause: s.text, tools: s.tools.join(" | ") || "—", themes: [...new Set(s.themes.map((t) => t.split(".")[0]))].join(" | ") || "—", cues: [...new Set(s.toolCues.map((c) => c.term))].join("、") || "—" }));
}
