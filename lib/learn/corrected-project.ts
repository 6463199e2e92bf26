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
import { defaultLexicon, TOOL_CELLS, type ToolCell } from "../coding/lexicon";
import { InputError, type InputIssue } from "../errors";
import { THEMES } from "../evaluation/labels";
import { evaluationText as text } from "../messages";
import { toForeignProject } from "../coding/project";
import type { ForeignProject } from "../qda/types";
import { recoded } from "./recode";

/** A clause's codes as a reviewer leaves them. */
export interface Correction {
  tools: readonly string[];
  themes: readonly string[];
}

/** Clause ids of the dictionary coder's segments, as ./corrections.ts numbers them. */
export function clauseIds(segments: readonly { document: string; index: number }[]): string[] {
  // Padded to the width of the document's largest number, so clause and sentence segments of one text
  // (a sentence keeps its first clause's index) get the same ids.
  const largest = new Map<string, number>();
  for (const s of segments) largest.set(s.document, Math.max(largest.get(s.document) ?? 0, s.index + 1));
  return segments.map((s) => `${s.document}:${String(s.index + 1).padStart(Math.max(2, String(largest.get(s.document)).length), "0")}`);
}

/** The dictionary coder's project for `texts`, with the clauses in `corrections` coded as given. */
export function correctedProject(texts: readonly CoderText[], corrections: ReadonlyMap<string, Correction>): ForeignProject {
  const coded = codeTexts(texts);
  const ids = clauseIds(coded.segments);
  checkCorrections(corrections, new Set(ids));
  const segments = coded.segments.map((s, i) => {
    const c = corrections.get(ids[i]);
    return c ? recoded(s, c.tools as ToolCell[], c.themes) : s;
  });
  return toForeignProject(texts, segments, defaultThemes(), `${defaultLexicon().version}, reviewed`, "reviewed");
}

/** Every correction names a clause of the texts and valid codes, or an InputError lists what is wrong. */
function checkCorrections(corrections: ReadonlyMap<string, Correction>, known: ReadonlySet<string>): void {
  const issues: InputIssue[] = [];
  const file = text.correctionsName;
  for (const [id, c] of corrections) {
    if (!known.has(id)) issues.push({ file, field: "id", found: id, expected: text.expected.clauseOfTexts([...known].slice(0, 2)) });
    for (const t of c.tools) if (!(TOOL_CELLS as readonly string[]).includes(t)) issues.push({ file, field: `${id}.tools`, found: t, expected: text.expected.codeList(TOOL_CELLS) });
    for (const t of c.themes) if (!(THEMES as readonly string[]).includes(t)) issues.push({ file, field: `${id}.themes`, found: t, expected: text.expected.codeList(THEMES) });
  }
  if (issues.length > 0) throw new InputError(issues);
}
