/**
 * Clauses as the supervised coder sees them: each document's clauses coded by the dictionary coder
 * in reading order (its coding and themes become features), with the researcher's codes attached
 * where they are known.
 *
 * @example
 * learnUnits([{ id: "a:01", document: "a", clause: "配套用房不得分割。", tools: ["authority.constraint"], themes: [] }])[0].coding.tools;
 * // ["authority.constraint"]
 */
import { defaultLexicon, type Lexicon } from "../coding/lexicon";
import { dictionaryCoding } from "../evaluation/predict";
import type { LearnUnit } from "./types";

/** A clause, optionally with its codes. */
export interface ClauseInput {
  id: string;
  document: string;
  clause: string;
  tools?: readonly string[];
  themes?: readonly string[];
}

/** Learn units of clauses (in reading order within each document; `complete`: whole texts, not excerpts). */
export function learnUnits(clauses: readonly ClauseInput[], options: { lexicon?: Lexicon; complete?: boolean } = {}): LearnUnit[] {
  const coded = dictionaryCoding(clauses, options.lexicon ?? defaultLexicon(), { complete: options.complete });
  return clauses.map((c, i) => ({
    id: c.id,
    document: c.document,
    text: c.clause,
    coding: coded[i].coding,
    dictionaryThemes: coded[i].themes,
    ...(c.tools ? { tools: c.tools } : {}),
    ...(c.themes ? { themes: c.themes } : {}),
  }));
}
