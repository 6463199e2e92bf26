/** Building and checking measure values, and the input checks every measure shares. */
import { measureText } from "../messages";
import type { CountMatrix, DefinedValue, MeasureValue, UndefinedValue } from "./types";

/**
 * A defined measure value. Guards against NaN and ±Infinity so a non-finite number can never pass
 * as a result (a caller computing 0/0 gets a contract error, not a silent NaN).
 *
 * @example
 * defined(0.5); // { value: 0.5 }
 */
export function defined(value: number): DefinedValue {
  if (!Number.isFinite(value)) throw new RangeError(measureText.notFinite(value));
  return { value };
}

/**
 * A measure that does not exist for this input, with the reason.
 *
 * @example
 * notDefined("no points"); // { value: null, notDefined: "no points" }
 */
export function notDefined(reason: string): UndefinedValue {
  return { value: null, notDefined: reason };
}

/**
 * True when a measure holds a number.
 *
 * @example
 * isDefined({ value: 1 }); // true
 */
export function isDefined(m: MeasureValue): m is DefinedValue {
  return m.notDefined === undefined;
}

/**
 * Checks a vector of counts (finite, ≥ 0) and returns its total. Counts need not be whole: shares
 * or expected counts work as well.
 *
 * @example
 * checkedTotal("shannon", [3, 0, 1]); // 4
 */
export function checkedTotal(fn: string, counts: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < counts.length; i++) {
    const x = counts[i];
    if (!Number.isFinite(x) || x < 0) throw new RangeError(measureText.badCount(fn, x, `index ${i}`));
    total += x;
  }
  return total;
}

/**
 * Checks a count matrix (rows of equal length, counts finite and ≥ 0) and returns its number of columns.
 *
 * @example
 * checkedColumns("comprehensiveness", [[1, 0], [0, 2]]); // 2
 */
export function checkedColumns(fn: string, rows: CountMatrix): number {
  const cols = rows.length > 0 ? rows[0].length : 0;
  rows.forEach((row, i) => {
    if (row.length !== cols) throw new RangeError(measureText.ragged(fn, i, row.length, cols));
    row.forEach((x, j) => {
      if (!Number.isFinite(x) || x < 0) throw new RangeError(measureText.badCount(fn, x, `row ${i}, column ${j}`));
    });
  });
  return cols;
}

/**
 * The proportions p_i = x_i / Σx of a count vector, or why there are none: an empty vector has no
 * categories, a vector of zeros no points. Shared by every balance measure, so all of them agree
 * on when they are defined.
 *
 * @example
 * proportions("shannon", [3, 1]);  // [0.75, 0.25]
 * proportions("shannon", [0, 0]);  // { value: null, notDefined: "no points" }
 */
export function proportions(fn: string, counts: readonly number[]): number[] | UndefinedValue {
  const total = checkedTotal(fn, counts);
  if (counts.length === 0) return notDefined(measureText.noCategories);
  if (total === 0) return notDefined(measureText.noPoints);
  return counts.map((x) => x / total);
}
