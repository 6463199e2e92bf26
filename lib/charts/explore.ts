/**
 * Figures of an exploration (lib/explore): which lever moves an outcome (Sobol' indices with their
 * intervals, or feature scores), PRIM's coverage–density trade-off with the chosen box, and the
 * experiments over two levers with the box drawn on them.
 *
 * @example
 * await showChart(sensitivitySpec(analysis));
 */
import type { TopLevelSpec } from "vega-lite";
import type { Analysis } from "../explore/analysis";
import type { ExperimentRun } from "../explore/experiments";
import { CATEGORY_COLOURS, PUBLICATION_CONFIG } from "./theme";

/** Bars of first- and total-order Sobol' indices per lever and outcome, with 95 % intervals (feature scores without a Saltelli design). */
export function sensitivitySpec(analysis: Analysis): TopLevelSpec {
  const sobol = analysis.sobol.length > 0;
  const values = sobol
    ? analysis.sobol.flatMap((s) => s.levers.flatMap((lever, i) => [
        { outcome: s.outcome, lever, index: "first-order", value: s.first[i], lo: s.firstInterval[i][0], hi: s.firstInterval[i][1] },
        { outcome: s.outcome, lever, index: "total-order", value: s.total[i], lo: s.totalInterval[i][0], hi: s.totalInterval[i][1] },
      ]))
    : analysis.featureScores.flatMap((f) => f.scores.map((s) => ({ outcome: f.outcome, lever: s.lever, index: "feature score", value: s.score, lo: s.score, hi: s.score })));
  const kinds = sobol ? ["first-order", "total-order"] : ["feature score"];
  // Indices lie in [0, 1]; an estimate or interval outside is sampling error, drawn as it is (not cut at the axis's end).
  const domain = [Math.min(0, ...values.map((v) => v.lo)), Math.max(1, ...values.map((v) => v.hi))];
  const colour = { field: "index", type: "nominal" as const, title: null, scale: { domain: kinds, range: CATEGORY_COLOURS.slice(0, kinds.length) }, legend: { orient: "bottom" as const } };
  const y = { field: "lever", type: "nominal" as const, title: null };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    title: { text: "Which lever moves the outcome", subtitle: sobol ? "Sobol' indices (Saltelli's design) with 95 % bootstrap intervals; beyond 0–1 is sampling error" : "share of the outcome's variance explained by the lever's bins" },
    data: { values },
    facet: { row: { field: "outcome", type: "nominal", title: null, header: { labelAngle: 0, labelAlign: "left", labelAnchor: "start", labelOrient: "top" } } },
    spec: {
      width: 320,
      height: { step: 14 },
      layer: [
        { mark: "bar", encoding: { y, yOffset: { field: "index" }, x: { field: "value", type: "quantitative", title: "index", scale: { domain, nice: false } }, color: colour, tooltip: [{ field: "lever" }, { field: "index" }, { field: "value", format: ".3f" }, { field: "lo", format: ".3f" }, { field: "hi", format: ".3f" }] } },
        ...(sobol ? [{ mark: { type: "rule" as const, color: "#333" }, encoding: { y, yOffset: { field: "index" }, x: { field: "lo", type: "quantitative" as const }, x2: { field: "hi" } } }] : []),
        // An index's largest possible value, marked where the axis runs past it.
        ...(domain[1] > 1 ? [{ mark: { type: "rule" as const, color: "#888", strokeDash: [4, 3] }, encoding: { x: { datum: 1, type: "quantitative" as const } } }] : []),
      ],
    },
    config: PUBLICATION_CONFIG,
  } as TopLevelSpec;
}

/** PRIM's peeling trajectory: coverage against density, each box a point, the chosen box ringed. */
export function primTradeoffSpec(analysis: Analysis): TopLevelSpec {
  const prim = analysis.prim;
  const values = (prim?.trajectory ?? []).map((b, step) => ({ step, coverage: b.coverage, density: b.density, restricted: b.limits.filter((l) => l.restricted).length }));
  const chosen = prim ? [{ coverage: prim.box.coverage, density: prim.box.density }] : [];
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    title: { text: `PRIM: P(pass ${analysis.outcome.recommendation}) ≥ ${analysis.outcome.probability}`, subtitle: "each point a box on the peeling trajectory; ringed: the box chosen (after pasting)" },
    width: 320,
    height: 240,
    layer: [
      { data: { values }, mark: { type: "line", color: "#999" }, encoding: { x: { field: "coverage", type: "quantitative", scale: { domain: [0, 1] } }, y: { field: "density", type: "quantitative", scale: { domain: [0, 1] } }, order: { field: "step" } } },
      { data: { values }, mark: { type: "point", filled: true, size: 40 }, encoding: { x: { field: "coverage", type: "quantitative" }, y: { field: "density", type: "quantitative" }, color: { field: "restricted", type: "ordinal", title: "levers restricted", scale: { scheme: "blues" } }, tooltip: [{ field: "step" }, { field: "coverage", format: ".2f" }, { field: "density", format: ".2f" }, { field: "restricted" }] } },
      { data: { values: chosen }, mark: { type: "point", size: 260, strokeWidth: 2, color: "#D55E00" }, encoding: { x: { field: "coverage", type: "quantitative" }, y: { field: "density", type: "quantitative" } } },
    ],
    config: PUBLICATION_CONFIG,
  } as TopLevelSpec;
}

/** The experiments over two levers, coloured by whether they reach the outcome, with PRIM's box. */
export function experimentsSpec(run: ExperimentRun, analysis: Analysis, levers: [number, number] = [0, 1]): TopLevelSpec {
  const [a, b] = levers.map((i) => run.design.levers[i]);
  const yes = `P ≥ ${analysis.outcome.probability}`;
  const no = `P < ${analysis.outcome.probability}`;
  const values = run.experiments.map((e) => ({ x: e.levers[levers[0]], y: e.levers[levers[1]], reached: e.pass[analysis.outcome.recommendation] >= analysis.outcome.probability ? yes : no, p: e.pass[analysis.outcome.recommendation], overall: e.overall }));
  const box = analysis.prim ? [{ x: analysis.prim.box.limits[levers[0]].min, x2: analysis.prim.box.limits[levers[0]].max, y: analysis.prim.box.limits[levers[1]].min, y2: analysis.prim.box.limits[levers[1]].max }] : [];
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    title: { text: `Experiments: P(pass ${analysis.outcome.recommendation})`, subtitle: `${run.total} settings of the levers; rectangle: PRIM's box` },
    width: 320,
    height: 320,
    layer: [
      { data: { values }, mark: { type: "point", filled: true, size: 30, opacity: 0.8 }, encoding: { x: { field: "x", type: "quantitative", title: axisTitle(a), scale: { domain: [a.min, a.max] } }, y: { field: "y", type: "quantitative", title: axisTitle(b), scale: { domain: [b.min, b.max] } }, color: { field: "reached", type: "nominal", title: null, scale: { domain: [yes, no], range: [CATEGORY_COLOURS[2], "#bbbbbb"] }, legend: { orient: "bottom" } }, tooltip: [{ field: "x", title: a.id, format: ".2f" }, { field: "y", title: b.id, format: ".2f" }, { field: "p", title: "P(pass)", format: ".2f" }, { field: "overall", format: ".1f" }] } },
      { data: { values: box }, mark: { type: "rect", fill: null, stroke: "#D55E00", strokeWidth: 2 }, encoding: { x: { field: "x", type: "quantitative" }, x2: { field: "x2" }, y: { field: "y", type: "quantitative" }, y2: { field: "y2" } } },
    ],
    config: PUBLICATION_CONFIG,
  } as TopLevelSpec;
}

/** A lever's axis title on two lines: its id, then what it does without its note. */
function axisTitle(lever: { id: string; label: string }): string[] {
  return [lever.id, lever.label.replace(/ \(.*\)$/, "")];
}
