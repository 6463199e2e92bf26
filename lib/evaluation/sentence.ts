/**
 * Sentence units from clause units: a sentence runs from one 。！？ or line break to the next, so
 * clauses cut at ；/; join the clause after them (on the same line, when lines are known). A
 * sentence carries every code of its clauses (the union), for gold and coder alike — the unit in
 * which "a mandate and a restriction in one sentence" is counted once, with both codes.
 *
 * Reference: lib/coding/segment.ts (the clause); issue 12 point 2 (the unit is configurable).
 *
 * @example
 * toSentences([{ id: "a:01", document: "a", text: "不得分割；", tools: ["authority.constraint"], themes: [] },
 *              { id: "a:02", document: "a", text: "确需调整的，应报批。", tools: ["authority.promotion"], themes: [] }])[0].tools;
 * // ["authority.constraint", "authority.promotion"]
 */
import type { CodedUnit } from "./types";

/** Where each unit's sentence starts: clause i continues i − 1 when that one ends in ；/; in the same document (and line). */
export function sentenceStarts(units: readonly { document: string; text: string }[], lines?: readonly (number | undefined)[]): boolean[] {
  return units.map((u, i) => {
    if (i === 0) return true;
    const prev = units[i - 1];
    const sameLine = lines === undefined || lines[i] === undefined || lines[i] === lines[i - 1];
    return !(prev.document === u.document && /[；;]$/.test(prev.text.trim()) && sameLine);
  });
}

/** Merges clause units into sentence units (ids of the first clause, text joined, codes united). */
export function toSentences(units: readonly CodedUnit[], lines?: readonly (number | undefined)[]): CodedUnit[] {
  const starts = sentenceStarts(units, lines);
  const out: CodedUnit[] = [];
  units.forEach((u, i) => {
    if (starts[i]) return out.push({ ...u, tools: [...u.tools], themes: [...u.themes] });
    const last = out[out.length - 1];
    out[out.length - 1] = { ...last, text: last.text + u.text, tools: [...new Set([...last.tools, ...u.tools])], themes: [...new Set([...last.themes, ...u.themes])] };
  });
  return out;
}
