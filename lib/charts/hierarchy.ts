import type { TopLevelSpec } from "vega-lite";
import { flattenThemes } from "../tables/build";
import type { Tables, ThemeRow } from "../tables/types";
import { arcLabel } from "./arc-labels";
import { label, labelLines, PUBLICATION_CONFIG, type Lang } from "./theme";

/** Print-safe colours for the four parent themes (Okabe–Ito). */
const PARENT_COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00"];

/**
 * The theme hierarchy of Tables 3–7 as nested bars: every node in table order, indented by level,
 * its bar the node's reference points, coloured by parent theme and lighter for deeper levels,
 * with its reference points written beside it (its share of the parent in the tooltip: one measure per
 * encoding).
 *
 * @example
 * await showChart(themeBarsSpec(buildTables(loadDataset()), { lang: "zh" }));
 */
export function themeBarsSpec(tables: Tables, options: { lang?: Lang } = {}): TopLevelSpec {
  const lang = options.lang ?? "both";
  const parentOf = new Map<string, string>();
  const walk = (rows: readonly ThemeRow[], top?: string) => rows.forEach((r) => (parentOf.set(r.id, top ?? r.id), walk(r.children, top ?? r.id)));
  walk(tables.themes);
  const parents = tables.themes.map((t) => label(t.label, t.label_en, lang));
  const values = flattenThemes(tables.themes).map((n, order) => ({
    // Labels are right-aligned at the axis, so leading spaces would not indent: grandchildren get
    // a "·" marker and parents are set bold (below) instead.
    node: `${n.depth === 3 ? "· " : ""}${label(n.label, n.label_en, lang)}`,
    order,
    level: n.depth,
    parent: label(tables.themes.find((t) => t.id === parentOf.get(n.id))!.label, tables.themes.find((t) => t.id === parentOf.get(n.id))!.label_en, lang),
    points: n.points ?? 0,
    pct: n.pct,
  }));
  const bold = JSON.stringify(parents);
  const y = {
    field: "node",
    type: "nominal" as const,
    sort: values.map((v) => v.node),
    title: null,
    axis: { labelLimit: 360, labelFontSize: 10, labelFontWeight: { condition: { test: `indexof(${bold}, datum.value) >= 0`, value: "bold" }, value: "normal" } },
  };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    title: { text: label("政策主题编码", "Policy themes", lang), subtitle: labelLines(`表 3–7 · ${tables.themeTotal} 个参考点；条长与数字：参考点数（占上级节点的比例见表 3–7）`, `Tables 3–7 · ${tables.themeTotal} reference points; bars and numbers: points (shares of the parent: Tables 3–7)`, lang) },
    data: { values },
    width: 360,
    height: { step: 13 },
    layer: [
      {
        mark: { type: "bar" },
        encoding: {
          y,
          x: { field: "points", type: "quantitative", title: label("参考点 / 个", "reference points", lang) },
          color: { field: "parent", type: "nominal", scale: { domain: parents, range: PARENT_COLOURS.slice(0, parents.length) }, title: null, legend: { orient: "bottom" } },
          opacity: { field: "level", type: "ordinal", scale: { domain: [1, 2, 3], range: [1, 0.7, 0.45] }, legend: null },
          tooltip: [{ field: "node" }, { field: "points" }, { field: "pct", title: label("占上级节点 %", "% of parent", lang), format: ".2f" }],
        },
      },
      // One measure per encoding: the number at a bar's end is what its length shows (the share of the
      // parent, the tables' measure, printed here made a short bar read 80.65 beside a long one's 9.56).
      { mark: { type: "text", align: "left", dx: 3, fontSize: 9 }, encoding: { y, x: { field: "points", type: "quantitative" }, text: { field: "points", type: "quantitative", format: "d" } } },
    ],
    config: PUBLICATION_CONFIG,
  } as TopLevelSpec;
}

/**
 * The theme hierarchy as a sunburst: rings for parents, children and grandchildren, each arc's
 * angle its share of all theme points. Angles are computed here (vega-lite has no partition
 * layout), so the figure is exact and deterministic.
 */
export function themeSunburstSpec(tables: Tables, options: { lang?: Lang } = {}): TopLevelSpec {
  const lang = options.lang ?? "both";
  const total = tables.themes.reduce((s, t) => s + (t.points ?? 0), 0);
  const values: Array<Record<string, unknown>> = [];
  const place = (rows: readonly ThemeRow[], start: number, depth: number, parent: string) => {
    let angle = start;
    for (const row of rows) {
      const sweep = ((row.points ?? 0) / total) * 2 * Math.PI;
      const top = depth === 1 ? label(row.label, row.label_en, lang) : parent;
      const mid = angle + sweep / 2;
      const rm = 40 + (depth - 0.5) * 70;
      // Only a label that fits its arc is printed (./arc-labels.ts); the tooltip names every arc.
      const show = arcLabel(label(row.label, row.label_en, lang === "both" ? "zh" : lang), { sweep, mid, radius: rm, thickness: 70, fontSize: 9 });
      values.push({ node: label(row.label, row.label_en, lang), parent: top, depth, theta: angle, theta2: angle + sweep, r: 40 + (depth - 1) * 70, r2: 40 + depth * 70, points: row.points, show, mid, rm });
      // Children share the parent's arc in proportion to their points (a child whose counts exceed
      // the printed parent, as 租售管理's do not, would overflow; the paper's data never does).
      place(row.children, angle, depth + 1, top);
      angle += sweep;
    }
  };
  place(tables.themes, 0, 1, "");
  const parents = tables.themes.map((t) => label(t.label, t.label_en, lang));
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    title: { text: label("政策主题层级（旭日图）", "Theme hierarchy (sunburst)", lang), subtitle: label("内环：父节点；中环：子节点；外环：次节点", "inner ring: parent; middle: child; outer: grandchild nodes", lang) },
    data: { values },
    // The outer ring reaches 40 + 3 × 70 = 250 px from the centre: the view holds all of it, so the
    // legend below never lies on the ring (a 460 px view let the ring overhang by 20 px).
    width: 500,
    height: 500,
    layer: [
      {
        mark: { type: "arc", stroke: "white", strokeWidth: 0.6 },
        encoding: {
          theta: { field: "theta", type: "quantitative", scale: null },
          theta2: { field: "theta2" },
          radius: { field: "r", type: "quantitative", scale: null },
          radius2: { field: "r2" },
          color: { field: "parent", type: "nominal", scale: { domain: parents, range: PARENT_COLOURS.slice(0, parents.length) }, title: null, legend: { orient: "bottom" } },
          opacity: { field: "depth", type: "ordinal", scale: { domain: [1, 2, 3], range: [1, 0.7, 0.45] }, legend: null },
          tooltip: [{ field: "node" }, { field: "points" }],
        },
      },
      {
        mark: { type: "text", fontSize: 9 },
        encoding: { theta: { field: "mid", type: "quantitative", scale: null }, radius: { field: "rm", type: "quantitative", scale: null }, text: { field: "show" } },
      },
    ],
    view: { stroke: null },
    config: PUBLICATION_CONFIG,
  } as TopLevelSpec;
}
