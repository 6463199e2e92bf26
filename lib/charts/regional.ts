import type { TopLevelSpec } from "vega-lite";
import type { GroupShare } from "../figures/crosstab";
import { CATEGORY_COLOURS, PUBLICATION_CONFIG, type Lang, label } from "./theme";

/** Options of {@link groupSharesSpec}. */
export interface GroupSharesOptions {
  lang?: Lang;
  title: { zh: string; en: string };
  /** Node id → its labels, in display order. */
  nodes: ReadonlyArray<{ id: string; zh: string; en: string }>;
  /** Group value → its labels, in display order. */
  groups: ReadonlyArray<{ id: string; zh: string; en: string }>;
  /** Marks the figure SYNTHETIC in its title when the data are made up. */
  synthetic: boolean;
  /** The data's source, as the subtitle: one line, or one per language. */
  source: string | string[];
}

/**
 * The layout of the paper's Fig. 5–7: for each group (region or city), the shares of its
 * points by node (themes or tools), as 100 % stacked bars with the share written in each segment
 * wide enough to hold it. Data from `groupShares`; a synthetic dataset is named as such in the
 * figure's title, in red.
 *
 * @example
 * await showChart(groupSharesSpec(groupShares(synthetic, "region", parents, "themes"), { … }));
 */
export function groupSharesSpec(shares: readonly GroupShare[], options: GroupSharesOptions): TopLevelSpec {
  const lang = options.lang ?? "both";
  const nodeLabel = new Map(options.nodes.map((n) => [n.id, label(n.zh, n.en, lang)]));
  const groupLabel = new Map(options.groups.map((g) => [g.id, label(g.zh, g.en, lang)]));
  const values = shares.filter((s) => nodeLabel.has(s.node) && groupLabel.has(s.group)).map((s) => ({
    group: `${groupLabel.get(s.group)} (n=${s.documents})`,
    node: nodeLabel.get(s.node),
    order: options.nodes.findIndex((n) => n.id === s.node),
    pct: 100 * s.share,
  }));
  const y = { field: "group", type: "nominal" as const, sort: options.groups.map((g) => `${groupLabel.get(g.id)} (n=${shares.find((s) => s.group === g.id)?.documents ?? 0})`), title: null };
  const synthetic = options.synthetic ? label("【合成数据】", "[SYNTHETIC DATA] ", lang) : "";
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    title: { text: `${synthetic}${label(options.title.zh, options.title.en, lang)}`, subtitle: options.source, color: options.synthetic ? "#b00020" : "black" },
    data: { values },
    width: 420,
    height: { step: 26 },
    encoding: { y, x: { field: "pct", type: "quantitative", stack: "normalize", title: label("占该组参考点的比例", "share of the group's reference points", lang), axis: { format: ".0%" } } },
    layer: [
      { mark: "bar", encoding: { color: { field: "node", type: "nominal", sort: options.nodes.map((n) => nodeLabel.get(n.id)), scale: { domain: options.nodes.map((n) => nodeLabel.get(n.id)), range: [...CATEGORY_COLOURS] }, title: null, legend: { orient: "bottom" } }, order: { field: "order", type: "quantitative" }, tooltip: [{ field: "group" }, { field: "node" }, { field: "pct", format: ".2f" }] } },
      // A segment's value is printed only where it fits (≥ 26 px at the view's width: "15.0" at 9 px is
      // 22 px wide), so a narrower layout (`figures --width`) drops labels rather than running them together.
      { transform: [{ calculate: "datum.pct * width / 100 >= 26 ? format(datum.pct, '.1f') : ''", as: "text" }], mark: { type: "text", color: "white", fontSize: 9, dx: -14 }, encoding: { text: { field: "text" }, x: { field: "pct", type: "quantitative", stack: "normalize", bandPosition: 1 }, order: { field: "order", type: "quantitative" } } },
    ],
    config: PUBLICATION_CONFIG,
  } as TopLevelSpec;
}
