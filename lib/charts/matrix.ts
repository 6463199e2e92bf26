import type { TopLevelSpec } from "vega-lite";
import type { ChiSquareResult } from "../matrix/chi-square";
import { counted } from "../messages";
import type { Matrix } from "../matrix/types";
import { uprightBands } from "./text-metrics";
import { label, labelLines, PUBLICATION_CONFIG, type Lang } from "./theme";

/** Shade of a cell whose row has no units (its share is not defined, unlike a 0 % cell). */
const UNDEFINED_SHADE = "#e8e8e8";
const LABEL_SIZE = 11;
const UNIT_ZH: Record<Matrix["unit"], string> = { clause: "条款", sentence: "句子", segment: "片段", passage: "编码段落", document: "文件" };

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
  // Column labels stand upright, one language per line, and each column is as wide as its
  // widest line: rotated labels left a band of empty canvas above the grid.
  const colLines = m.colLabels.map((zh, j) => [labelLines(zh, m.colLabelsEn?.[j] ?? zh, lang)].flat().map((line) => line.trim()));
  // vega draws a top axis's later lines downwards, over the grid: lift the block by them.
  const lineCount = Math.max(1, ...colLines.map((lines) => lines.length));
  const colLabels = colLines.map((lines) => lines.join("\n"));
  const bands = uprightBands(colLines, LABEL_SIZE);
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
  const grey = m.rowTotals.some((t) => t === 0);
  // Joined passages: the cells sum to fewer than the coded ranges behind them, so say both.
  const joined = typeof m.unitNote === "string";
  const unitsZh = joined ? `${m.units} 个编码片段合并为 ${m.total} 个` : `共 ${m.units} 个`;
  const unitsEn = joined ? `${m.units} coded ranges joined into ${m.total} in the cells` : counted(m.units, "unit");
  const chi = test.statistic === null ? label("卡方检验不适用", "no chi-square test", lang) : `X² = ${test.statistic.toFixed(2)}, df = ${test.df}, p = ${test.pValue! < 0.001 ? test.pValue!.toExponential(2) : test.pValue!.toFixed(3)}, V = ${test.cramersV!.toFixed(2)}`;
  const x = { field: "col", type: "nominal" as const, sort: colLabels, title: null, axis: { ...bands.axis, orient: "top" as const, labelExpr: "split(datum.label, '\\n')", labelPadding: 4 + (lineCount - 1) * bands.lineHeight } };
  const y = { field: "row", type: "nominal" as const, sort: rowLabels, title: null, axis: { labelLimit: 0, labelFontSize: LABEL_SIZE } };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    title: {
      text: label(`X–Y 矩阵：${rowTitle.zh} × ${colTitle.zh}`, `X–Y matrix: ${rowTitle.en} × ${colTitle.en}`, lang),
      subtitle: [labelLines(`单元：${UNIT_ZH[m.unit]}，${unitsZh}，${m.documents} 份文件；颜色为行内占比${grey ? "，灰色为无单元的行" : ""}`, `unit: ${m.unit}, ${unitsEn} in ${counted(m.documents, "document")}; shade = row share${grey ? ", grey = a row without units" : ""}`, lang), chi].flat(),
    },
    data: { values },
    width: { step: bands.step },
    height: { step: 30 },
    layer: [
      {
        // invalid: null keeps the rects of undefined shares (vega-lite drops them by default).
        mark: { type: "rect", invalid: null },
        encoding: {
          x,
          y,
          color: { condition: { test: "datum.share === null", value: UNDEFINED_SHADE }, field: "share", type: "quantitative", scale: { domain: [0, 100], scheme: "blues" }, title: label("行占比", "row share", lang) + " (%)" },
          tooltip: [{ field: "row" }, { field: "col" }, { field: "units" }, { field: "files" }, { field: "share" }, { field: "stdres" }],
        },
      },
      { mark: { type: "text", fontSize: 11 }, encoding: { x, y, text: { field: "units" }, color: { condition: { test: "datum.share !== null && datum.share > 55", value: "white" }, value: "black" } } },
    ],
    config: PUBLICATION_CONFIG,
  } as TopLevelSpec;
}
