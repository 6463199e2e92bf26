/**
 * Text offsets: UTF-16 code units (what NVivo writes) versus Unicode code points (what the
 * REFI-QDA standard asks for), conversion between them, and detection of which one a project uses.
 *
 * The two readings differ only after an astral character (an emoji, a rare CJK ideograph of
 * plane 2): it is one code point but two UTF-16 units. Detection rule, first that applies:
 *  1. a selection ends beyond the text's code-point length but within its UTF-16 length → `utf16`;
 *  2. read as UTF-16, a selection boundary falls inside a surrogate pair (splits an emoji) → `codepoint`;
 *  3. for selections the two readings place differently, the reading that puts clearly more
 *     boundaries at word edges (text start/end, next to a space, punctuation or symbol) wins —
 *     at least twice as many and at least 3 more, since one or two boundaries prove nothing
 *     (Chinese has no spaces, so most boundaries inside a sentence are not edges either way);
 *  4. otherwise (no astral characters before any boundary, no texts, or a tie) the readings agree
 *     or cannot be told apart: the origin decides (NVivo → `utf16`, any other tool → `codepoint`,
 *     the standard; no origin → `unknown`), and a note says the unit was not checked against texts.
 * If rules 1 and 2 both fire, the offsets contradict each other: the unit is `unknown`.
 *
 * Reference: REFI-QDA 1.5 §10.2 (0-based code points); shared/reference/qda-formats.md §1.5
 * (NVivo for Windows 12.6 writes .NET UTF-16 indices: 295/303 word-edge boundaries versus 27/303).
 *
 * @example
 * codePointToUtf16("😀ab", 1);  // 2
 * utf16ToCodePoint("😀ab", 3);  // 2
 * detectOffsetUnit([{ text: "😀ab", start: 0, end: 4 }], "NVivo 14").unit; // "utf16"
 */
import type { OffsetUnit } from "./types";
import { qda } from "../messages";

/** A selection with the text it indexes. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** The detected unit and the sentence that explains how it was decided. */
export interface OffsetDecision {
  unit: OffsetUnit;
  /** Whether texts decided it (rules 1–3) rather than the origin (rule 4). */
  fromTexts: boolean;
  note: string;
}

/** Number of code points of a text. */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++, n++) if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) i++;
  return n;
}

/** The UTF-16 index of code point `cp` (clamped to the text's end). */
export function codePointToUtf16(text: string, cp: number): number {
  let i = 0;
  for (let n = 0; n < cp && i < text.length; n++) i += isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
  return i;
}

/** The code-point index of UTF-16 index `unit` (a unit inside a pair counts its pair). */
export function utf16ToCodePoint(text: string, unit: number): number {
  return codePointLength(text.slice(0, unit));
}

/** The length of a text in a unit (`unknown` takes the larger, UTF-16, so nothing is refused twice). */
export function lengthIn(text: string, unit: OffsetUnit): number {
  return unit === "codepoint" ? codePointLength(text) : text.length;
}

/** Applies the rule of the file comment to the selections of a project. */
export function detectOffsetUnit(spans: readonly Span[], origin: string | undefined): OffsetDecision {
  let beyondCodePoints = 0;
  let splitsPair = 0;
  let edgesUtf16 = 0;
  let edgesCodePoint = 0;
  let differing = 0; // boundaries the two readings place differently
  for (const { text, start, end } of spans) {
    const cpLength = codePointLength(text);
    if (cpLength === text.length) continue; // no astral character: both readings agree
    if (end > cpLength && end <= text.length) beyondCodePoints++;
    if (insidePair(text, start) || insidePair(text, end)) splitsPair++;
    for (const at of [start, end]) {
      const asCodePoint = codePointToUtf16(text, at);
      if (asCodePoint === at || at > text.length) continue;
      differing++;
      if (atWordEdge(text, at)) edgesUtf16++;
      if (atWordEdge(text, asCodePoint)) edgesCodePoint++;
    }
  }
  if (beyondCodePoints > 0 && splitsPair > 0) return { unit: "unknown", fromTexts: true, note: qda.note.offsetsContradict(beyondCodePoints, splitsPair) };
  if (beyondCodePoints > 0) return { unit: "utf16", fromTexts: true, note: qda.note.offsetsBeyondCodePoints(beyondCodePoints) };
  if (splitsPair > 0) return { unit: "codepoint", fromTexts: true, note: qda.note.offsetsSplitPairs(splitsPair) };
  const [high, low] = edgesUtf16 > edgesCodePoint ? [edgesUtf16, edgesCodePoint] : [edgesCodePoint, edgesUtf16];
  if (high >= 2 * low && high >= low + WORD_EDGE_MARGIN) {
    const unit = edgesUtf16 > edgesCodePoint ? "utf16" : "codepoint";
    return { unit, fromTexts: true, note: qda.note.offsetsWordEdges(unit, edgesUtf16, edgesCodePoint) };
  }
  const unit = unitOfOrigin(origin);
  const evidence = differing === 0 ? { spans: spans.length } : { spans: spans.length, differing, edgesUtf16, edgesCodePoint };
  return { unit, fromTexts: false, note: qda.note.offsetsFromOrigin(unit, origin, evidence) };
}

/** What a tool's origin string suggests: NVivo counts UTF-16 units, the standard code points. */
export function unitOfOrigin(origin: string | undefined): OffsetUnit {
  if (origin === undefined || origin.trim() === "") return "unknown";
  return /nvivo/i.test(origin) ? "utf16" : "codepoint";
}

/** Converts offsets from `unit` to code points over `text` (unknown is read as code points, the standard). */
export function toCodePoints(text: string, offset: number, unit: OffsetUnit): number {
  return unit === "utf16" ? utf16ToCodePoint(text, offset) : offset;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** True when a UTF-16 index falls between the two halves of a surrogate pair. */
function insidePair(text: string, at: number): boolean {
  return at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));
}

const WORD = /[\p{L}\p{N}\p{M}]/u;

/** How many more word-edge boundaries one reading needs than the other to decide (rule 3). */
const WORD_EDGE_MARGIN = 3;

/** A boundary at the text's ends or with a non-word character on either side. */
function atWordEdge(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return true;
  return !WORD.test(text[at - 1]) || !WORD.test(text[at]);
}
