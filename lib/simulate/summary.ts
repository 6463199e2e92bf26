import { mean, quantile } from "simple-statistics";
import { numerics, internal } from "../messages";
import type { Summary } from "./types";

/**
 * Summarises draws of an indicator: mean, median, 90 % and 95 % central intervals. Quantiles are
 * simple-statistics' `quantile` (linear interpolation between order statistics, R's type 7 and
 * numpy's default), computed by selection rather than a full sort.
 *
 * An indicator that is not defined in some draws (a tool's promotion fraction when the tool has
 * no points, a ratio over nothing) is not summarised over the rest — that would quietly condition
 * on the draws where it exists. Its summary says so instead: `notDefined` holds the reason (with
 * how many draws) and every number is NaN, which JSON prints as null and the text reports print
 * as "not defined (…)". So a non-finite value can never pass as a result.
 *
 * @example
 * summarize(Float64Array.of(1, 2, 3, 4)).median;                       // 2.5
 * summarize(Float64Array.of(1, NaN), "no points").notDefined; // "no points in 1 of 2 draws"
 */
export function summarize(values: Float64Array, reason: string = numerics.notFinite): Summary {
  if (values.length === 0) throw new RangeError(internal.noDraws);
  let bad = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) bad++;
  if (bad > 0) return { mean: NaN, median: NaN, q05: NaN, q95: NaN, q025: NaN, q975: NaN, notDefined: numerics.notDefined(bad, values.length, reason) };
  const [q025, q05, median, q95, q975] = quantile(values as unknown as number[], [0.025, 0.05, 0.5, 0.95, 0.975]);
  return { mean: mean(values as unknown as number[]), median, q05, q95, q025, q975 };
}

/** True when a summary holds numbers (false when it says why the indicator is not defined). */
export function isDefined(summary: Summary): boolean {
  return summary.notDefined === undefined;
}
