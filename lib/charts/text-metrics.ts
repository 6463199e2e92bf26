import * as vega from "vega";
import { displayWidth } from "../util/text-width";

interface TextItem {
  text?: unknown;
  fontSize?: number;
}

/**
 * Replaces vega's headless text-width estimate (0.8 em for every character, which is too narrow
 * for Chinese and clips CJK titles and labels) with a per-character one: 1 em for East Asian wide
 * characters, 0.6 em otherwise — close to WenQuanYi Micro Hei, the font the PNG renderer loads.
 * Vega calls a user-defined `textMetrics.width` when no canvas is present (as vl-convert does).
 * Idempotent.
 *
 * @example
 * useCjkTextMetrics();
 * // vega now measures "土地供应" at 10 px as 40 px wide
 */
export function useCjkTextMetrics(): void {
  // vega's typings omit textMetrics, which the runtime exports (vega-scenegraph).
  (vega as unknown as { textMetrics: { width: typeof cjkWidth } }).textMetrics.width = cjkWidth;
}

function cjkWidth(item: TextItem, text?: unknown): number {
  const value = text ?? item.text;
  const size = item.fontSize ?? 11;
  const lines = Array.isArray(value) ? value.map(String) : [value == null ? "" : String(value)];
  // displayWidth counts wide characters as 2 columns: half a column is 0.5 em for wide ones.
  return Math.max(0, ...lines.map((line) => Math.ceil(widthEm(line) * size)));
}

/**
 * The width in pixels of one line at `size` px by the same estimate vega is given (for sizing
 * bands to their labels before rendering).
 *
 * @example
 * textWidth("土地供应", 10); // 40
 */
export function textWidth(line: string, size: number): number {
  return Math.ceil(widthEm(line) * size);
}

function widthEm(line: string): number {
  const columns = displayWidth(line);
  const chars = [...line].length;
  const wide = columns - chars;
  return wide * 1.0 + (chars - wide) * 0.6;
}

/**
 * Upright labels of a band axis, one line per entry (the label's languages, or a name and its
 * section): each band as wide as its widest line plus a margin, and at least `minStep`; what the
 * matrix heatmap and the scorecard heatmap share. The caller adds its own `labelExpr`.
 *
 * @example
 * uprightBands([["土地供应", "Land supply"]], 11).step; // 91: "Land supply" at 11 px, + 14
 */
export function uprightBands(lines: readonly (readonly string[])[], size: number, minStep = 56) {
  const lineHeight = size + 3;
  const step = Math.max(minStep, ...lines.flat().map((line) => textWidth(line, size) + 14));
  return { step, lineHeight, axis: { labelAngle: 0, labelLimit: 0, labelFontSize: size, labelLineHeight: lineHeight } };
}
