/**
 * A figure laid out for a journal column: `toolmix figures --width 85mm` (single column), `175mm`
 * (double) or any width in mm. Scaling a finished chart down shrinks its text with it (a 190 mm figure
 * set in a 85 mm column prints 8 pt labels at 3.7 pt), so the chart is laid out again instead: every
 * width of its vega-lite spec (a view's `width`, a band's `step`) is multiplied by one factor, found
 * in a few renders (the drawing's width is close to affine in it), until the cut canvas
 * (../charts/trim.ts) is as wide as the column at the kit's text size (labels 11 px = 8.25 pt, titles
 * 14 px). Only a figure whose labels alone are wider than the column is then scaled down to fit, and
 * the manifest's `fontPt` says how small its smallest text prints. Small multiples first wrap into
 * fewer columns, so their panels keep most of their width; a title longer than the column wraps onto
 * lines, and a legend in one row below the chart into columns (./wrap-for-width.ts).
 *
 * Reference: Elsevier and Springer Nature artwork guidelines (single column 85–90 mm, double 170–180 mm; text 7–9 pt).
 *
 * @example
 * const svg = await fitToWidth(toolMixSpec(tables), 85); // printedSize(svg).widthMm === 85
 */
import type { TopLevelSpec } from "vega-lite";
import { svgSize } from "../charts/png-resolution";
import { renderSvg } from "../charts/render";
import { mapSpec } from "./spec-walk";
import { legendColumns, rowLegendEntries, wrapTitle } from "./wrap-for-width";

/** Journal column presets, in mm. */
export const COLUMN_WIDTHS: Readonly<Record<string, number>> = { single: 85, double: 175 };

const PX_PER_MM = 96 / 25.4;

/**
 * The narrowest a view is laid out (or its own width, if less): below this a bar or an axis of
 * percentages has no room for its tick labels (0 % and 100 % ran into each other in a 30 px view), and
 * shrinking the whole figure a little reads better.
 */
const MIN_VIEW_PX = 100;

/**
 * A copy of `spec` with every view width (and a facet header's label limit, its panel's width)
 * multiplied by `factor`, no narrower than MIN_VIEW_PX (heights kept). Band steps are left alone: they are set by the labels they
 * must hold (../charts/text-metrics.ts uprightBands), and a narrower band would run its labels and
 * cell values together.
 */
export function scaleWidths<T>(spec: T, factor: number): T {
  return mapSpec(spec, (key, value) => {
    if (key === "width" && typeof value === "number") return Math.max(Math.min(value, MIN_VIEW_PX), Math.round(value * factor));
    if (key === "header" && value !== null && typeof value === "object" && typeof (value as { labelLimit?: unknown }).labelLimit === "number") {
      // A facet header's room is its panel's width.
      const header = value as { labelLimit: number };
      return { ...header, labelLimit: Math.max(20, Math.round(header.labelLimit * factor)) };
    }
    return undefined;
  });
}

const cssWidth = (svg: string) => svgSize(svg).width;

/** `svg` printed `scale` times its size: width and height scaled, the viewBox kept. */
function scaled(svg: string, scale: number): string {
  return svg.replace(/<svg([^>]*)>/, (tag, attrs: string) => `<svg${attrs.replace(/\s(width|height)="([\d.]+)"/g, (a, name: string, v: string) => ` ${name}="${Number((Number(v) * scale).toFixed(3))}"`)}>`);
}

/** The figure of `spec` laid out (and, only if it cannot be, scaled) to print `widthMm` wide. */
export async function fitToWidth(spec: TopLevelSpec, widthMm: number): Promise<string> {
  const target = widthMm * PX_PER_MM;
  const laid = await narrowLegends(wrapTitle(await fewerColumns(spec, target), target - 8), target);
  const at = async (f: number) => ({ f, svg: await renderSvg(scaleWidths(laid, f)) });
  let a = await at(1);
  let b = await at(0.5);
  let best = [a, b].sort((x, y) => Math.abs(cssWidth(x.svg) - target) - Math.abs(cssWidth(y.svg) - target))[0];
  // Secant steps on the factor (the drawn width is affine in it until widths hit their floors).
  for (let i = 0; i < 4 && Math.abs(cssWidth(best.svg) - target) > 1; i++) {
    const [wa, wb] = [cssWidth(a.svg), cssWidth(b.svg)];
    if (Math.abs(wa - wb) < 0.5) break; // the widths are at their floors: only labels remain
    const f = Math.min(4, Math.max(0.05, b.f + ((target - wb) * (b.f - a.f)) / (wb - wa)));
    const next = await at(f);
    [a, b] = [b, next];
    if (Math.abs(cssWidth(next.svg) - target) < Math.abs(cssWidth(best.svg) - target)) best = next;
  }
  // Exactly the column: a scale within a pixel or two of 1, or the shrink of a figure too wide to lay out.
  return scaled(best.svg, target / cssWidth(best.svg));
}

/**
 * Small multiples wrapped in `columns` keep their panels readable in a narrow column by wrapping into
 * fewer columns (three 10 mm panels in a row showed neither titles nor intervals): the most columns
 * whose panels need shrink to no less than 70 % of their width.
 */
async function fewerColumns(spec: TopLevelSpec, target: number): Promise<TopLevelSpec> {
  const columns = (spec as { columns?: unknown }).columns;
  if (typeof columns !== "number" || columns <= 1) return spec;
  for (let c = columns; c > 1; c--) {
    const candidate = { ...spec, columns: c } as TopLevelSpec;
    if (cssWidth(await renderSvg(scaleWidths(candidate, 0.7))) <= target) return candidate;
  }
  return { ...spec, columns: 1 } as TopLevelSpec;
}

/**
 * A legend in one row below the chart is as wide as all its entries: in a narrow column it wraps into
 * the most columns with which the figure, its views at their narrowest, fits the column.
 */
async function narrowLegends(spec: TopLevelSpec, target: number): Promise<TopLevelSpec> {
  const entries = rowLegendEntries(spec);
  if (entries <= 1 || cssWidth(await renderSvg(scaleWidths(spec, 0.05))) <= target) return spec;
  for (let c = entries - 1; c > 1; c--) {
    const candidate = legendColumns(spec, c);
    if (cssWidth(await renderSvg(scaleWidths(candidate, 0.05))) <= target) return candidate;
  }
  return legendColumns(spec, 1);
}

/** The smallest text of `svg` as printed, in pt (font sizes in CSS px × the figure's scale × 0.75). */
export function smallestFontPt(svg: string): number {
  const sizes = [...svg.matchAll(/<text[^>]*\sfont-size="([\d.]+)px"/g)].map((m) => Number(m[1]));
  const view = /<svg[^>]*\sviewBox="[\d.\s-]+?\s([\d.]+)\s[\d.]+"/.exec(svg);
  const scale = view ? cssWidth(svg) / Number(view[1]) : 1;
  return sizes.length === 0 ? 0 : Number((Math.min(...sizes) * scale * 0.75).toFixed(2));
}
