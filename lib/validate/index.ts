import type { Dataset } from "../dataset/types";
import { canonicalCounts } from "./canonical";
import { checkChildrenSum, checkCoverage, checkFiles, checkPrintedTwice, checkShares, type CheckContext } from "./checks";
import { directCodings } from "./direct";
import { checkImpossible } from "./impossible";
import type { Finding, ValidationReport } from "./types";

/**
 * Checks a loaded dataset's arithmetic without changing it: values that no count can have, every
 * printed share recomputed from the counts, children summing to parents, file counts within the
 * corpus and consistent with the hierarchy, nodes printed twice agreeing. Codings placed directly
 * on a parent node are valid where the dataset can hold them (./direct.ts). The paper's own
 * inconsistencies come back as warnings with table and node (租售管理's children sum to 19, the
 * table prints 20); nothing is "fixed". Impossible numbers (children above their parent, a
 * 26-digit count) are errors.
 *
 * @example
 * const { errors, warnings } = validateDataset(loadDataset());
 * errors.length;   // 0
 * warnings.map((w) => `${w.source} ${w.label}`); // includes "text-2.2.2 土地使用", "table3 租售管理"
 */
export function validateDataset(dataset: Dataset): ValidationReport {
  const findings: Finding[] = [];
  const context: CheckContext = { dataset, counts: canonicalCounts(dataset), report: (f) => findings.push(f), direct: directCodings(dataset) };
  for (const check of [checkImpossible, checkShares, checkChildrenSum, checkFiles, checkPrintedTwice, checkCoverage]) check(context);
  return {
    errors: findings.filter((f) => f.severity === "error"),
    warnings: findings.filter((f) => f.severity === "warning"),
  };
}
