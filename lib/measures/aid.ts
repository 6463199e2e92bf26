import { measureText } from "../messages";
import { checkedColumns, defined, notDefined } from "./value";
import type { CountMatrix, MeasureValue } from "./types";

/**
 * Average Instrument Diversity (AID) of Fernández-i-Marín, Knill & Steinebach (2021): for each
 * cell in use (instrument i on target t), the probability that a cell in use on another target
 * holds a different instrument; AID is the mean over the cells in use. High AID means the
 * instruments are tailored to each target, low AID that the same instruments are reused on every
 * target. With instruments as rows and targets as columns, and c = 1 where a count is > 0:
 *
 *   AID = mean over cells (i, t) in use of  (N − n_t − (r_i − 1)) / (N − n_t),
 *
 * N the cells in use, n_t those on target t, r_i those of instrument i. This is
 * `PolicyPortfolios::diversity_aid` (R/diversity_aid.R, version 0.4), which loops over the cells
 * and counts, outside target t, the cells not in row i over all cells; the closed form above gives
 * the same number in O(I·T). Counts are reduced to presence (as the paper codes portfolios 0/1).
 *
 * Not defined for an empty portfolio or fewer than two targets in use, where there is no other
 * target to compare with; the R package returns 0 in both cases (set 0 yourself to match it).
 * Reproduces the paper's values (France 1976: 0.464; tests/measures.test.ts).
 *
 * Reference: Fernández-i-Marín, X., Knill, C. & Steinebach, Y. (2021). Studying policy design
 * quality in comparative perspective. American Political Science Review 115(3), 931–947,
 * doi:10.1017/S0003055421000186; R package PolicyPortfolios (Fernández-i-Marín, CRAN).
 *
 * @example
 * // one instrument on six targets, two more on one target each (France, environment, 1976)
 * averageInstrumentDiversity([[1, 1, 1, 1, 1, 1, 0, 0], [0, 0, 0, 0, 0, 0, 1, 0], [0, 0, 0, 0, 0, 0, 0, 1]]).value;
 * // 0.46428571428571425 (26 / 56)
 * averageInstrumentDiversity([[1, 0], [1, 0]]).notDefined; // "fewer than two targets in use (…)"
 */
export function averageInstrumentDiversity(counts: CountMatrix): MeasureValue {
  const cols = checkedColumns("averageInstrumentDiversity", counts);
  const inRow = counts.map((row) => row.filter((x) => x > 0).length);
  const inCol = Array.from({ length: cols }, (_, t) => counts.filter((row) => row[t] > 0).length);
  const total = inRow.reduce((a, b) => a + b, 0);
  if (total === 0) return notDefined(measureText.emptyPortfolio);
  if (inCol.filter((n) => n > 0).length < 2) return notDefined(measureText.oneTarget);
  let sum = 0;
  for (let i = 0; i < counts.length; i++) {
    for (let t = 0; t < cols; t++) {
      if (!(counts[i][t] > 0)) continue;
      // Cells in use on the other targets; at least one, since two or more targets are in use.
      const others = total - inCol[t];
      sum += (others - (inRow[i] - 1)) / others;
    }
  }
  return defined(sum / total);
}
