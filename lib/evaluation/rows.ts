/**
 * Evaluations as table rows for notebooks (tm.showTable): one row per label, one κ column per
 * coder, so coders can be read side by side.
 *
 * @example
 * tm.showTable(kappaRows({ dictionary: a, model: b }, ["any tool", "authority.promotion"]));
 */
import type { EvaluationResult } from "./report";

/** Rows {code, clauses, <coder> κ …[, human κ]} for the labels given (default: those with a positive in gold). */
export function kappaRows(results: Readonly<Record<string, EvaluationResult>>, codes?: readonly string[]): Record<string, string | number | null>[] {
  const [first] = Object.values(results);
  const labels = codes ?? first.scores.filter((s) => s.gold > 0).map((s) => s.code);
  return labels.map((code) => {
    const row: Record<string, string | number | null> = { code, clauses: first.scores.find((s) => s.code === code)?.gold ?? 0 };
    for (const [name, r] of Object.entries(results)) {
      const k = r.scores.find((s) => s.code === code)?.kappa ?? null;
      row[`${name} κ`] = k === null ? null : Number(k.toFixed(2));
    }
    // The ceiling, where the first result has two independent hand codings.
    const ceiling = first.scores.find((s) => s.code === code)?.ceiling;
    if (ceiling !== undefined) row["human κ"] = ceiling === null ? null : Number(ceiling.toFixed(2));
    return row;
  });
}
