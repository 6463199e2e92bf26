/**
 * Per-label agreement of a predicted coding with the gold coding, unit by unit: the 2 × 2 table,
 * Cohen's kappa, precision and recall. Undefined values are null with no NaN: kappa when neither
 * coding varies, precision when nothing is predicted, recall when there is no positive.
 *
 * Reference: Cohen (1960), lib/agreement/cohen.ts; precision and recall as in information retrieval.
 *
 * @example
 * const gold = [["any tool"], [], ["any tool"]];
 * scoreLabels(gold, [["any tool"], [], []], ["any tool"])[0]; // { code: "any tool", n: 3, gold: 2, predicted: 1, both: 1, kappa: 0.4, precision: 1, recall: 0.5 }
 */
import { agreementByCode } from "../agreement/by-code";
import { kappaFromTable } from "../agreement/cohen";
import { evaluationText as text } from "../messages";
import type { CodeScore } from "./types";

/** Kappa of a 2 × 2 table given by its cells; null when undefined. */
export function binaryKappa(both: number, onlyGold: number, onlyPredicted: number, neither: number): number | null {
  const k = kappaFromTable([[both, onlyGold], [onlyPredicted, neither]], "unit").kappa;
  return Number.isFinite(k) ? k : null;
}

/** Scores every label of `labels` over units whose label sets are `gold[i]` and `predicted[i]` (the 2 × 2 tables of lib/agreement). */
export function scoreLabels(gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[], labels: readonly string[]): CodeScore[] {
  if (gold.length !== predicted.length) throw new RangeError(text.lengths(gold.length, predicted.length));
  if (gold.length === 0) throw new RangeError(text.emptyEvaluation);
  return agreementByCode(gold, predicted, { unit: "unit", codes: labels }).map((a) => {
    const positives = a.both + a.onlyA;
    const predictedCount = a.both + a.onlyB;
    return {
      code: a.code,
      n: a.n,
      gold: positives,
      predicted: predictedCount,
      both: a.both,
      kappa: Number.isFinite(a.kappa) ? a.kappa : null,
      precision: predictedCount > 0 ? a.both / predictedCount : null,
      recall: positives > 0 ? a.both / positives : null,
    };
  });
}
