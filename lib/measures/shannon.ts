import { defined, proportions } from "./value";
import type { MeasureValue } from "./types";

/**
 * Shannon entropy of a mix across k categories (tools, cells, themes), in nats:
 *
 *   H = −Σ p_i ln p_i,  p_i = x_i / Σx,  with 0 · ln 0 = 0 (an unused category adds nothing).
 *
 * 0 when all points fall in one category, ln k when they are spread equally. Not defined for an
 * empty vector ("no categories") or one without points ("no points"); one category gives 0.
 *
 * Reference: Shannon, C. E. (1948). A mathematical theory of communication. Bell System Technical
 * Journal 27(3), 379–423. The same H as `simulate`'s `entropy` indicator (lib/simulate/indicators.ts).
 *
 * @example
 * shannon([1, 1]).value;     // 0.6931471805599453 (ln 2)
 * shannon([5, 0]).value;     // 0
 * shannon([]).notDefined;    // "no categories (an empty vector)"
 */
export function shannon(counts: readonly number[]): MeasureValue {
  const p = proportions("shannon", counts);
  if (!Array.isArray(p)) return p;
  let h = 0;
  for (const pi of p) if (pi > 0) h -= pi * Math.log(pi);
  // Rounding can leave −0 or −1e-17 for a single category; entropy is never negative.
  return defined(Math.max(0, h));
}
