import type { TopLevelSpec } from "vega-lite";
import type { CityParameterRow } from "../dataset/types";
import { CATEGORY_COLOURS, label, PUBLICATION_CONFIG, type Lang } from "./theme";

/**
 * Fig. 4's subject, plot-ratio (容积率) controls, drawn from what section 2.2.2 states: the usual
 * range 1.5–5.0 as a band, the usual lower bounds (1.5, 2.0, 3.0) and interval upper bounds (4.0,
 * 5.0) as ticks, and each named city with its kind of control; where the text gives a number for
 * a city (Shenzhen and Nanjing: upper limit 6.0) it is plotted. Fig. 4's own per-city values are
 * an image in the paper and are not transcribed, so they are not drawn. Each city's kind of control
 * is written right of the plot, clear of the band and the ticks, which the subtitle explains (and
 * never clipped: a zoomable view clips its marks to the plot, ../report/interactive.ts).
 *
 * @example
 * await showChart(plotRatioSpec(loadDataset().cityParameters, { lang: "both" }));
 */
export function plotRatioSpec(parameters: readonly CityParameterRow[], options: { lang?: Lang } = {}): TopLevelSpec {
  const lang = options.lang ?? "both";
  const general = (name: string) => parameters.filter((p) => p.place === "(general)" && p.parameter === name).map((p) => Number(p.value));
  const [low] = general("plot_ratio_min");
  const [high] = general("plot_ratio_max");
  const kind = { lower_bound: label("下限控制", "lower-bound control", lang), interval: label("区间控制", "interval control", lang), upper: label("上限提高至", "upper limit raised to", lang) };
  const cities = parameters.filter((p) => p.place !== "(general)" && (p.parameter === "plot_ratio_control" || p.parameter === "plot_ratio_max"));
  const rows = cities.map((p) => ({
    city: label(p.place, p.place_en, lang),
    control: p.parameter === "plot_ratio_max" ? kind.upper : kind[p.value as "lower_bound" | "interval"],
    value: p.parameter === "plot_ratio_max" ? Number(p.value) : null,
    note: p.parameter === "plot_ratio_max" ? `${kind.upper} ${Number(p.value).toFixed(1)}` : kind[p.value as "lower_bound" | "interval"],
    section: p.section,
  }));
  const ticks = [
    ...general("lower_bound_control_value").map((v) => ({ v, what: label("常见下限值", "usual lower bound", lang) })),
    ...general("interval_control_upper_value").map((v) => ({ v, what: label("常见区间上限值", "usual interval upper bound", lang) })),
  ];
  const y = { field: "city", type: "nominal" as const, sort: rows.map((r) => r.city), title: null };
  // Each kind of control keeps its colour in every language (a default scale orders the domain by
  // label, so the Chinese and English figures swapped them).
  const controlColour = { field: "control", type: "nominal" as const, title: null, legend: null, scale: { domain: [kind.lower_bound, kind.interval, kind.upper], range: [...CATEGORY_COLOURS.slice(0, 3)] } };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    title: { text: label("新型产业用地容积率控制", "Plot-ratio controls of new industrial land", lang), subtitle: subtitle(low, high, ticks.map((t) => t.v), lang) },
    width: 420,
    layer: [
      { data: { values: [{ low, high }] }, mark: { type: "rect", color: "#0072B2", opacity: 0.12 }, encoding: { x: { field: "low", type: "quantitative", scale: { domain: [0, 7] }, title: label("容积率", "plot ratio", lang) }, x2: { field: "high" } } },
      { data: { values: ticks }, mark: { type: "rule", strokeDash: [3, 3], color: "#555" }, encoding: { x: { field: "v", type: "quantitative" }, tooltip: [{ field: "what" }, { field: "v" }] } },
      { data: { values: rows }, mark: { type: "point", filled: true, size: 70 }, encoding: { y, x: { field: "value", type: "quantitative" }, color: controlColour, tooltip: [{ field: "city" }, { field: "control" }, { field: "value" }, { field: "section" }] } },
      { data: { values: rows }, mark: { type: "text", align: "left", x: { expr: "width + 8" }, fontSize: 10, clip: false }, encoding: { y, text: { field: "note" }, color: controlColour } },
    ],
    height: { step: 22 },
    config: PUBLICATION_CONFIG,
  } as TopLevelSpec;
}

/** The subtitle: where the figure's numbers come from, and what the band and the dashed lines are. */
function subtitle(low: number, high: number, ticks: readonly number[], lang: Lang): string[] {
  const values = ticks.map((v) => v.toFixed(1)).join(", ");
  const range = `${low.toFixed(1)}–${high.toFixed(1)}`;
  const zh = ["据 2.2.2 节文字；图 4 各城市数值未转录", `阴影：常见范围 ${range}；虚线：常见下限值与区间上限值（${values}）`];
  const en = ["as stated in section 2.2.2; Fig. 4's per-city values are not transcribed", `shaded: the usual range ${range}; dashed: usual lower bounds and interval upper bounds (${values})`];
  return lang === "zh" ? zh : lang === "en" ? en : [...zh, ...en];
}
