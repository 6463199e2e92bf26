/** Types of the policy-mix measures (lib/measures): a value that is defined, or says why it is not. */

/** A measure that exists: a finite number. */
export interface DefinedValue {
  value: number;
  notDefined?: undefined;
}

/**
 * A measure that does not exist for this input (evenness of one category, a share of nothing):
 * `value` is null (as JSON prints it) and `notDefined` gives the reason. Never NaN.
 */
export interface UndefinedValue {
  value: null;
  notDefined: string;
}

/** The result of every measure: a finite number, or null with the reason. */
export type MeasureValue = DefinedValue | UndefinedValue;

/** A table of counts: `rows[i][j]` ≥ 0, every row of the same length. */
export type CountMatrix = readonly (readonly number[])[];

/** The direction a tool × direction row of a cross-tab acts in; null for a row without one. */
export type RowDirection = "promotion" | "constraint" | null;

/** A measure of one named thing (a row, a theme, a group). */
export interface NamedMeasure {
  id: string;
  measure: string;
  value: number | null;
  notDefined?: string;
}
