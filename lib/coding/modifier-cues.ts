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
 * @example
 * modifierHits("（七）应交税金，即政府收储土地时应当缴纳的耕地占用税等；", findCues("（七）应交税金，即政府收储土地时应当缴纳的耕地占用税等；", defaultLexicon()), true).length; // 2
 */
import type { CueHit } from "./match";

/** Words that only say how or under what authority (the attributive part may hold them). */
const QUALIFIERS: ReadonlySet<string> = new Set(["按照", "依照", "依法", "依据", "按规定", "按程序", "可", "可以"]);

/** Threshold cues: a condition may hold them. */
const THRESHOLDS: ReadonlySet<string> = new Set(["…以上 (a floor)", "不低于", "不少于", "不小于", "至少", "达到…"]);

/** Heads that a rule's verb takes as object (应当符合…的要求, 按照…的原则): the 的-phrase is then part of the rule. */
const NORM_HEAD = /(要求|规定|标准|条件|原则|程序|规划|目录|范围|方式|水平|意见|精神|部署|办法|制度|政策|需要|需求|限制|约定)等?$/;

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

/** Whether `hit` lies in an attributive phrase: a 的 follows it in its part, and what follows the last 的 is a bare noun phrase. */
function attributive(text: string, hit: CueHit, hits: readonly CueHit[]): boolean {
  const [, end] = partAround(text, hit.start);
  const last = text.lastIndexOf("的", end - 1);
  if (last < hit.end || last >= end - 1) return false; // no 的 after the cue, or the part ends in 的 (a condition: …的，)
  const head = text.slice(last + 1, end);
  return head.length <= 30 && !NORM_HEAD.test(head) && !hits.some((h) => h.start > last && h.start < end);
}

/** Whether the part ending at `at` ends in 的 + a bare noun phrase. */
function endsInNounPhrase(text: string, at: number, hits: readonly CueHit[]): boolean {
  const [start, end] = partAround(text, at);
  const last = text.lastIndexOf("的", end - 1);
  return last >= start && last < end - 1 && end - last - 1 <= 30 && !NORM_HEAD.test(text.slice(last + 1, end)) && !hits.some((h) => h.start > last && h.start < end);
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
  if (item) for (const h of hits) if ((h.modal || QUALIFIERS.has(h.term)) && attributive(text, h, hits) && endsInNounPhrase(text, lastPart, hits)) out.push(h);
  const cond = conditionEnd(text);
  if (cond >= 0 && hits.some((h) => h.start > cond && !out.includes(h))) {
    for (const h of hits) if (h.end <= cond && THRESHOLDS.has(h.term) && !out.includes(h)) out.push(h);
  }
  return out;
}
