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
import { kappaFromTable } from "../agreement/cohen";
import { evaluationText as text } from "../messages";
import type { CodeScore } from "./types";

/** Kappa of a 2 × 2 table given by its cells; null when undefined. */
export function binaryKappa(both: number, onlyGold: number, onlyPredicted: number, neither: number): number | null {
  const k = kappaFromTable([[both, onlyGold], [onlyPredicted, neither]], "unit").kappa;
  return Number.isFinite(k) ? k : null;
}

/** Scores every label of `labels` over units whose label sets are `gold[i]` and `predicted[i]`. */
export function scoreLabels(gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[], labels: readonly string[]): CodeScore[] {
  if (gold.length !== predicted.length) throw new RangeError(text.lengths(gold.length, predicted.length));
  if (gold.length === 0) throw new RangeError(text.emptyEvaluation);
  const g = gold.map((u) => new Set(u));
  const p = predicted.map((u) => new Set(u));
  return labels.map((code) => {
    let both = 0;
    let onlyGold = 0;
    let onlyPredicted = 0;
    for (let i = 0; i < g.length; i++) {
      const a = g[i].has(code);
      const b = p[i].has(code);
      if (a && b) both++;
      else if (a) onlyGold++;
      else if (b) onlyPredicted++;
    }
    const n = g.length;
    const positives = both + onlyGold;
    const predictedCount = both + onlyPredicted;
    return {
      code,
      n,
      gold: positives,
      predicted: predictedCount,
      both,
      kappa: binaryKappa(both, onlyGold, onlyPredicted, n - both - onlyGold - onlyPredicted),
      precision: predictedCount > 0 ? both / predictedCount : null,
      recall: positives > 0 ? both / positives : null,
    };
  });
}
