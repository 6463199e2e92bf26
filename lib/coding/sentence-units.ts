/**
 * Sentence units of a coded text: consecutive body clauses on one line, cut at ；/; , joined into
 * one unit — a sentence runs from one 。！？ or line break to the next — which carries every cell and
 * theme of its clauses. The unit a researcher codes in NVivo is often the sentence; with it, "a
 * mandate and a restriction in one sentence" is one unit with both codes, and counts are of
 * sentences. Offsets span the sentence (from the first clause's marker-free start to the last
 * clause's end), so a .qdpx codes the whole sentence.
 *
 * Reference: lib/evaluation/sentence.ts (the same rule on clause lists); ./segment.ts (the clause).
 *
 * @example
 * const [s] = toSentenceSegments(codeTexts([{ id: "a", text: "不得分割；确需调整的，应报批。" }]).segments);
 * s.tools; // ["authority.constraint", "authority.promotion"]
 */
import type { CodedSegment } from "./coder";
import type { ToolCell } from "./lexicon";

const joins = (prev: CodedSegment, next: CodedSegment) => prev.document === next.document && prev.line === next.line && prev.kind === "body" && next.kind === "body" && /[；;]$/.test(prev.text);

/**
 * The segments of texts with each sentence's clauses merged (structural lines unchanged). With the
 * texts (`sources`, by document id) a sentence's text is the original between its offsets, spaces
 * between its clauses included, so cue offsets read the right characters.
 */
export function toSentenceSegments(segments: readonly CodedSegment[], priority: readonly ToolCell[], sources?: ReadonlyMap<string, string>): CodedSegment[] {
  const out: CodedSegment[] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (!last || !joins(last, s)) {
      out.push(s);
      continue;
    }
    const tools = priority.filter((c) => last.tools.includes(c) || s.tools.includes(c));
    out[out.length - 1] = {
      ...last,
      text: sources?.get(s.document)?.slice(last.start, s.end) ?? `${last.text}${s.text}`,
      end: s.end,
      endCodePoint: s.endCodePoint,
      role: tools.length > 0 ? "instrument" : last.role,
      tools,
      tool: tools[0] ?? null,
      anyTool: tools.length > 0,
      cells: [...new Set([...last.cells, ...s.cells])],
      inherited: last.inherited && s.inherited,
      themes: [...new Set([...last.themes, ...s.themes])],
      toolCues: [...last.toolCues, ...s.toolCues],
      themeCues: [...last.themeCues, ...s.themeCues],
    };
  }
  return out;
}
