/**
 * How a figure names a scenario and a criterion in its language: in Chinese, the scenario's Chinese
 * title and the criterion's Chinese label (the id where the file gives none), wrapped for an axis; in
 * English and in both languages, the ids, which are short and what the CLI and the files use.
 *
 * @example
 * scenarioName({ scenario: "incentive-shift", title_zh: "加强激励工具的促进作用" }, "zh"); // "加强激励工具的促进作用"
 * criterionName({ criterion: "authority-share", label_zh: "权威工具适度降低", section: "3.1" }, "en"); // "§3.1 authority-share"
 */
import type { Lang } from "./theme";

/** Longest line of a wrapped Chinese name, in characters (about 180 px at 11 px). */
const LINE = 16;

/** Characters of a number or word that a line break must not split (30％, M0). */
const UNSPLIT = /[0-9A-Za-z.％%]/;

/**
 * `text` in lines of at most `max` characters, each break placed after the last punctuation mark
 * (：，、；) that keeps the line within `max`, else where the lines come out even — moved back before a
 * number or word it would split; joined with "\n".
 *
 * @example
 * wrapCjk("土地供应：善用“收放”政策调控机制"); // "土地供应：\n善用“收放”政策调控机制"
 */
export function wrapCjk(text: string, max = LINE): string {
  const lines: string[] = [];
  let rest = text;
  while (rest.length > max) {
    // Lines of even length (no orphan of one or two characters at the end).
    const even = Math.ceil(rest.length / Math.ceil(rest.length / max));
    const head = rest.slice(0, max);
    const at = Math.max(head.lastIndexOf("："), head.lastIndexOf("，"), head.lastIndexOf("、"), head.lastIndexOf("；"));
    let cut = at + 1 >= even / 2 ? at + 1 : even;
    while (cut > 1 && UNSPLIT.test(rest[cut - 1]) && UNSPLIT.test(rest[cut])) cut--;
    lines.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest.length > 0) lines.push(rest);
  return lines.join("\n");
}

/** A scenario's name on an axis (lines joined with "\n"). */
export function scenarioName(card: { scenario: string; title_zh?: string }, lang: Lang): string {
  return lang === "zh" && card.title_zh ? wrapCjk(card.title_zh) : card.scenario;
}

/** A criterion's name on an axis, with the section of the paper it serves. */
export function criterionName(c: { criterion: string; label_zh?: string; section: string }, lang: Lang): string {
  return `§${c.section} ${lang === "zh" && c.label_zh ? c.label_zh : c.criterion}`;
}

/** An axis whose labels may hold "\n": one line each. */
export const MULTILINE_LABELS = "split(datum.label, '\\n')";
