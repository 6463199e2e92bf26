import type { TopLevelSpec } from "vega-lite";
import type { ScenarioResult } from "../simulate/types";
import { wrapCjk } from "./scenario-names";
import { label, PUBLICATION_CONFIG, type Lang } from "./theme";

/** Options of {@link scenarioCompareSpec}. */
export interface ScenarioCompareOptions {
  lang?: Lang;
  /** Tool ids and their labels (codebook order); default: the tools of the results' codebook. */
  tools?: ReadonlyArray<{ id: string; zh: string; en: string }>;
  width?: number;
}

/**
 * Baseline versus scenario tool shares, one small panel per scenario (three to a row): a point at the
 * median and a bar over the 95 % interval, for every tool. A result computed on a synthetic dataset says so in
 * its panel title.
 *
 * @example
 * await showChart(scenarioCompareSpec(simulateFiles(files, { draws: 10000, seed: 1 })));
 */
export function scenarioCompareSpec(results: readonly ScenarioResult[], options: ScenarioCompareOptions = {}): TopLevelSpec {
  const lang = options.lang ?? "en";
  const panelWidth = options.width ?? 200;
  const heading = (r: ScenarioResult) => `${panelTitle(r, lang)}${r.dataset.synthetic ? " (SYNTHETIC data)" : ""}`;
  const tools = options.tools ?? results[0]?.dataset.tools ?? [];
  const side = { baseline: label("基准", "baseline", lang), scenario: label("情景", "scenario", lang) };
  const values = results.flatMap((r) =>
    tools.flatMap((t, order) =>
      (["baseline", "scenario"] as const).map((which) => {
        const s = r[which][`share.${t.id}`];
        return {
          scenario: heading(r),
          tool: label(t.zh, t.en, lang),
          order,
          side: side[which],
          median: 100 * s.median,
          lo: 100 * s.q025,
          hi: 100 * s.q975,
        };
      }),
    ),
  );
  const y = { field: "tool", type: "nominal" as const, sort: tools.map((t) => label(t.zh, t.en, lang)), title: null, axis: { labelLimit: 320 } };
  const yOffset = { field: "side", type: "nominal" as const, sort: [side.baseline, side.scenario] };
  const color = { field: "side", type: "nominal" as const, title: null, scale: { domain: [side.baseline, side.scenario], range: ["#999999", "#0072B2"] }, legend: { orient: "bottom" as const } };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    title: { text: label("情景与基准的政策工具结构", "Tool mix: baseline and scenario", lang), subtitle: label("占全部工具参考点的比例（%）：中位数与 95% 区间", "share of all tool points (%): median and 95 % interval", lang) },
    data: { values },
    // Small multiples wrapped in three columns, laid out flush: one tall column of panels printed 44 cm
    // high. The measure is named once, in the subtitle (three axis titles in a row ran into each other);
    // a panel's title is cut to its panel (the next starts 14 px, the column spacing, after it).
    facet: { field: "scenario", type: "nominal", title: null, sort: results.map(heading), header: { labelAngle: 0, labelOrient: "top", labelAnchor: "start", labelFontSize: 11, labelFontWeight: "bold", labelLimit: panelWidth + 8, labelExpr: "split(datum.label, '\\n')" } },
    columns: Math.min(3, Math.max(1, results.length)),
    bounds: "flush",
    // Room above each row for its panels' titles, as many lines as the longest has (flush bounds leave them out).
    spacing: { row: 26 + 14 * Math.max(...results.map((r) => heading(r).split("\n").length)), column: 14 },
    spec: {
      width: panelWidth,
      height: { step: 11 },
      layer: [
        { mark: { type: "rule", strokeWidth: 2 }, encoding: { y, yOffset, x: { field: "lo", type: "quantitative", title: null }, x2: { field: "hi" }, color } },
        { mark: { type: "point", filled: true, size: 30 }, encoding: { y, yOffset, x: { field: "median", type: "quantitative" }, color, tooltip: [{ field: "scenario" }, { field: "tool" }, { field: "side" }, { field: "median", format: ".2f" }, { field: "lo", format: ".2f" }, { field: "hi", format: ".2f" }] } },
      ],
    },
    resolve: { scale: { y: "shared" } },
    config: PUBLICATION_CONFIG,
  } as TopLevelSpec;
}

/**
 * A panel's title: the scenario's Chinese title (its id where it has none) in Chinese; otherwise its
 * id over its title (English, or Chinese for both languages) on a second line, each line cut to the
 * panel's width by the header's label limit.
 */
function panelTitle(r: ScenarioResult, lang: Lang): string {
  // A Chinese title wraps onto lines (./scenario-names.ts) rather than being cut at the panel's edge.
  if (lang === "zh") return r.title_zh ? wrapCjk(r.title_zh) : r.id;
  return `${r.id}\n${lang === "both" ? (r.title_zh ? wrapCjk(r.title_zh) : r.title) : r.title}`;
}
