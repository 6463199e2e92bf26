import { internal } from "../messages";

/**
 * A part's share of a whole in percent, rounded half-up to two decimals, the way the paper's
 * tables print shares. Works on integers (parts × 10 000 / whole) so a share that ends in an
 * exact half rounds the same on every machine.
 *
 * @example
 * sharePct(345, 1680); // 20.54 (Table 3 prints 20.53)
 * sharePct(0, 0);      // 0
 */
export function sharePct(part: number, whole: number): number {
  if (!Number.isFinite(part) || !Number.isFinite(whole) || part < 0 || whole < 0) {
    throw new RangeError(internal.sharePct(part, whole));
  }
  if (whole === 0) return 0;
  return Math.round((part * 10000) / whole) / 100;
}

/**
 * The same share truncated (not rounded) to two decimals; some printed shares of the paper match
 * this instead of {@link sharePct}, which the validator reports.
 *
 * @example
 * truncatedPct(345, 1680); // 20.53
 */
export function truncatedPct(part: number, whole: number): number {
  if (whole === 0) return 0;
  return Math.floor((part * 10000) / whole) / 100;
}
