/**
 * The naive baseline the dictionary coder is measured against: plain substring matching of the
 * paper's own example cue words (section 2.1 and its findings paragraph, as transcribed in
 * data/paper-m0/codebook.json: 必须、依法、按照 / 不得、不允许 / 奖励、优惠 / 惩罚、责任追究、处罚 / …),
 * with no exclusions, no roles and no priority: a clause gets the cell of its leftmost cue word
 * (the longer word when two start together), or none. 建立制度, which the paper gives without a
 * direction ("used by capacity-building tools, which are balanced"), counts as
 * capacity_building.promotion.
 *
 * Reference: 周敏等 2025, section 2.1; data/README.md (codebook.json cues).
 *
 * @example
 * const base = paperCueBaseline(loadDataset().codebook.tools);
 * base("《关于支持新产业新业态发展的意见》"); // "symbolic_hortatory.promotion" (支持 inside a title: the baseline cannot tell)
 */
import type { ToolDef } from "../dataset/types";
import type { ToolCell } from "./lexicon";

/** A cue word of the paper with the cell it signals. */
export interface PaperCue {
  term: string;
  cell: ToolCell;
}

/** The paper's cue words as (term, cell) pairs, from the codebook's tools. */
export function paperCues(tools: readonly ToolDef[]): PaperCue[] {
  return tools.flatMap((tool) => tool.cues.map((cue) => ({ term: cue.term, cell: `${tool.id}.${cue.direction ?? "promotion"}` as ToolCell })));
}

/**
 * A clause classifier that substring-matches the paper's cue words.
 *
 * @example
 * paperCueBaseline(tools)("配套用房不得分割。"); // "authority.constraint"
 */
export function paperCueBaseline(tools: readonly ToolDef[]): (clause: string) => ToolCell | null {
  const cues = paperCues(tools);
  return (clause: string) => {
    let best: { at: number; length: number; cell: ToolCell } | null = null;
    for (const cue of cues) {
      const at = clause.indexOf(cue.term);
      if (at < 0) continue;
      if (best === null || at < best.at || (at === best.at && cue.term.length > best.length)) best = { at, length: cue.term.length, cell: cue.cell };
    }
    return best?.cell ?? null;
  };
}
