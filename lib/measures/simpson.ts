import { defined, proportions } from "./value";
import type { MeasureValue } from "./types";

/**
 * Simpson's concentration D = Σ p_i²: the probability that two points drawn with replacement fall
 * in the same category. 1/k (spread equally over k categories) to 1 (one category); the
 * Herfindahl–Hirschman index of the mix (the kit's `hhi` indicator, on a 0–1 scale).
 * Not defined for an empty vector or a vector without points.
 *
 * Reference: Simpson, E. H. (1949). Measurement of diversity. Nature 163, 688.
 *
 * @example
 * simpson([1, 1]).value;   // 0.5
 * simpson([3, 0]).value;   // 1
 * simpson([0, 0]).notDefined; // "no points"
 */
export function simpson(counts: readonly number[]): MeasureValue {
  const p = proportions("simpson", counts);
  if (!Array.isArray(p)) return p;
  let d = 0;
  for (const pi of p) d += pi * pi;
  return defined(Math.min(1, d));
}
