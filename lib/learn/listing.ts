/**
 * Coded clauses as rows to read (notebook 08): each body clause with the cells and themes it was
 * coded at and the cue words that decided; lines the segmenter recognises as structural (titles,
 * headings, dates, issuers) and genre formulas are left out.
 *
 * @example
 * tm.showTable(codedClauseRows(tm.codeTexts(texts).segments, "da-kunshan-2024"));
 */
import { decidingWords } from "../coding/clause-file";
import type { CodedSegment } from "../coding/coder";
import type { ReviewItem } from "./uncertainty";

/** Rows {clause, tools, themes, cues} of one document's body clauses (every document when not given). */
export function codedClauseRows(segments: readonly CodedSegment[], document?: string): { clause: string; tools: string; themes: string; cues: string }[] {
  return segments
    .filter((s) => (document === undefined || s.document === document) && s.kind === "body" && s.role !== "purpose" && s.role !== "transmittal")
    .map((s) => ({ clause: s.text, tools: s.tools.join(" | ") || "—", themes: [...new Set(s.themes.map((t) => t.split(".")[0]))].join(" | ") || "—", cues: decidingWords(s).join("、") || "—" }));
}

/**
 * The first `n` clauses of a review list as rows to read: the clause, the label the model is least
 * sure of, its probability, the cells given.
 *
 * @example
 * tm.showTable(reviewRows(coded.review, 8));
 */
export function reviewRows(review: readonly ReviewItem[], n = 10): { clause: string; "least sure of": string; probability: number; tools: string }[] {
  return review.slice(0, n).map((r) => ({ clause: r.text, "least sure of": r.label, probability: Number(r.probability.toFixed(2)), tools: r.tools.join(" | ") || "—" }));
}
