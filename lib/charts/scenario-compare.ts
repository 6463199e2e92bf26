import type { TopLevelSpec } from "vega-lite";
import type { ScenarioResult } from "../simulate/types";
import { label, PUBLICATION_CONFIG, type Lang } from "./theme";

/** Options of {@link scenarioCompareSpec}. */
export interface ScenarioCompareOptions {
  lang?: Lang;
  /** Tool ids and their labels (codebook order); default: the tools of the results' codebook. */
  tools?: ReadonlyArray<{ id: string; zh: string; en: string }>;
  width?: number;
}

/**
 * Baseline versus scenario tool shares, one panel per scenario: a point at the median and a bar
 * over the 95 % interval, for every tool. A result computed on a synthetic dataset says so in
 * its panel title.
 *
 * @example
 * await showChart(scenarioCompareSpec(simulateFiles(files, { draws: 10000, seed: 1 })));
 */
export function scenarioCompareSpec(results: readonly ScenarioResult[], options: ScenarioCompareOptions = {}): TopLevelSpec {
  const lang = options.lang ?? "en";
  const tools = options.tools ?? results[0]?.dataset.tools ?? [];
  const side = { baseline: label("基准", "baseline", lang), scenario: label("情景", "scenario", lang) };
  const values = results.flatMap((r) =>
    tools.flatMap((t, order) =>
      (["baseline", "scenario"] as const).map((which) => {
        const s = r[which][`share.${t.id}`];
        return {
          scenario: `${panelTitle(r, lang)}${r.dataset.synthetic ? " (SYNTHETIC data)" : ""}`,
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
    title: { text: label("情景与基准的政策工具结构", "Tool mix: baseline and scenario", lang), subtitle: label("中位数与 95% 区间", "median and 95 % interval", lang) },
    data: { values },
    facet: { row: { field: "scenario", type: "nominal", title: null, header: { labelAngle: 0, labelOrient: "top", labelAnchor: "start", labelFontSize: 12, labelFontWeight: "bold" } } },
    spec: {
      width: options.width ?? 420,
      height: { step: 11 },
      layer: [
        { mark: { type: "rule", strokeWidth: 2 }, encoding: { y, yOffset, x: { field: "lo", type: "quantitative", title: label("占全部工具参考点的比例 / %", "share of all tool points (%)", lang) }, x2: { field: "hi" }, color } },
        { mark: { type: "point", filled: true, size: 30 }, encoding: { y, yOffset, x: { field: "median", type: "quantitative" }, color, tooltip: [{ field: "scenario" }, { field: "tool" }, { field: "side" }, { field: "median", format: ".2f" }, { field: "lo", format: ".2f" }, { field: "hi", format: ".2f" }] } },
      ],
    },
    resolve: { scale: { y: "shared" } },
    config: PUBLICATION_CONFIG,
  } as TopLevelSpec;
}

/** A panel's title: the scenario's Chinese title (its id where it has none) in Chinese, its id and English title otherwise. */
function panelTitle(r: ScenarioResult, lang: Lang): string {
  if (lang === "zh") return r.title_zh ?? r.id;
  if (lang === "en") return `${r.id} — ${r.title}`;
  return r.title_zh ? `${r.id} — ${r.title_zh}` : `${r.id} — ${r.title}`;
}
