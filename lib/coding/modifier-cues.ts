/**
 * Cue hits that modify rather than rule: words a human coder reads past because they describe a thing
 * or a condition, not an instrument. Two cases, both from the coding manual (tests/fixtures/coding/MANUAL.md,
 * list items and conditions):
 *
 *  1. In a list item that is a noun phrase, a modal or reference word inside the attributive part
 *     (（一）应当向被征地农民支付的土地补偿费 — "the compensation that must be paid") names an item of
 *     the list; the rule, if any, is the lead-in's. The item then has no cue of its own and takes the
 *     lead-in's cells (./classify.ts).
 *  2. A threshold inside the condition of a conditional sentence (闲置土地10亩以上…的，不得申请) is what
 *     triggers the rule, not a floor the sentence sets; it is dropped when the consequence has a cue.
 *
 * Reference: tests/fixtures/coding/MANUAL.md (rules 5 and 10); tests/coding-rules.test.ts.
 *
 * @example
 * const text = "（一）应当向被征地农民支付的土地补偿费；";
 * modifierHits(text, findCues(text, defaultLexicon()), true).map((h) => h.term); // ["应当"]
 */
import type { CueHit } from "./match";

/** Words that only say how or under what authority (the attributive part may hold them). */
const QUALIFIERS: ReadonlySet<string> = new Set(["按照", "依照", "依法", "依据", "按规定", "按程序", "可", "可以"]);

/** Threshold cues: a condition may hold them. */
const THRESHOLDS: ReadonlySet<string> = new Set(["…以上 (a floor)", "不低于", "不少于", "不小于", "至少", "达到…"]);

/** Heads that a rule's verb takes as object (应当符合…的要求, 按照…的原则): the 的-phrase is then part of the rule. */
const NORM_HEAD = /(要求|规定|标准|条件|原则|程序|规划|目录|范围|方式|水平|意见|精神|部署|办法|制度|政策|需要|需求|限制|约定)等?$/;

/** Verbs that make what follows a modal the clause's predicate (必须属于, 应当符合). */
const PREDICATE = /^(属于|是|为|符合|具备|满足|具有|位于|达到|在)/;

const PART_BREAK = /[，,；;：:]/g;

/** [start, end) of the comma-free part of `text` around `at`, final 。；; left out. */
function partAround(text: string, at: number): [number, number] {
  let start = 0;
  let end = text.length;
  PART_BREAK.lastIndex = 0;
  for (let m = PART_BREAK.exec(text); m !== null; m = PART_BREAK.exec(text)) {
    if (m.index < at) start = m.index + 1;
    else {
      end = m.index;
      break;
    }
  }
  while (end > start && /[。；;！!？?]/.test(text[end - 1])) end--;
  return [start, end];
}

/**
 * The 的 that opens the bare noun phrase ending the part around `at` (…支付的|土地补偿费), or -1: the
 * part ends in 的 + at most 30 characters with no cue and no head a rule's verb takes (要求, 原则, …).
 */
function nounPhraseStart(text: string, at: number, hits: readonly CueHit[]): number {
  const [start, end] = partAround(text, at);
  const last = text.lastIndexOf("的", end - 1);
  if (last < start || last >= end - 1) return -1; // no 的, or the part ends in 的 (a condition: …的，)
  const head = text.slice(last + 1, end);
  return head.length <= 30 && !NORM_HEAD.test(head) && !hits.some((h) => h.start > last && h.start < end) ? last : -1;
}

/** The end of a condition (the 的 of the first …的，), or -1. */
function conditionEnd(text: string): number {
  const m = /的[，,]/.exec(text);
  return m === null ? -1 : m.index;
}

/**
 * The hits of `hits` that only modify: attributive qualifiers in a noun-phrase list item (`item`),
 * thresholds in a condition whose consequence has a cue of its own.
 */
export function modifierHits(text: string, hits: readonly CueHit[], item: boolean): CueHit[] {
  const out: CueHit[] = [];
  // A noun-phrase item ends in one: its last part is attributive too (…应按照…的原则，在…予以补足 is a rule).
  const lastPart = text.replace(/[。；;！!？?\s]+$/, "").length - 1;
  if (item && nounPhraseStart(text, lastPart, hits) >= 0) {
    for (const h of hits) {
      if (!(h.modal || QUALIFIERS.has(h.term)) || nounPhraseStart(text, h.start, hits) < h.end) continue;
      // A modal before a copula is the item's predicate (1、投资项目必须属于…的鼓励类项目), not an attribute.
      if (h.modal && PREDICATE.test(text.slice(h.end))) continue;
      out.push(h);
    }
  }
  const cond = conditionEnd(text);
  if (cond >= 0 && hits.some((h) => h.start > cond && !out.includes(h))) {
    for (const h of hits) if (h.end <= cond && THRESHOLDS.has(h.term) && !out.includes(h)) out.push(h);
  }
  return out;
}
