import { internal } from "../messages";

/**
 * A piecewise-linear partial value function on absolute anchors: linear between the cutoffs,
 * clipped to the end values outside them (R smaa's `smaa.pvf` with outOfBounds = "clip";
 * Tervonen, smaa 0.3-3). Anchors are fixed per criterion, never rescaled to the scenarios at
 * hand, so adding a scenario cannot change another's score. NaN stays NaN.
 *
 * @example
 * partialValue(0.7, [0.3, 0.5, 0.65, 0.75], [0, 1, 1, 0]); // 0.5
 * partialValue(0.2, [0.3, 0.5], [0, 1]);                   // 0 (clipped)
 */
export function partialValue(x: number, cutoffs: readonly number[], values: readonly number[]): number {
  if (cutoffs.length < 2 || cutoffs.length !== values.length) {
    throw new RangeError(internal.partialValue(cutoffs.length, values.length));
  }
  if (Number.isNaN(x)) return NaN;
  if (x <= cutoffs[0]) return values[0];
  const last = cutoffs.length - 1;
  if (x >= cutoffs[last]) return values[last];
  let i = 1;
  while (cutoffs[i] < x) i++;
  const t = (x - cutoffs[i - 1]) / (cutoffs[i] - cutoffs[i - 1]);
  return values[i - 1] + t * (values[i] - values[i - 1]);
}
