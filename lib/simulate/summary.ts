import { mean, quantile } from "simple-statistics";
import type { Summary } from "./types";

/**
 * Summarises draws of an indicator: mean, median, 90 % and 95 % central intervals. Quantiles are
 * simple-statistics' `quantile` (inverse empirical distribution with averaging at jumps, R's
 * type 2), computed by selection rather than a full sort. Non-finite draws make every field NaN,
 * so they cannot hide.
 *
 * @example
 * summarize(Float64Array.of(1, 2, 3, 4)).median; // 2.5
 */
export function summarize(values: Float64Array): Summary {
  if (values.length === 0) throw new RangeError("summarize needs at least one draw");
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) return { mean: NaN, median: NaN, q05: NaN, q95: NaN, q025: NaN, q975: NaN };
  }
  const [q025, q05, median, q95, q975] = quantile(values as unknown as number[], [0.025, 0.05, 0.5, 0.95, 0.975]);
  return { mean: mean(values as unknown as number[]), median, q05, q95, q025, q975 };
}
