import type { Config } from "vega-lite/build/src/config";

/** Font families as written into SVG: the CJK font the PNG renderer loads, then generic fallbacks. */
export const FONT_FAMILY = "WenQuanYi Micro Hei, Noto Sans CJK SC, sans-serif";

/**
 * Colours for promotion and constraint: a blue/orange pair from the Okabe–Ito palette, which
 * stays distinct for the common colour-vision deficiencies and in greyscale print.
 * Reference: Okabe & Ito (2008), "Color Universal Design".
 */
export const DIRECTION_COLOURS = { promotion: "#0072B2", constraint: "#E69F00" } as const;

/**
 * Colours of categories (top-level tools, themes, stages), by position in the codebook, so a
 * category keeps its colour across languages and figures: the Okabe–Ito palette without black.
 */
export const CATEGORY_COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"] as const;

/** The publication theme: readable sizes at print width, no chart border, quiet grid. */
export const PUBLICATION_CONFIG: Config = {
  font: FONT_FAMILY,
  view: { stroke: null },
  background: "white",
  axis: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: "normal", gridColor: "#e5e5e5", domainColor: "#888", tickColor: "#888" },
  legend: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: "normal", labelLimit: 320 },
  title: { fontSize: 14, fontWeight: "normal", anchor: "start", subtitleFontSize: 11, subtitleColor: "#555" },
};

/** Which language the labels of a chart use. */
export type Lang = "zh" | "en" | "both";

/**
 * A subtitle in the chosen language, as lines: both languages on two lines, so a long subtitle
 * does not set the figure's width (a one-line "中文 English" subtitle doubled the canvas).
 *
 * @example
 * labelLines("种子 1", "seed 1", "both"); // ["种子 1", "seed 1"]; one language, or the same text in both, gives a string
 */
export function labelLines(zh: string, en: string, lang: Lang): string | string[] {
  return lang === "zh" ? zh : lang === "en" ? en : zh === en ? zh : [zh, en];
}

/** A label in the chosen language: Chinese, English, or "中文 English" (once when both are the same, as a region code is). */
export function label(zh: string, en: string, lang: Lang): string {
  return lang === "zh" ? zh : lang === "en" ? en : zh === en ? zh : `${zh} ${en}`;
}
