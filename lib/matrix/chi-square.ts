/**
 * Pearson's chi-square test of independence of a two-way table of counts, with what a reader of
 * an X–Y matrix needs beside the p-value: expected counts, Pearson residuals (x − E) / √E,
 * standardized (adjusted) residuals (x − E) / √(E (1 − rᵢ/n)(1 − cⱼ/n)) — R's `chisq.test()$stdres`,
 * roughly N(0, 1) under independence, so |r| > 2 marks a cell worth reading — and Cramér's V.
 *
 * Rows or columns whose total is zero carry no information and would make E = 0: they are dropped
 * from the test (listed in `droppedRows`/`droppedCols`; their residuals are null). No continuity
 * correction is applied (R applies Yates's to 2 × 2 tables unless `correct = FALSE`). The
 * approximation is doubtful when expected counts are small: `warning` is set when more than 20 %
 * of the cells expect fewer than 5 or any cell expects fewer than 1 (Cochran's rule).
 *
 * Reference: Agresti, *Categorical Data Analysis*, 3rd ed. (2013), §3.1–3.3 (X², adjusted
 * residuals; the party identification × gender table, X² = 30.07, df 2); Cochran, Biometrics 10
 * (1954) 417–451; Cramér, *Mathematical Methods of Statistics* (1946) p. 282. Checked against R in
 * tests/chi-square.test.ts.
 *
 * @example
 * const t = chiSquareTest([[762, 327, 468], [484, 239, 477]]);
 * t.statistic; // 30.0701…
 * t.df;        // 2
 * t.pValue;    // 2.9536e-7
 */
import { matrixText } from "../messages";
import { chiSquareUpperTail } from "./incomplete-gamma";

/** The test's result; numbers that do not exist are null with `notDefined` saying why. */
export interface ChiSquareResult {
  /** X², or null when the test is not defined. */
  statistic: number | null;
  df: number | null;
  pValue: number | null;
  /** Cramér's V = √(X² / (n (min(r, c) − 1))) over the rows and columns kept. */
  cramersV: number | null;
  /** Units in the table (the sum of its cells). */
  n: number;
  /** Indices of the rows and columns left out because their total is zero. */
  droppedRows: number[];
  droppedCols: number[];
  /** Full-size matrices (the input's shape); null in dropped rows and columns. */
  expected: (number | null)[][];
  residuals: (number | null)[][];
  stdres: (number | null)[][];
  /** Cells (of those kept) whose expected count is below 5, and their share of the kept cells. */
  smallExpected: { cells: number; share: number; belowOne: number };
  /** Set when the chi-square approximation is doubtful (Cochran's rule). */
  warning: string | null;
  /** Why the test is not defined (fewer than two rows or columns with units), else null. */
  notDefined: string | null;
}

/**
 * Runs the test on a table of counts (rows × columns, integers ≥ 0).
 *
 * @example
 * chiSquareTest([[10, 30], [20, 40]]).statistic; // 0.79365 (R: chisq.test(matrix(c(10,20,30,40),2), correct = FALSE))
 */
export function chiSquareTest(counts: readonly (readonly number[])[]): ChiSquareResult {
  checkCounts(counts);
  const rows = counts.length;
  const cols = rows > 0 ? counts[0].length : 0;
  const rowSum = counts.map((r) => r.reduce((s, x) => s + x, 0));
  const colSum = Array.from({ length: cols }, (_, j) => counts.reduce((s, r) => s + r[j], 0));
  const n = rowSum.reduce((s, x) => s + x, 0);
  const keptRows = indices(rows).filter((i) => rowSum[i] > 0);
  const keptCols = indices(cols).filter((j) => colSum[j] > 0);
  const empty = () => counts.map((r) => r.map((): number | null => null));
  const result: ChiSquareResult = {
    statistic: null, df: null, pValue: null, cramersV: null, n,
    droppedRows: indices(rows).filter((i) => rowSum[i] === 0),
    droppedCols: indices(cols).filter((j) => colSum[j] === 0),
    expected: empty(), residuals: empty(), stdres: empty(),
    smallExpected: { cells: 0, share: 0, belowOne: 0 },
    warning: null, notDefined: null,
  };
  // Guard: independence needs at least two rows and two columns with units.
  if (keptRows.length < 2 || keptCols.length < 2) return { ...result, notDefined: matrixText.test.tooSmall(keptRows.length, keptCols.length) };
  let statistic = 0;
  let small = 0;
  let belowOne = 0;
  for (const i of keptRows) {
    for (const j of keptCols) {
      const e = (rowSum[i] * colSum[j]) / n;
      const d = counts[i][j] - e;
      statistic += (d * d) / e;
      if (e < 5) small++;
      if (e < 1) belowOne++;
      result.expected[i][j] = e;
      result.residuals[i][j] = d / Math.sqrt(e);
      result.stdres[i][j] = d / Math.sqrt(e * (1 - rowSum[i] / n) * (1 - colSum[j] / n));
    }
  }
  const cells = keptRows.length * keptCols.length;
  const df = (keptRows.length - 1) * (keptCols.length - 1);
  const share = small / cells;
  return {
    ...result,
    statistic,
    df,
    pValue: chiSquareUpperTail(statistic, df),
    cramersV: Math.sqrt(statistic / (n * (Math.min(keptRows.length, keptCols.length) - 1))),
    smallExpected: { cells: small, share, belowOne },
    warning: share > 0.2 || belowOne > 0 ? matrixText.test.smallExpected(small, cells, belowOne) : null,
  };
}

function indices(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** A contract check: a rectangular table of whole numbers ≥ 0 (the cross-tab builder guarantees it). */
function checkCounts(counts: readonly (readonly number[])[]): void {
  const width = counts[0]?.length ?? 0;
  counts.forEach((row, i) => {
    if (row.length !== width) throw new RangeError(matrixText.internal.ragged(i, row.length, width));
    row.forEach((x, j) => {
      if (!Number.isInteger(x) || x < 0) throw new RangeError(matrixText.internal.badCount(x, i, j));
    });
  });
}
