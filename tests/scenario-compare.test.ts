/**
 * Panels of the scenario comparison are titled by the scenario's own titles (title_zh in Chinese),
 * not only its id, and the result carries title_zh where the file gives one.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scenarioCompareSpec } from "../lib/charts/scenario-compare";
import { simulateFiles } from "../lib/simulate/run";

const file = join(__dirname, "..", "scenarios", "sde-example", "demand-pull.json");

describe("scenario comparison panels", () => {
  it("titles each panel in the chosen language", () => {
    const results = simulateFiles([file], { draws: 200, seed: 1 });
    expect(results[0].title_zh).toBe("需求拉动：从基础设施建设转向政府采购与服务外包");
    const panels = (lang: "zh" | "en" | "both") => [...new Set((scenarioCompareSpec(results, { lang }).data as { values: { scenario: string }[] }).values.map((v) => v.scenario))];
    // A Chinese title wraps onto lines of at most 16 characters instead of being cut at the panel's edge.
    expect(panels("zh")).toEqual(["需求拉动：从基础设施建设\n转向政府采购与服务外包"]);
    // Two lines (the header splits at \n): the id, then the title; each cut to the panel's width when drawn.
    expect(panels("en")).toEqual(["demand-pull\nPull by demand: points move from supply-side infrastructure to procurement and outsourcing"]);
    expect(panels("both")).toEqual(["demand-pull\n需求拉动：从基础设施建设\n转向政府采购与服务外包"]);
  });
});

describe("scorecard heatmap labels", () => {
  it("stands a few criteria upright on two lines (criterion, section) and titles the legend in both languages", async () => {
    const { scorecardHeatmapSpec } = await import("../lib/charts/score");
    const { scoreFiles } = await import("../lib/score/run");
    const dir = join(__dirname, "..", "scenarios", "sde-example");
    const report = scoreFiles(["baseline", "balanced-mix"].map((s) => join(dir, `${s}.json`)), { draws: 200, seed: 1, catalogue: join(__dirname, "..", "data", "examples", "sde-example", "recommendations.json") });
    const spec = JSON.stringify(scorecardHeatmapSpec(report, { lang: "both" }));
    expect(spec).toContain('"labelAngle":0');
    expect(spec).toContain("demand-share\\\\n§example-1");
    expect(spec).toContain('"title":"得分 score"');
  });
});
