/**
 * What correcting part of a corpus buys on the rest of it: documents are taken in an order shuffled
 * by the seed until at least `trainClauses` clauses are corrected (whole documents, as a researcher
 * reviews them), a model is trained on those corrections, and the rest of the corpus is coded by
 * the model and by the dictionary coder alone, both scored against the hand coding. Issue 12's
 * target: after 200 corrected clauses, κ on the rest at least the dictionary's + 0.05.
 *
 * @example
 * const r = correctionsExperiment(clauses, { seed: 1, trainClauses: 200 });
 * r.model.scores[0].kappa! - r.dictionary.scores[0].kappa!; // what the corrections gained for "any tool"
 */
import { evaluateCoding, type EvaluationResult } from "../evaluation/report";
import type { CodedUnit } from "../evaluation/types";
import { documentOrder } from "./cross-validate";
import { codeWithModel, trainCoder } from "./train";
import { learnUnits, type ClauseInput } from "./units";

/** One run of the experiment. */
export interface CorrectionsRun {
  seed: number;
  trainClauses: number;
  trainDocuments: number;
  testClauses: number;
  model: EvaluationResult;
  dictionary: EvaluationResult;
}

/** Trains on the first documents (seeded order) up to `trainClauses`, scores both coders on the rest. */
export function correctionsExperiment(clauses: readonly (ClauseInput & { tools: readonly string[]; themes: readonly string[] })[], options: { seed: number; trainClauses: number; complete?: boolean; replicates?: number }): CorrectionsRun {
  const units = learnUnits(clauses, { complete: options.complete });
  const order = documentOrder(units.map((u) => u.document), options.seed);
  const train = new Set<string>();
  let n = 0;
  for (const d of order) {
    if (n >= options.trainClauses) break;
    train.add(d);
    n += units.filter((u) => u.document === d).length;
  }
  const trainUnits = units.filter((u) => train.has(u.document));
  const testUnits = units.filter((u) => !train.has(u.document));
  const model = trainCoder(trainUnits, { seed: options.seed, scheme: "paper-m0", file: "experiment", sha256: "" });
  const gold: CodedUnit[] = testUnits.map((u) => ({ id: u.id, document: u.document, text: u.text, tools: u.tools ?? [], themes: u.themes ?? [] }));
  const dictionary: CodedUnit[] = testUnits.map((u) => ({ id: u.id, document: u.document, text: u.text, tools: u.coding.tools, themes: u.dictionaryThemes }));
  const settings = { seed: options.seed, replicates: options.replicates ?? 1000 };
  return {
    seed: options.seed,
    trainClauses: trainUnits.length,
    trainDocuments: train.size,
    testClauses: testUnits.length,
    model: evaluateCoding(gold, codeWithModel(model, testUnits), settings),
    dictionary: evaluateCoding(gold, dictionary, settings),
  };
}
