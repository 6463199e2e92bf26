import type { TopLevelSpec } from "vega-lite";
import { rankScenarios } from "../score/ranking";
import type { ScoreReport } from "../score/run";
import { criterionName, MULTILINE_LABELS, scenarioName } from "./scenario-names";
import { uprightBands } from "./text-metrics";
import { label, labelLines, PUBLICATION_CONFIG, type Lang } from "./theme";
import { basename, isAbsolute, relative, resolve, sep } from "node:path";
import { kitPath } from "../util/paths";

/**
 * Scorecard heatmap: scenarios × criteria, each cell the criterion's median score (0–100) with
 * the number written in it; criteria labelled with their section of the paper.
 *
 * @example
 * await showChart(scorecardHeatmapSpec(scoreFiles(files, { draws: 10000, seed: 1 })));
 */
export function scorecardHeatmapSpec(report: ScoreReport, options: { lang?: Lang } = {}): TopLevelSpec {
  const lang = options.lang ?? "en";
  const values = report.scorecards.flatMap((card) =>
    card.criteria.map((c) => ({ scenario: scenarioName(card, lang), criterion: criterionName(c, lang), // A criterion that cannot be computed has no median: its cell is grey and says so, never 0.
      score: !Number.isFinite(c.score.median) ? null : Math.round(c.score.median),
      shown: !Number.isFinite(c.score.median) ? label("无", "n/d", lang) : String(Math.round(c.score.median)),
      mark: c.mark,
    })),
  );
  const order = report.scorecards[0].criteria.map((c) => criterionName(c, lang));
  // A few criteria stand upright on two lines (criterion, section), each column as wide as its
  // label; many are rotated, as upright labels would make the figure too wide for a page.
  const upright = order.length <= 6;
  const lines = report.scorecards[0].criteria.map((c) => [criterionName(c, lang).replace(/^§\S+ /, ""), `§${c.section}`]);
  const bands = uprightBands(lines, 11);
  const step = upright ? bands.step : 34;
  const byLabel = Object.fromEntries(order.map((o, i) => [o, lines[i].join("\n")]));
  const axis = upright ? { ...bands.axis, labelExpr: `split(${JSON.stringify(byLabel)}[datum.label] || datum.label, '\\n')` } : { labelAngle: -40, labelLimit: 240 };
  const x = { field: "criterion", type: "nominal" as const, sort: order, title: null, axis };
  const y = { field: "scenario", type: "nominal" as const, sort: report.scorecards.map((c) => scenarioName(c, lang)), title: null, axis: { labelLimit: 280, labelExpr: MULTILINE_LABELS } };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    title: {
      text: label("情景评分：各准则得分（0–100）", "Scorecards: score of each criterion (0–100)", lang),
      subtitle: labelLines(`${report.draws} 次模拟的中位数，种子 ${report.seed}；锚点见 ${catalogueName(report.catalogue.file)}`, `median over ${report.draws} draws, seed ${report.seed}; anchors in ${catalogueName(report.catalogue.file)}`, lang),
    },
    data: { values },
    width: { step },
    height: { step: rowStep(report.scorecards.map((c) => scenarioName(c, lang)), 24) },
    layer: [
      { transform: [{ filter: "datum.score === null" }], mark: { type: "rect", color: "#e3e3e3" }, encoding: { x, y, tooltip: [{ field: "scenario" }, { field: "criterion" }, { field: "mark" }] } },
      { mark: "rect", encoding: { x, y, color: { field: "score", type: "quantitative", scale: { domain: [0, 100], scheme: "blues" }, title: label("得分", "score", lang) }, tooltip: [{ field: "scenario" }, { field: "criterion" }, { field: "score" }, { field: "mark" }] } },
      { mark: { type: "text", fontSize: 10 }, encoding: { x, y, text: { field: "shown" }, color: { condition: { test: "datum.score !== null && datum.score > 60", value: "white" }, value: "black" } } },
    ],
    config: PUBLICATION_CONFIG,
  } as TopLevelSpec;
}

/**
 * Rank acceptability as stacked bars: for each scenario, the probability of each rank under
 * weight and simulation uncertainty (SMAA-2); rank 1 darkest.
 */
export function rankAcceptabilitySpec(report: ScoreReport, options: { lang?: Lang } = {}): TopLevelSpec {
  const lang = options.lang ?? "en";
  const name = (id: string) => scenarioName(report.scorecards.find((c) => c.scenario === id) ?? { scenario: id }, lang);
  const values = report.smaa.scenarios.flatMap((s, i) => report.smaa.rankAcceptability[i].map((b, r) => ({ scenario: name(s), rank: r + 1, acceptability: b })));
  // The ranking every table and the CLI print (expected rank; ties: higher median, then id).
  const byFirst = rankScenarios(report).map((r) => name(r.scenario));
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    title: {
      text: label("排序可接受度（SMAA-2）", "Rank acceptability (SMAA-2)", lang),
      subtitle: labelLines(`${report.smaa.weightDraws} 组单纯形上均匀抽取的权重 × 模拟抽样；按期望排序`, `${report.smaa.weightDraws} weight draws uniform on the simplex × simulation draws; sorted by expected rank`, lang),
    },
    data: { values },
    width: 420,
    height: { step: rowStep(byFirst, 22) },
    mark: "bar",
    encoding: {
      y: { field: "scenario", type: "nominal", sort: byFirst, title: null, axis: { labelLimit: 260, labelExpr: MULTILINE_LABELS } },
      x: { field: "acceptability", type: "quantitative", stack: "zero", scale: { domain: [0, 1] }, title: label("该排序的概率", "probability of rank", lang), axis: { format: ".0%", labelOverlap: "greedy" } },
      color: { field: "rank", type: "ordinal", scale: { scheme: "viridis" }, title: label("排序", "rank", lang), legend: { orient: "bottom", direction: "horizontal" } },
      order: { field: "rank", type: "quantitative", sort: "ascending" },
      tooltip: [{ field: "scenario" }, { field: "rank" }, { field: "acceptability", format: ".3f" }],
    },
    config: PUBLICATION_CONFIG,
  } as TopLevelSpec;
}

/** A row's height: `step`, or room for the longest name's lines (13 px a line, with 4 px between rows). */
function rowStep(names: readonly string[], step: number): number {
  const lines = Math.max(1, ...names.map((n) => n.split("\n").length));
  return Math.max(step, lines * 13 + 4);
}

/**
 * The catalogue as a figure names it: its path inside the kit (data/recommendations.json), or
 * only its file name when it lies elsewhere, so that no machine's folders end up in a figure.
 */
function catalogueName(file: string): string {
  const inKit = relative(kitPath(), resolve(file));
  return inKit.startsWith("..") || isAbsolute(inKit) ? basename(file) : inKit.split(sep).join("/");
}
