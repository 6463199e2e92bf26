import type { TopLevelSpec } from "vega-lite";
import type { Tables } from "../tables/types";
import { DIRECTION_COLOURS, label, labelLines, PUBLICATION_CONFIG, type Lang } from "./theme";

/** Options of {@link toolMixSpec}. */
export interface ToolMixOptions {
  /** Label language; default "both". */
  lang?: Lang;
  /** Chart width in pixels; default 480. */
  width?: number;
}

/**
 * Table 2 as a chart: reference points per tool, stacked by promotion and constraint, with each
 * tool's share of all tool points written at the end of its bar. Tools keep the codebook's order.
 *
 * @example
 * const spec = toolMixSpec(buildTables(loadDataset()), { lang: "en" });
 * spec.data; // { values: [10 rows: 5 tools × 2 directions] }
 */
export function toolMixSpec(tables: Tables, options: ToolMixOptions = {}): TopLevelSpec {
  const lang = options.lang ?? "both";
  const directionLabel = { promotion: label("促进型", "promotion", lang), constraint: label("约束型", "constraint", lang) };
  const toolLabels = tables.tools.map((t) => label(t.label, t.label_en.replace(/ tools$/, ""), lang));
  const values = tables.tools.flatMap((tool, i) =>
    (["promotion", "constraint"] as const).map((d, order) => ({
      tool: toolLabels[i],
      direction: directionLabel[d],
      order,
      points: tool[d].points ?? 0,
      shareOfTool: tool[d].pct,
      toolPoints: tool.points,
      toolPct: tool.pct,
      toolPctText: tool.pct === null ? "" : `${tool.pct.toFixed(2)}%`,
    })),
  );
  const total = tables.toolTotal.points ?? 0;
  const y = { field: "tool", type: "nominal" as const, sort: toolLabels, title: null, axis: { labelLimit: 320 } };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    title: {
      text: label("政策工具编码分布", "Policy tools by direction", lang),
      // The bars are points; the number at each bar's end is the tool's share as Table 2 prints it, so it says so.
      subtitle: labelLines(`表 2 · ${total} 个参考点；条末数字：占全部工具参考点的比例`, `Table 2 · ${total} reference points; at each bar's end: its share of all tool points`, lang),
    },
    width: options.width ?? 480,
    height: { step: 28 },
    data: { values },
    layer: [
      {
        mark: { type: "bar" },
        encoding: {
          y,
          x: { field: "points", type: "quantitative", stack: "zero", title: label("参考点 / 个", "reference points", lang) },
          color: {
            field: "direction",
            type: "nominal",
            title: null,
            scale: { domain: [directionLabel.promotion, directionLabel.constraint], range: [DIRECTION_COLOURS.promotion, DIRECTION_COLOURS.constraint] },
            legend: { orient: "bottom" },
          },
          order: { field: "order", type: "quantitative", sort: "ascending" },
          tooltip: [{ field: "tool" }, { field: "direction" }, { field: "points" }, { field: "shareOfTool", title: "% of tool" }],
        },
      },
      {
        transform: [{ filter: { field: "direction", equal: directionLabel.promotion } }],
        mark: { type: "text", align: "left", dx: 4, fontSize: 11 },
        encoding: { y, x: { field: "toolPoints", type: "quantitative" }, text: { field: "toolPctText" } },
      },
    ],
    config: PUBLICATION_CONFIG,
  } as TopLevelSpec;
}
