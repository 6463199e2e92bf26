/**
 * What both coders (the paper's, ./coder.ts, and the generic one, ./scheme-coder.ts) do before
 * coding: check the texts (unique non-empty ids, string bodies) and cut each text into the
 * segments that are coded — every segment of the whole text (so offsets stay offsets into the
 * full text, header included) except those on the header's lines (./header.ts: leading `#` lines,
 * blank lines, and the first `skipLines` lines).
 *
 * Reference: ./segment.ts (segments and their line numbers), ./header.ts (the header rule).
 *
 * @example
 * codedSegmentsOf("# region: east\n配套用房不得分割。", 0).map((s) => [s.text, s.start]); // [["配套用房不得分割。", 15]]
 */
import { coding as text } from "../messages";
import type { CoderText } from "./coder";
import { readHeader } from "./header";
import { segmentText, type Segment } from "./segment";

/**
 * Throws a RangeError (a caller's mistake, not the user's data) for no texts, an empty or
 * repeated id, or a body that is not a string.
 *
 * @example
 * checkTexts([{ id: "a", text: "…" }, { id: "a", text: "…" }]); // RangeError: text id "a" is used twice …
 */
export function checkTexts(texts: readonly CoderText[]): void {
  if (!Array.isArray(texts) || texts.length === 0) throw new RangeError(text.noTexts);
  const seen = new Set<string>();
  texts.forEach((t, i) => {
    if (typeof t?.id !== "string" || t.id.trim() === "") throw new RangeError(text.textId(i));
    if (seen.has(t.id)) throw new RangeError(text.duplicateId(t.id));
    if (typeof t.text !== "string") throw new RangeError(text.textBody(t.id));
    seen.add(t.id);
  });
}

/**
 * The segments of `body` to code: all but those on the header's lines. Without a header (no
 * leading `#` or blank line, `skipLines` 0) these are exactly segmentText's segments.
 *
 * @example
 * codedSegmentsOf("来源：网站\n第一条 鼓励研发。", 1).length; // 1
 */
export function codedSegmentsOf(body: string, skipLines = 0): Segment[] {
  const { lines } = readHeader(body, skipLines);
  const all = segmentText(body);
  return lines === 0 ? all : all.filter((s) => s.line > lines);
}
