import { simpson } from "./simpson";
import { defined } from "./value";
import type { MeasureValue } from "./types";

/**
 * Gini–Simpson diversity 1 − Σ p_i²: the probability that two points drawn with replacement fall
 * in different categories. 0 for one category in use, at most 1 − 1/k for k categories (equal
 * shares). Not defined for an empty vector or a vector without points. This is the "Diversity
 * (Gini-Simpson)" of PolicyPortfolios (`vegan::diversity(index = "simpson")`), which applies it to
 * the number of targets each instrument covers (see `portfolioMeasures`).
 *
 * Reference: Gini, C. (1912). Variabilità e mutabilità; Simpson (1949), Nature 163, 688;
 * Jost, L. (2006). Entropy and diversity. Oikos 113(2), 363–375.
 *
 * @example
 * giniSimpson([1, 1, 1, 1]).value;  // 0.75
 * giniSimpson([9]).value;           // 0
 */
export function giniSimpson(counts: readonly number[]): MeasureValue {
  const d = simpson(counts);
  if (d.notDefined !== undefined) return d;
  return defined(Math.max(0, 1 - d.value));
}
