/**
 * The supervised coder beside the dictionary coder on the same clauses, cross-validated by
 * document: what `toolmix train` prints, so a researcher sees whether the corrections taught the
 * model anything before coding the rest of a corpus with it.
 *
 * @example
 * const c = compareOnCorrections(units, gold, { seed: 1, folds: 5, scheme: "paper-m0" });
 * formatComparison(c);
 */
import { dictionaryCoding } from "../evaluation/predict";
import { evaluateCoding, type EvaluationResult } from "../evaluation/report";
import type { CodedUnit } from "../evaluation/types";
import { crossValidatedCoding } from "./cross-validate";
import { codeWithModel, type TrainOptions } from "./train";
import type { CoderModel, LearnUnit } from "./types";
import { learnUnits, type ClauseInput } from "./units";

/** Both coders evaluated on the corrections. */
export interface Comparison {
  folds: number;
  model: EvaluationResult;
  dictionary: EvaluationResult;
}

/** Cross-validated model and dictionary coder, on the same clauses against the corrections. */
export function compareOnCorrections(units: readonly LearnUnit[], options: Omit<TrainOptions, "file" | "sha256"> & { folds: number; complete?: boolean }): Comparison {
  const gold: CodedUnit[] = units.map((u) => ({ id: u.id, document: u.document, text: u.text, tools: u.tools ?? [], themes: u.themes ?? [] }));
  const model = crossValidatedCoding(units, options);
  const dictionary = dictionaryCoding(units.map((u) => ({ id: u.id, document: u.document, clause: u.text })), undefined, { complete: options.complete });
  const settings = { seed: options.seed, replicates: 1000 };
  return { folds: options.folds, model: evaluateCoding(gold, model, settings), dictionary: evaluateCoding(gold, dictionary, settings) };
}

const f = (x: number | null | undefined) => (x === null || x === undefined ? "   —  " : x.toFixed(2).padStart(6));

/** One line per label with positives: κ of the dictionary, κ of the model with its interval, the difference. */
export function formatComparison(c: Comparison): string {
  const head = `Cross-validated by document (${c.folds} folds, seed ${c.model.seed}), on ${c.model.units} corrected clauses of ${c.model.documents} documents:`;
  const cols = `  ${"code".padEnd(32)}${"clauses".padStart(8)}  dictionary κ   model κ  [ 95 % interval ]   change`;
  const rows = c.model.scores
    .filter((s) => s.gold > 0)
    .map((s) => {
      const d = c.dictionary.scores.find((x) => x.code === s.code)!;
      const ci = s.kappaInterval ? `[${f(s.kappaInterval[0])}, ${f(s.kappaInterval[1])}]` : "[   —  ,    —  ]";
      const change = s.kappa !== null && d.kappa !== null ? `${s.kappa - d.kappa >= 0 ? "+" : ""}${(s.kappa - d.kappa).toFixed(2)}` : "—";
      return `  ${s.code.padEnd(32)}${String(s.gold).padStart(8)}       ${f(d.kappa)}    ${f(s.kappa)}  ${ci}   ${change.padStart(6)}`;
    });
  return [head, cols, ...rows].join("\n");
}

/**
 * A trained model and the dictionary coder on held-out clauses with their hand coding: what a
 * model buys on documents nobody reviewed (notebook 08).
 *
 * @example
 * tm.showTable(tm.kappaRows(compareOnClauses(model, heldOut, { seed: 1 })));
 */
export function compareOnClauses(model: CoderModel, clauses: readonly (ClauseInput & { tools: readonly string[]; themes: readonly string[] })[], options: { seed: number; replicates?: number; complete?: boolean }): { dictionary: EvaluationResult; model: EvaluationResult } {
  const units = learnUnits(clauses, { complete: options.complete });
  const gold: CodedUnit[] = clauses.map((c) => ({ id: c.id, document: c.document, text: c.clause, tools: c.tools, themes: c.themes }));
  const dictionary: CodedUnit[] = units.map((u) => ({ id: u.id, document: u.document, text: u.text, tools: u.coding.tools, themes: u.dictionaryThemes }));
  const settings = { seed: options.seed, replicates: options.replicates ?? 1000 };
  return { dictionary: evaluateCoding(gold, dictionary, settings), model: evaluateCoding(gold, codeWithModel(model, units), settings) };
}
