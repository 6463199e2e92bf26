/**
 * Splits a policy text into clauses: at line breaks and after 。！？；; (and ! ?), never inside a
 * bracket or quote pair opened and closed on the same line (（责任单位：…。…下同） stays one clause).
 * Each segment keeps its offsets into the original text in UTF-16 units (JavaScript indices, what
 * NVivo writes) and in code points (what REFI-QDA asks for), and its structural kind (heading,
 * title, document number, issuer, date, addressees, note, or body) with the numbering marker that
 * the coder strips (第三条, 一、, （二）).
 *
 * Reference: ./structure.ts for the kinds; REFI-QDA 1.5 §10.2 for code-point offsets.
 *
 * @example
 * const s = segmentText("第一章 总则\n第二条 本办法所称M0，是指新型产业用地。配套用房不得分割；");
 * s.map((x) => x.kind);  // ["heading", "body", "body"]
 * s[1].marker;           // "第二条 "
 * s[2].text;             // "配套用房不得分割；"
 */
import { codePointIndexer } from "./offsets";
import { headingsInContext } from "./heading-context";
import { structureOf, type MarkerFamily, type StructureKind } from "./structure";

/** One clause or structural line of a text. */
export interface Segment {
  /** 0-based position among the text's segments. */
  index: number;
  /** The segment, trimmed, marker included. */
  text: string;
  kind: StructureKind;
  /** Leading numbering marker ("" when none); coding starts after it. */
  marker: string;
  family: MarkerFamily | null;
  /** 1-based line of the text the segment is on. */
  line: number;
  /** [start, end) of `text` in UTF-16 units. */
  start: number;
  end: number;
  /** Where the content after the marker starts, in UTF-16 units. */
  contentStart: number;
  /** The same three positions in code points. */
  startCodePoint: number;
  endCodePoint: number;
  contentStartCodePoint: number;
}

const DELIMITERS = new Set(["。", "！", "？", "；", ";", "!", "?"]);
const PAIRS: Readonly<Record<string, string>> = { "(": ")", "（": "）", "《": "》", "“": "”", "〔": "〕", "[": "]", "【": "】", "「": "」" };
const CLOSERS = new Set(Object.values(PAIRS));
const SPACE = /[\s\u3000]/;

/**
 * Positions [open, close] of bracket pairs opened and closed on this line (unmatched ones protect
 * nothing). A closer matches the innermost open bracket of its kind and closes every bracket
 * opened after it. Besides the stack of open brackets, each closer keeps the stack depths of its
 * openers, so finding the match costs no scan of the stack: linear in the line, even for 200 000
 * unclosed brackets.
 */
function protectedRanges(line: string): [number, number][] {
  const stack: number[] = []; // positions of the open brackets, innermost last
  const depthsOf = new Map<string, number[]>([...CLOSERS].map((c) => [c, []]));
  const ranges: [number, number][] = [];
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch in PAIRS) {
      depthsOf.get(PAIRS[ch])?.push(stack.length);
      stack.push(i);
    } else if (CLOSERS.has(ch)) {
      const at = depthsOf.get(ch)?.at(-1);
      if (at === undefined) continue;
      ranges.push([stack[at], i]);
      stack.length = at;
      // Brackets opened at or above `at` are closed now: drop their depths from every kind's list.
      for (const depths of depthsOf.values()) while (depths.length > 0 && (depths.at(-1) as number) >= at) depths.pop();
    }
  }
  return ranges;
}

/**
 * The segments of a text, in order.
 *
 * @example
 * segmentText("一、总体要求\r\n（一）鼓励企业提容。\r\n加层改造的，不增收地价。").map((s) => [s.kind, s.start]); // [["heading", 0], ["heading", 8], ["body", 19]]
 */
export function segmentText(text: string): Segment[] {
  const toCp = codePointIndexer(text);
  const segments: Segment[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  let lineNo = 1;
  const emit = (from: number, to: number) => {
    while (from < to && SPACE.test(text[from])) from++;
    while (to > from && SPACE.test(text[to - 1])) to--;
    if (from >= to) return;
    const body = text.slice(from, to);
    const s = structureOf(body);
    const contentStart = from + s.marker.length;
    segments.push({
      index: segments.length, text: body, kind: s.kind, marker: s.marker, family: s.family, line: lineNo,
      start: from, end: to, contentStart,
      startCodePoint: toCp(from), endCodePoint: toCp(to), contentStartCodePoint: toCp(contentStart),
    });
  };
  const splitLine = (from: number, to: number) => {
    const line = text.slice(from, to);
    // Covered characters by a running sum over range edges: nested ranges cost nothing extra.
    const edges = new Int32Array(line.length + 1);
    for (const [o, c] of protectedRanges(line)) (edges[o + 1] += 1), (edges[c] -= 1);
    const inside = new Uint8Array(line.length);
    for (let i = 0, depth = 0; i < line.length; i++) inside[i] = (depth += edges[i]) > 0 ? 1 : 0;
    let pieceStart = 0;
    for (let i = 0; i < line.length; i++) {
      if (!DELIMITERS.has(line[i]) || inside[i]) continue;
      let j = i + 1;
      while (j < line.length && DELIMITERS.has(line[j])) j++; // "。；" or "？！" ends one clause
      emit(from + pieceStart, from + j);
      pieceStart = j;
      i = j - 1;
    }
    emit(from + pieceStart, to);
  };
  for (let m = lineBreak.exec(text); m !== null; m = lineBreak.exec(text)) {
    splitLine(lineStart, m.index);
    lineStart = m.index + m[0].length;
    lineNo++;
  }
  splitLine(lineStart, text.length);
  // A numbered "heading" with nothing under it is a list item (./heading-context.ts).
  return headingsInContext(segments);
}
