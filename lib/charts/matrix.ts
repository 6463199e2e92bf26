import type { TopLevelSpec } from "vega-lite";
import type { ChiSquareResult } from "../matrix/chi-square";
import type { Matrix } from "../matrix/types";
import { label, labelLines, PUBLICATION_CONFIG, type Lang } from "./theme";

/**
 * The X–Y matrix as a heatmap: rows × columns, each cell shaded by its row share (so rows of very
 * different size compare) with its units written in it; the subtitle states the unit and the
 * chi-square test. Sides are titled and labelled from the codebook (its dimension names, e.g.
 * 政策阶段 / Policy stage; node labels in Chinese, English or both; CJK widths: lib/charts/render.ts).
 *
 * Reference: NVivo's matrix coding query shading; lib/charts/score.ts (the scorecard heatmap).
 *
 * @example
 * const svg = await renderSvg(matrixHeatmapSpec(matrix, chiSquareTest(matrix.counts)));
 */
export function matrixHeatmapSpec(m: Matrix, test: ChiSquareResult, options: { lang?: Lang } = {}): TopLevelSpec {
  const lang = options.lang ?? "both";
  // Labels in the chosen language(s); older matrices (saved JSON without English labels) keep their Chinese ones.
  const rowLabels = m.rowLabels.map((zh, i) => label(zh, m.rowLabelsEn?.[i] ?? zh, lang).trim());
  const colLabels = m.colLabels.map((zh, j) => label(zh, m.colLabelsEn?.[j] ?? zh, lang).trim());
  const rowTitle = m.rowTitle ?? { zh: m.rowDimension, en: m.rowDimension };
  const colTitle = m.colTitle ?? { zh: m.colDimension, en: m.colDimension };
  const values = rowLabels.flatMap((row, i) =>
    colLabels.map((col, j) => ({
      row,
      col,
      units: m.counts[i][j],
      files: m.files[i][j],
      share: m.rowShares[i][j] === null ? null : Math.round(m.rowShares[i][j]! * 1000) / 10,
      stdres: test.stdres[i][j] === null ? null : Math.round(test.stdres[i][j]! * 100) / 100,
    })),
  );
  const chi = test.statistic === null ? label("卡方检验不适用", "no chi-square test", lang) : `X² = ${test.statistic.toFixed(2)}, df = ${test.df}, p = ${test.pValue! < 0.001 ? test.pValue!.toExponential(2) : test.pValue!.toFixed(3)}, V = ${test.cramersV!.toFixed(2)}`;
  const x = { field: "col", type: "nominal" as const, sort: colLabels, title: null, axis: { labelAngle: -30, labelLimit: 360, orient: "top" as const } };
  const y = { field: "row", type: "nominal" as const, sort: rowLabels, title: null, axis: { labelLimit: 420 } };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    title: {
      text: label(`X–Y 矩阵：${rowTitle.zh} × ${colTitle.zh}`, `X–Y matrix: ${rowTitle.en} × ${colTitle.en}`, lang),
      subtitle: [labelLines(`单元：${m.unit}，共 ${m.units} 个，${m.documents} 份文件；颜色为行内占比`, `unit: ${m.unit}, ${m.units} units in ${m.documents} documents; shade = row share`, lang), chi].flat(),
    },
    data: { values },
    width: { step: 64 },
    height: { step: 30 },
    layer: [
      {
        mark: "rect",
        encoding: {
          x,
          y,
          color: { field: "share", type: "quantitative", scale: { domain: [0, 100], scheme: "blues" }, title: label("行占比", "row share", lang) + " (%)" },
          tooltip: [{ field: "row" }, { field: "col" }, { field: "units" }, { field: "files" }, { field: "share" }, { field: "stdres" }],
        },
      },
      { mark: { type: "text", fontSize: 11 }, encoding: { x, y, text: { field: "units" }, color: { condition: { test: "datum.share !== null && datum.share > 55", value: "white" }, value: "black" } } },
    ],
    config: PUBLICATION_CONFIG,
  } as TopLevelSpec;
}
