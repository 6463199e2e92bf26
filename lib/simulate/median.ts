import { internal } from "../messages";

/**
 * The median of draws as {@link summarize} gives it — simple-statistics' `quantile(x, 0.5)`, linear
 * interpolation between order statistics (R's type 7) — or NaN when a draw is not finite, without
 * the other quantiles and without allocating: `scratch` (at least as long as `values`) receives the
 * copy that selection rearranges. An exploration takes ~50 medians per experiment; allocating a copy
 * for each was most of its garbage, and garbage collection is what two workers contend for.
 *
 * Reference: C. A. R. Hoare, Algorithm 65: Find, Comm. ACM 4 (1961) 321 (selection by partition).
 *
 * @example
 * definedMedian(Float64Array.of(4, 1, 3, 2)); // 2.5, as quantile([4, 1, 3, 2], 0.5)
 */
export function definedMedian(values: Float64Array, scratch: Float64Array = new Float64Array(values.length)): number {
  const n = values.length;
  if (n === 0) throw new RangeError(internal.noDraws);
  if (scratch.length < n) throw new RangeError(internal.medianScratch(scratch.length, n));
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) return NaN;
    scratch[i] = v;
  }
  const lower = (n - 1) >> 1;
  select(scratch, lower, n);
  if (n % 2 === 1) return scratch[lower];
  // Even n: the next order statistic is the smallest value above the selected one.
  let upper = scratch[lower + 1];
  for (let i = lower + 2; i < n; i++) if (scratch[i] < upper) upper = scratch[i];
  const low = scratch[lower];
  return low + 0.5 * (upper - low);
}

/** Rearranges a[0, n) so that a[k] holds the k-th smallest value, smaller ones before it and larger after. */
function select(a: Float64Array, k: number, n: number): void {
  let left = 0;
  let right = n - 1;
  while (right > left) {
    // Median of three as the pivot: sorted data (common: draws of a fixed indicator) stay linear.
    const mid = (left + right) >> 1;
    if (a[mid] < a[left]) swap(a, mid, left);
    if (a[right] < a[left]) swap(a, right, left);
    if (a[right] < a[mid]) swap(a, right, mid);
    const pivot = a[mid];
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}
