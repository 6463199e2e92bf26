/**
 * Finds the tool cues of a lexicon in a clause, with the pitfalls of matching Chinese without word
 * segmentation handled:
 *  - a term inside a longer word listed in its `notIn` is not a cue (应 in 供应, 支持 in 支持性);
 *  - of two overlapping literal matches the longer wins, so 须 inside 必须 or 应 inside 应当 counts
 *    once, and 资金支持 (incentive) is not also 支持 (hortatory);
 *  - a regex match hides the literal matches inside it (监管 inside 监管平台, a platform);
 *  - nothing inside 《…》 or “…” counts: a cited title such as 《关于支持新产业…的意见》 is no
 *    exhortation, and a slogan such as “谁提出、谁履责、谁监管” is no supervision mechanism.
 *
 * Reference: quanteda issue #2476 (dictionary matching of unsegmented CJK: 印度 inside 印度尼西亚),
 * shared/reference/qda-formats.md §4.5.
 *
 * @example
 * findCues("土地供应应当符合规划", defaultLexicon()).map((h) => h.term); // ["应当"]  (not 应 of 供应, not 应 of 应当)
 */
import type { Cue, Lexicon, ToolCell } from "./lexicon";

/** One cue found in a text; offsets are UTF-16 indices into that text. */
export interface CueHit {
  cell: ToolCell;
  term: string;
  start: number;
  end: number;
  tier: number;
  modal: boolean;
  literal: boolean;
  /** The cue's `yieldsTo`: cells it only qualifies. */
  yieldsTo: readonly ToolCell[];
}

/** [start, end) spans of 《…》 titles and “…” quotations, whose words are never cues. */
export function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const re = /《[^《》]*》|“[^“”]*”/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

function excluded(text: string, at: number, cue: Cue): boolean {
  return cue.notIn.some(({ word, offset }) => at - offset >= 0 && text.startsWith(word, at - offset));
}

/**
 * Whether [s, e) lies inside one of `spans`. The spans come from one global regex, so they are
 * sorted and disjoint: a binary search finds the only candidate, the last span starting at ≤ s.
 */
export function insideSpans(s: number, e: number, spans: readonly [number, number][]): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][0] <= s) (found = mid), (lo = mid + 1);
    else hi = mid - 1;
  }
  return found >= 0 && e <= spans[found][1];
}

/**
 * Keeps, in the given order, each hit that overlaps no hit kept before it. Kept hits mark the
 * characters they cover, so each check costs the hit's length, not the number of hits kept: the
 * whole pass is linear in the text (a pairwise check made a 400 000-character text take seconds).
 */
export function keepDisjoint<T extends { start: number; end: number }>(hits: readonly T[], length: number): T[] {
  const taken = new Uint8Array(length);
  const kept: T[] = [];
  for (const h of hits) {
    let free = true;
    for (let i = h.start; i < h.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, h.start, h.end);
    kept.push(h);
  }
  return kept;
}

/**
 * All cue hits of the lexicon in `text`, in text order.
 *
 * @example
 * findCues("新型产业用地项目的配套用房一律不得分割。", defaultLexicon()).map((h) => h.term); // ["一律不"]  (the longer of 一律不 and 不得)
 */
export function findCues(text: string, lexicon: Lexicon): CueHit[] {
  const titles = quotedSpans(text);
  const raw: CueHit[] = [];
  for (const cue of lexicon.cues) {
    cue.pattern.lastIndex = 0;
    for (let m = cue.pattern.exec(text); m !== null; m = cue.pattern.exec(text)) {
      if (m[0].length === 0) {
        cue.pattern.lastIndex++; // an empty match would loop for ever
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      if (insideSpans(start, end, titles) || (cue.literal && excluded(text, start, cue))) continue;
      raw.push({ cell: cue.cell, term: cue.term, start, end, tier: cue.tier, modal: cue.modal, literal: cue.literal, yieldsTo: cue.yieldsTo });
    }
  }
  const patterns = raw.filter((h) => !h.literal);
  // reach[s]: the furthest end of a pattern hit starting at or before s; a literal [s, e) lies
  // inside a pattern hit exactly when reach[s] ≥ e (one array instead of a pairwise search).
  const reach = new Int32Array(text.length + 1).fill(-1);
  for (const p of patterns) reach[p.start] = Math.max(reach[p.start], p.end);
  for (let i = 1; i <= text.length; i++) reach[i] = Math.max(reach[i], reach[i - 1]);
  // Longest literal first; a literal overlapping an accepted one is the same word counted twice.
  const literals = raw.filter((h) => h.literal && reach[h.start] < h.end).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const accepted = keepDisjoint(literals, text.length);
  return [...accepted, ...patterns].sort((a, b) => a.start - b.start || a.tier - b.tier);
}
