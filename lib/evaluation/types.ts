/**
 * Types of evaluating a coder against hand coding: the coded unit, its codes, and the rows of an
 * evaluation report.
 */

/** What one coded unit is: a clause (between 。；！？ and line breaks) or a sentence (between 。！？ and line breaks). */
export type Unit = "clause" | "sentence";

/** The codes of one unit: tool cells (`authority.promotion` …) and top-level themes (`land_supply` …). */
export interface UnitCodes {
  tools: readonly string[];
  themes: readonly string[];
}

/** A unit with its text, its document and a coding. */
export interface CodedUnit extends UnitCodes {
  id: string;
  document: string;
  text: string;
}

/** How one code fares: a 2 × 2 table of gold against predicted, and the measures read off it. */
export interface CodeScore {
  /** The label: "any tool", a cell, "tool:authority", "direction:promotion", "theme:land_supply". */
  code: string;
  /** Units compared. */
  n: number;
  /** Units the gold coding codes at this code (positives). */
  gold: number;
  predicted: number;
  both: number;
  /** Cohen's kappa; null when not defined (neither coding varies). */
  kappa: number | null;
  /** both / predicted; null when nothing is predicted. */
  precision: number | null;
  /** both / gold; null when there is no positive. */
  recall: number | null;
  /** Percentile interval of kappa over documents resampled with replacement. */
  kappaInterval?: [number, number] | null;
  /** Kappa of the two independent hand codings with each other, where the set has them (the ceiling). */
  ceiling?: number | null;
}
