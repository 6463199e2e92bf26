/**
 * The dictionary coder's coding of a clause list, unit for unit: each document's clauses coded in
 * reading order (so list items see their lead-in) as an excerpt (`complete: false`: an evaluation
 * set's documents may stop after a title), tools from the classifier, themes from the theme cues
 * reduced to their top-level theme (an instrument without one takes its predecessor's: themesInContext),
 * none for structural lines and genre formulas.
 *
 * Reference: lib/coding/classify.ts, lib/coding/themes.ts.
 *
 * @example
 * dictionaryCoding([{ id: "a:01", document: "a", clause: "配套用房不得分割。" }])[0].tools; // ["authority.constraint"]
 */
import { classifyClauses, type ClauseCoding } from "../coding/classify";
import { defaultLexicon, type Lexicon } from "../coding/lexicon";
import { findThemes, themesInContext } from "../coding/themes";
import type { SetClause } from "./read-set";
import type { CodedUnit } from "./types";

const NO_THEMES = new Set(["transmittal", "purpose", "heading", "title", "docnumber", "issuer", "date", "addressee", "note"]);

/** Top-level themes of a clause, in first-mention order. */
export function topThemes(coding: ClauseCoding, lexicon: Lexicon): string[] {
  if (coding.kind !== "body" || NO_THEMES.has(coding.role)) return [];
  return [...new Set(findThemes(coding.text, lexicon).nodes.map((n) => n.split(".")[0]))];
}

/** Groups clause indices by document, keeping reading order. */
export function byDocument<T extends { document: string }>(clauses: readonly T[]): number[][] {
  const groups = new Map<string, number[]>();
  clauses.forEach((c, i) => {
    const group = groups.get(c.document);
    if (group) group.push(i);
    else groups.set(c.document, [i]);
  });
  return [...groups.values()];
}

/**
 * The dictionary coder's codings of `clauses`, aligned with them. `complete` says the clauses of a
 * document are the whole text (as `toolmix code` and a corrected project have them) rather than an
 * excerpt (an evaluation set's: the default).
 */
export function dictionaryCoding(clauses: readonly SetClause[], lexicon: Lexicon = defaultLexicon(), options: { complete?: boolean } = {}): (CodedUnit & { coding: ClauseCoding })[] {
  const out: (CodedUnit & { coding: ClauseCoding })[] = new Array(clauses.length);
  for (const indices of byDocument(clauses)) {
    const codings = classifyClauses(indices.map((i) => clauses[i].clause), lexicon, { complete: options.complete ?? false });
    const themes = themesInContext(codings.map((c) => topThemes(c, lexicon)), codings.map((c) => c.anyTool));
    indices.forEach((i, k) => {
      const c = clauses[i];
      out[i] = { id: c.id, document: c.document, text: c.clause, tools: codings[k].tools, themes: themes[k], coding: codings[k] };
    });
  }
  return out;
}
