import type { TopLevelSpec } from "vega-lite";
import type { DimensionTable } from "../tables/scheme";
import { CATEGORY_COLOURS, PUBLICATION_CONFIG, label, type Lang } from "./theme";

/** Options of {@link dimensionBarsSpec}. */
export interface DimensionBarsOptions {
  lang?: Lang;
  /** Printed under the title: where the counts come from. */
  source?: string;
  width?: number;
}

/**
 * One dimension of any scheme (its tools, or its themes or stages) as horizontal bars: every node
 * below the dimension's root, in codebook order (top-level nodes in bold, their sub-nodes below them), its bar and its printed number
 * both the node's **share of all the dimension's reference points** (one measure per encoding;
 * a sub-tool's bar is part of its parent's, never a share of the parent), coloured by its top-level
 * node with a fixed colour per position in the codebook. The generic counterpart of the paper's
 * Table 2 and Tables 3–7 figures, for codebooks of any shape (lib/tables/scheme.ts gives the rows).
 *
 * @example
 * await showChart(dimensionBarsSpec(buildSchemeTables(loadDataset("data/examples/sde-example/dataset")).dimensions[0]));
 */
export function dimensionBarsSpec(table: DimensionTable, options: DimensionBarsOptions = {}): TopLevelSpec {
  const lang = options.lang ?? "both";
  const total = table.total ?? 0;
  const rows = table.rows.filter((r) => r.depth > 0 && r.kind !== "margin");
  const topOf = new Map<string, string>();
  for (const r of rows) topOf.set(r.id, r.depth === 1 ? r.id : topOf.get(r.parent ?? "") ?? r.id);
  const tops = rows.filter((r) => r.depth === 1);
  const topLabel = (id: string) => {
    const top = tops.find((t) => t.id === id)!;
    return label(top.label, top.label_en, lang);
  };
  const nodeLabel = (r: (typeof rows)[number]) => label(r.label, r.label_en, lang);
  const values = rows.map((r, order) => {
    const pct = total > 0 && r.points !== null ? (100 * r.points) / total : 0;
    return { node: nodeLabel(r), order, group: topLabel(topOf.get(r.id)!), pct, points: r.points ?? 0, files: r.files ?? 0, text: pct.toFixed(1), top: r.depth === 1 };
  });
  const y = { field: "node", type: "nominal" as const, sort: values.map((v) => v.node), title: null, axis: { labelLimit: 480, labelFontWeight: { condition: { test: `indexof(${JSON.stringify(tops.map(nodeLabel))}, datum.value) >= 0`, value: "bold" }, value: "normal" } } };
  const x = { field: "pct", type: "quantitative" as const, title: label("占该维度全部参考点的比例 / %", "share of the dimension's reference points (%)", lang), scale: { domain: [0, Math.max(10, Math.ceil(Math.max(0, ...values.map((v) => v.pct)) / 10) * 10)] } };
  const colour = { field: "group", type: "nominal" as const, sort: tops.map((t) => topLabel(t.id)), scale: { domain: tops.map((t) => topLabel(t.id)), range: CATEGORY_COLOURS.slice(0, Math.max(1, tops.length)) }, title: null, legend: null };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    title: { text: label(table.label_zh, table.label_en, lang), subtitle: `${label("参考点", "reference points", lang)} n = ${total}${options.source ? ` · ${options.source}` : ""}` },
    data: { values },
    width: options.width ?? 300,
    height: { step: 16 },
    encoding: { y, x },
    layer: [
      { mark: { type: "bar", height: { band: 0.75 } }, encoding: { color: colour, opacity: { condition: { test: "datum.top", value: 1 }, value: 0.6 }, tooltip: [{ field: "node" }, { field: "points" }, { field: "files" }, { field: "pct", format: ".2f" }] } },
      { mark: { type: "text", align: "left", dx: 3, fontSize: 10 }, encoding: { text: { field: "text" } } },
    ],
    config: PUBLICATION_CONFIG,
  } as TopLevelSpec;
}
