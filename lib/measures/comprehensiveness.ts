import { measureText } from "../messages";
import { checkedColumns, defined, notDefined } from "./value";
import type { CountMatrix, MeasureValue } from "./types";

/**
 * Comprehensiveness of a policy mix: the share of tool × theme cells in use (count > 0) among all
 * cells of the table, 0 (nothing coded) to 1 (every tool used on every theme). With instruments as
 * rows and targets as columns it equals the "portfolio size" of Fernández-i-Marín, Knill &
 * Steinebach (2021) and PolicyPortfolios (`Size = sum(P) / Space` on a 0/1 portfolio), and the
 * "policy density" of Knill, Schulze & Tosun (2012). Not defined for a table without cells.
 *
 * Give it a cross-tab's counts (lib/matrix/types.ts `CrossTab.counts`). Every cell counts, used or
 * not, so the value depends on the scheme's granularity: compare mixes on the same rows and columns.
 *
 * Reference: Knill, C., Schulze, K. & Tosun, J. (2012). Regulatory policy outputs and impacts.
 * Regulation & Governance 6(4), 427–444; Fernández-i-Marín, X., Knill, C. & Steinebach, Y. (2021).
 * Studying policy design quality in comparative perspective. APSR 115(3), 931–947.
 *
 * @example
 * comprehensiveness([[3, 0], [1, 2]]).value; // 0.75
 * comprehensiveness([]).notDefined;          // "no cells (a table without rows or columns)"
 */
export function comprehensiveness(counts: CountMatrix): MeasureValue {
  const cols = checkedColumns("comprehensiveness", counts);
  if (counts.length === 0 || cols === 0) return notDefined(measureText.noCells);
  let used = 0;
  for (const row of counts) for (const x of row) if (x > 0) used++;
  return defined(used / (counts.length * cols));
}

/**
 * Comprehensiveness per row: for each row (a tool), the share of columns (themes) it is used on.
 * Not defined for a row when the table has no columns. Transpose the table for the share of tools
 * used per theme.
 *
 * @example
 * comprehensivenessByRow([[3, 0], [1, 2]]).map((m) => m.value); // [0.5, 1]
 */
export function comprehensivenessByRow(counts: CountMatrix): MeasureValue[] {
  const cols = checkedColumns("comprehensivenessByRow", counts);
  return counts.map((row) => (cols === 0 ? notDefined(measureText.noColumns) : defined(row.filter((x) => x > 0).length / cols)));
}

/**
 * The transpose of a count matrix (columns become rows), for per-column measures.
 *
 * @example
 * transpose([[1, 2, 3], [4, 5, 6]]); // [[1, 4], [2, 5], [3, 6]]
 */
export function transpose(counts: CountMatrix): number[][] {
  const cols = checkedColumns("transpose", counts);
  return Array.from({ length: cols }, (_, j) => counts.map((row) => row[j]));
}
