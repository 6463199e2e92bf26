import type { Dataset } from "../dataset/types";
import { canonicalCounts } from "./canonical";
import { checkChildrenSum, checkCoverage, checkFiles, checkPrintedTwice, checkShares, type CheckContext } from "./checks";
import type { Finding, ValidationReport } from "./types";

/**
 * Checks a loaded dataset's arithmetic without changing it: every printed share recomputed from
 * the counts, children summing to parents, file counts within the corpus and consistent with the
 * hierarchy, nodes printed twice agreeing. The paper's own inconsistencies come back as warnings
 * with table and node (租售管理's children sum to 19, the table prints 20); nothing is "fixed".
 *
 * @example
 * const { errors, warnings } = validateDataset(loadDataset());
 * errors.length;   // 0
 * warnings.map((w) => `${w.source} ${w.label}`); // includes "text-2.2.2 土地使用", "table3 租售管理"
 */
export function validateDataset(dataset: Dataset): ValidationReport {
  const findings: Finding[] = [];
  const context: CheckContext = { dataset, counts: canonicalCounts(dataset), report: (f) => findings.push(f) };
  for (const check of [checkShares, checkChildrenSum, checkFiles, checkPrintedTwice, checkCoverage]) check(context);
  return {
    errors: findings.filter((f) => f.severity === "error"),
    warnings: findings.filter((f) => f.severity === "warning"),
  };
}
