/**
 * An evaluation set's hand coding as a reviewer's corrections: for a set made from texts
 * (tests/fixtures/coding/dev-2 …), its gold codes keyed by the coder's clause ids, for the
 * documents asked. Notebook 08 and the tests use it to stand a careful reviewer in for a person:
 * the loop code → correct → train → code the rest can then be run and measured end to end.
 *
 * @example
 * const { texts, corrections } = goldCorrections("tests/fixtures/coding/dev-2", ["da-kunshan-2024"]);
 * corrections.size; // the clauses of that document
 */
import { existsSync, readdirSync } from "node:fs";
import { InputError } from "../errors";
import { evaluationText as text } from "../messages";
import { basename, join } from "node:path";
import { codeTexts, type CoderText } from "../coding/coder";
import { readUtf8 } from "../io/read-text";
import { readEvaluationSet } from "../evaluation/read-set";
import { clauseIds, type Correction } from "./corrected-project";
import type { ClauseInput } from "./units";

/** A set's texts and the gold codes of the clauses of `documents` (all documents when not given). */
export function goldCorrections(folder: string, documents?: readonly string[]): { texts: CoderText[]; corrections: Map<string, Correction> } {
  if (!existsSync(join(folder, "texts"))) throw new InputError([{ file: folder, field: "texts", found: text.found.noTextsFolder, expected: text.expected.setWithTexts }]);
  const texts = readdirSync(join(folder, "texts")).filter((f) => f.endsWith(".txt")).sort().map((f) => ({ id: basename(f, ".txt"), name: basename(f, ".txt"), text: readUtf8(join(folder, "texts", f)) }));
  const set = readEvaluationSet(folder);
  const segments = codeTexts(texts).segments;
  const ids = clauseIds(segments);
  const byDocument = new Map<string, string[]>();
  segments.forEach((s, i) => {
    const list = byDocument.get(s.document);
    if (list) list.push(ids[i]);
    else byDocument.set(s.document, [ids[i]]);
  });
  // A set's clause list is the coder's segments of each text, in order (tests/coding-eval.test.ts checks it).
  const seen = new Map<string, number>();
  const wanted = documents ? new Set(documents) : undefined;
  const corrections = new Map<string, Correction>();
  for (const g of set.gold) {
    const k = seen.get(g.document) ?? 0;
    seen.set(g.document, k + 1);
    const id = byDocument.get(g.document)?.[k];
    if (id === undefined) throw new InputError([{ file: join(folder, "clauses.csv"), field: "document", found: g.document, expected: text.expected.documentWithText }]);
    if (!wanted || wanted.has(g.document)) corrections.set(id, { tools: g.tools, themes: g.themes });
  }
  return { texts, corrections };
}

/**
 * A set's clauses with their gold codes, as training or held-out clauses.
 *
 * @example
 * goldClauses("tests/fixtures/coding/dev-3").filter((c) => c.tools.length > 0).length; // clauses with a tool
 */
export function goldClauses(folder: string): (ClauseInput & { tools: readonly string[]; themes: readonly string[] })[] {
  const set = readEvaluationSet(folder);
  return set.clauses.map((c, i) => ({ ...c, tools: set.gold[i].tools, themes: set.gold[i].themes }));
}
