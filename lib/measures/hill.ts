import { measureText } from "../messages";
import { defined, proportions } from "./value";
import type { MeasureValue } from "./types";

/**
 * Hill number of order q, the effective number of categories: how many equally used categories
 * would give the same diversity.
 *
 *   ⁰D = number of categories in use;  ¹D = exp(H) (Shannon);  ²D = 1 / Σ p_i² (inverse Simpson);
 *   ^qD = (Σ p_i^q)^(1/(1−q)) in general, sums over categories with p_i > 0.
 *
 * Between 1 (one category in use) and k (k categories used equally); it falls as q grows, since
 * higher orders weigh the dominant categories more. Not defined for an empty vector or a vector
 * without points. q must be finite and ≥ 0 (a contract error otherwise).
 *
 * Reference: Hill, M. O. (1973). Diversity and evenness: a unifying notation and its consequences.
 * Ecology 54(2), 427–432. ¹D is the kit's `effectiveTools` indicator.
 *
 * @example
 * hillNumber([1, 1, 0], 1).value;   // 2
 * hillNumber([3, 1], 2).value;      // 1.6 (1 / (0.75² + 0.25²))
 * hillNumber([3, 1], 0).value;      // 2
 */
export function hillNumber(counts: readonly number[], q: number): MeasureValue {
  if (!Number.isFinite(q) || q < 0) throw new RangeError(measureText.badOrder(q));
  const p = proportions("hillNumber", counts);
  if (!Array.isArray(p)) return p;
  // In use: a count > 0, even one whose share underflows to 0 next to a large total.
  const used = p.filter((_, i) => counts[i] > 0);
  if (q === 1) {
    let h = 0;
    for (const pi of used) if (pi > 0) h -= pi * Math.log(pi);
    return bounded(Math.exp(h), used.length);
  }
  let s = 0;
  for (const pi of used) s += pi ** q;
  return bounded(s ** (1 / (1 - q)), used.length);
}

/** Rounding can push D a hair outside [1, categories in use]; the bounds are exact. */
function bounded(d: number, inUse: number): MeasureValue {
  return defined(Math.min(inUse, Math.max(1, d)));
}
