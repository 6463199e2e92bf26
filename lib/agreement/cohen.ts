/**
 * Cohen's kappa: agreement of two coders who put each unit into one nominal category, corrected
 * for the agreement their marginal distributions would produce by chance.
 *
 *   κ = (p_o − p_e) / (1 − p_e),  p_o = Σ_i n_ii / n,  p_e = Σ_i (n_i· / n)(n_·i / n)
 *
 * When both coders use one and the same category for every unit, p_e = 1 and κ is 0/0: this
 * module reports NaN with a note (the statistician's answer). NVivo's Coding Comparison reports 1
 * in that case; its variant is `nvivoKappa` in ./nvivo.ts. Results always state the unit counted
 * (clause, document, character …), since kappa over clauses and over characters are different
 * numbers.
 *
 * Reference: Cohen, J. (1960). A coefficient of agreement for nominal scales. Educational and
 * Psychological Measurement 20(1), 37–46.
 *
 * @example
 * kappaFromTable([[20, 5], [10, 15]]).kappa; // 0.4  (p_o 0.70, p_e 0.50: 50 grant proposals, two readers)
 * cohenKappa(["a", "a", "b"], ["a", "b", "b"], { unit: "clause" }).observed; // 2/3
 */
import { agreement as text } from "../messages";

/** Kappa with what it was computed from. */
export interface KappaResult {
  /** Cohen's kappa; NaN when undefined (see `note`). */
  kappa: number;
  /** Observed agreement p_o, a proportion 0–1. */
  observed: number;
  /** Chance agreement p_e from the marginals, a proportion 0–1. */
  expected: number;
  /** Number of units compared. */
  n: number;
  /** What one unit is (clause, document, character …). */
  unit: string;
  /** Why kappa is NaN, when it is. */
  note?: string;
}

/**
 * Kappa from a square contingency table: rows are coder A's categories, columns coder B's, in
 * the same order; cells are unit counts (or weights such as characters).
 *
 * @example
 * kappaFromTable([[20, 5], [10, 15]], "proposal"); // { kappa: 0.4, observed: 0.7, expected: 0.5, n: 50, unit: "proposal" }
 */
export function kappaFromTable(table: readonly (readonly number[])[], unit = "unit"): KappaResult {
  const k = table.length;
  for (const row of table) if (row.length !== k) throw new RangeError(text.squareTable(k, row.length));
  let n = 0;
  for (const row of table) {
    for (const cell of row) {
      if (!(Number.isFinite(cell) && cell >= 0)) throw new RangeError(text.badCount(cell));
      n += cell;
    }
  }
  if (n === 0) throw new RangeError(text.empty("kappa"));
  let agree = 0;
  let chance = 0;
  for (let i = 0; i < k; i++) {
    agree += table[i][i];
    let rowSum = 0;
    let colSum = 0;
    for (let j = 0; j < k; j++) {
      rowSum += table[i][j];
      colSum += table[j][i];
    }
    chance += (rowSum / n) * (colSum / n);
  }
  const observed = agree / n;
  // p_e can exceed 1 by a rounding ulp when one category holds everything; treat it as exactly 1.
  const expected = Math.min(chance, 1);
  if (expected >= 1 - 1e-12) return { kappa: NaN, observed, expected: 1, n, unit, note: text.noVariationKappa };
  return { kappa: (observed - expected) / (1 - expected), observed, expected, n, unit };
}

/**
 * Kappa between two codings of the same units, one label per unit (any value compared with ===;
 * use a label such as "none" for "no code"). Categories are the labels either coder used.
 *
 * @example
 * cohenKappa(["x", "y", "y", "x"], ["x", "y", "x", "x"], { unit: "clause" }).kappa; // 0.5
 */
export function cohenKappa<T>(a: readonly T[], b: readonly T[], options: { unit?: string } = {}): KappaResult {
  if (a.length !== b.length) throw new RangeError(text.lengths(a.length, b.length));
  if (a.length === 0) throw new RangeError(text.empty("cohenKappa"));
  const index = new Map<T, number>();
  for (const label of [...a, ...b]) if (!index.has(label)) index.set(label, index.size);
  const table = Array.from({ length: index.size }, () => new Array<number>(index.size).fill(0));
  for (let u = 0; u < a.length; u++) table[index.get(a[u])!][index.get(b[u])!] += 1;
  return kappaFromTable(table, options.unit ?? "unit");
}
