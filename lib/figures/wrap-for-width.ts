/**
 * What a narrow column needs before a figure is laid out in it (./fit-width.ts): a title and subtitle
 * longer than the column wrap onto lines, and a legend laid out in one row below the chart wraps into
 * columns. Without them a one-line subtitle or legend, not the chart, sets the figure's width, and the
 * whole figure shrinks with it (an 85 mm English Fig. 5 printed its labels at 4 pt).
 *
 * Reference: Elsevier artwork guidelines (text 7–9 pt at the printed size).
 *
 * @example
 * wrapTitle({ title: { text: "Policy themes", subtitle: "a long line …" } }, 320).title.subtitle; // ["a long …", "line …"]
 */
import type { TopLevelSpec } from "vega-lite";
import { textWidth } from "../charts/text-metrics";
import { mapSpec } from "./spec-walk";

/** The theme's sizes (../charts/theme.ts PUBLICATION_CONFIG): title 14 px, subtitle 11 px. */
const TITLE_PX = 14;
const SUBTITLE_PX = 11;

/**
 * `line` as lines no wider than `px` at `size`: broken at spaces where there are any, else between
 * characters (Chinese has no spaces); a single word wider than `px` keeps its own line.
 */
export function wrapLine(line: string, px: number, size: number): string[] {
  if (textWidth(line, size) <= px) return [line];
  // Chinese breaks between characters; a word of another script only at spaces.
  const words = /\s/.test(line) ? line.split(/(?<=\s)/) : /[\u3000-\u9fff\uff00-\uffef]/.test(line) ? [...line] : [line];
  const lines: string[] = [];
  let current = "";
  for (const word of words) {
    if (current !== "" && textWidth((current + word).trimEnd(), size) > px) {
      lines.push(current.trimEnd());
      current = word.trimStart();
    } else current += word;
  }
  if (current.trim() !== "") lines.push(current.trimEnd());
  return lines;
}

const asLines = (value: unknown): string[] | null => (typeof value === "string" ? [value] : Array.isArray(value) && value.every((v) => typeof v === "string") ? (value as string[]) : null);

/** A copy of `spec` whose top-level title and subtitle lines fit `px` (unchanged when they do). */
export function wrapTitle(spec: TopLevelSpec, px: number): TopLevelSpec {
  const title = (spec as { title?: unknown }).title;
  if (title === undefined || title === null) return spec;
  if (typeof title === "string" || Array.isArray(title)) {
    const lines = asLines(title);
    return lines ? ({ ...spec, title: lines.flatMap((l) => wrapLine(l, px, TITLE_PX)) } as TopLevelSpec) : spec;
  }
  const t = title as { text?: unknown; subtitle?: unknown };
  const text = asLines(t.text);
  const subtitle = asLines(t.subtitle);
  return {
    ...spec,
    title: {
      ...t,
      ...(text ? { text: text.flatMap((l) => wrapLine(l, px, TITLE_PX)) } : {}),
      ...(subtitle ? { subtitle: subtitle.flatMap((l) => wrapLine(l, px, SUBTITLE_PX)) } : {}),
    },
  } as TopLevelSpec;
}

/** How many entries the widest one-row legend of `spec` has (0: none laid out in a row). */
export function rowLegendEntries(spec: unknown): number {
  let most = 0;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== "object") return;
    const o = node as Record<string, unknown>;
    const legend = o.legend as { orient?: unknown } | undefined;
    const domain = (o.scale as { domain?: unknown } | undefined)?.domain;
    if (legend && typeof legend === "object" && (legend.orient === "bottom" || legend.orient === "top")) most = Math.max(most, Array.isArray(domain) ? domain.length : 8);
    for (const [key, value] of Object.entries(o)) if (key !== "data" && key !== "datasets") walk(value);
  };
  walk(spec);
  return most;
}

/** A copy of `spec` with every legend below or above the chart laid out in `columns` columns. */
export function legendColumns<T>(spec: T, columns: number): T {
  return mapSpec(spec, (key, value) => {
    const orient = (value as { orient?: unknown } | null)?.orient;
    return key === "legend" && value !== null && typeof value === "object" && (orient === "bottom" || orient === "top") ? { ...value, columns } : undefined;
  });
}
