/**
 * A coded project with some clauses' codes replaced: what a researcher's review in NVivo or
 * QualCoder produces, done in code — for notebooks that show the loop (code, correct a few,
 * train) and for tests that stand a hand-coded set in for a reviewer. Clause ids are
 * `<text id>:<nn>` as ./corrections.ts reads them back; a corrected theme is coded at its top-level
 * node.
 *
 * @example
 * const project = correctedProject(texts, new Map([["d1:03", { tools: ["authority.promotion"], themes: ["land_supply"] }]]));
 * writeFileSync("output/reviewed.qdpx", writeQdpx(project));
 */
import { codeTexts, defaultThemes, type CoderText } from "../coding/coder";
import { defaultLexicon, type ToolCell } from "../coding/lexicon";
import { toForeignProject } from "../coding/project";
import type { ForeignProject } from "../qda/types";

/** A clause's codes as a reviewer leaves them. */
export interface Correction {
  tools: readonly string[];
  themes: readonly string[];
}

/** Clause ids of the dictionary coder's segments, as ./corrections.ts numbers them. */
export function clauseIds(segments: readonly { document: string; index: number }[]): string[] {
  const perDocument = new Map<string, number>();
  for (const s of segments) perDocument.set(s.document, (perDocument.get(s.document) ?? 0) + 1);
  return segments.map((s) => `${s.document}:${String(s.index + 1).padStart(Math.max(2, String(perDocument.get(s.document)).length), "0")}`);
}

/** The dictionary coder's project for `texts`, with the clauses in `corrections` coded as given. */
export function correctedProject(texts: readonly CoderText[], corrections: ReadonlyMap<string, Correction>): ForeignProject {
  const coded = codeTexts(texts);
  const ids = clauseIds(coded.segments);
  const segments = coded.segments.map((s, i) => {
    const c = corrections.get(ids[i]);
    if (!c) return s;
    const tools = [...c.tools] as ToolCell[];
    const keep = new Set(c.themes);
    const themes = [...s.themes.filter((n) => keep.has(n.split(".")[0])), ...[...keep].filter((t) => !s.themes.some((n) => n.split(".")[0] === t))];
    return { ...s, tools, tool: tools[0] ?? null, anyTool: tools.length > 0, themes };
  });
  return toForeignProject(texts, segments, defaultThemes(), `${defaultLexicon().version}, reviewed`, "reviewed");
}
