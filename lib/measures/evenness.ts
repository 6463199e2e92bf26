import { measureText } from "../messages";
import { shannon } from "./shannon";
import { defined, notDefined } from "./value";
import type { MeasureValue } from "./types";

/**
 * Pielou's evenness J = H / ln k: Shannon entropy relative to its maximum for k categories.
 * 1 when every category has the same points, 0 when one category has them all.
 *
 * k is the length of the vector — every category of the scheme, including unused ones — so a tool
 * nobody uses lowers evenness (drop it from the vector to measure evenness among the tools used).
 * Not defined for k = 1 (H / ln 1 is 0 / 0), an empty vector or a vector without points.
 * Clamped to [0, 1] against rounding.
 *
 * Reference: Pielou, E. C. (1966). The measurement of diversity in different types of biological
 * collections. Journal of Theoretical Biology 13, 131–144. The kit's `evenness` indicator.
 *
 * @example
 * pielou([2, 2, 2]).value;     // 1
 * pielou([1, 0]).value;        // 0
 * pielou([7]).notDefined;      // "a single category (evenness = H / ln 1 is 0 / 0)"
 */
export function pielou(counts: readonly number[]): MeasureValue {
  const h = shannon(counts);
  if (h.notDefined !== undefined) return h;
  if (counts.length === 1) return notDefined(measureText.oneCategory);
  return defined(Math.min(1, Math.max(0, h.value / Math.log(counts.length))));
}
