import { describe, expect, it } from "vitest";
import { scorecardHeatmapSpec } from "../lib/charts/score";
import type { ScoreReport } from "../lib/score/run";

const summary = (m: number) => ({ median: m, mean: m, lo95: m, hi95: m });
const criterion = (name: string, m: number, mark: string) => ({ section: "3.1", criterion: name, score: summary(m), mark });

describe("scorecard heatmap with a criterion that is not defined", () => {
  // Scenario a's criterion y cannot be computed (its numbers are NaN in memory, null in JSON).
  const report = {
    draws: 100,
    seed: 1,
    catalogue: { file: "/somewhere/else/my-catalogue.json", version: "1", recommendations: [] },
    scorecards: [
      { scenario: "a", criteria: [criterion("x", 80, "pass"), criterion("y", Number.NaN, "not defined")] },
      { scenario: "b", criteria: [criterion("x", 20, "fail"), criterion("y", 50, "partial")] },
    ],
  } as unknown as ScoreReport;

  it("writes n/d in a grey cell, never NaN or a made-up 0", () => {
    const spec = scorecardHeatmapSpec(report) as unknown as { data: { values: Array<Record<string, unknown>> }; layer: unknown[] };
    const cell = spec.data.values.find((v) => v.scenario === "a" && v.criterion === "§3.1 y")!;
    expect(cell).toMatchObject({ score: null, shown: "n/d", mark: "not defined" });
    expect(spec.data.values.find((v) => v.scenario === "b" && v.criterion === "§3.1 y")).toMatchObject({ score: 50, shown: "50" });
    expect(JSON.stringify(spec)).not.toMatch(/NaN/);
    expect(JSON.stringify(spec.layer[0])).toContain("datum.score === null");
  });

  it("says 无 in the Chinese version", () => {
    const spec = scorecardHeatmapSpec(report, { lang: "zh" }) as unknown as { data: { values: Array<Record<string, unknown>> } };
    expect(spec.data.values.find((v) => v.score === null)!.shown).toBe("无");
  });
});

describe("scorecard heatmap subtitle", () => {
  it("names a catalogue outside the kit by its file name only, one inside by its kit path", async () => {
    const { scorecardHeatmapSpec } = await import("../lib/charts/score");
    const { kitPath } = await import("../lib/util/paths");
    const base = { draws: 10, seed: 3, scorecards: [{ scenario: "a", criteria: [] }] };
    const subtitle = (file: string) => JSON.stringify((scorecardHeatmapSpec({ ...base, catalogue: { file, version: "1", recommendations: [] } } as unknown as ScoreReport, { lang: "en" }).title as { subtitle: string }).subtitle);
    expect(subtitle("/home/me/study/my-catalogue.json")).toBe('"median over 10 draws, seed 3; anchors in my-catalogue.json"');
    expect(subtitle(kitPath("data", "examples", "sde-example", "recommendations.json"))).toContain("anchors in data/examples/sde-example/recommendations.json");
    expect(subtitle(kitPath("data", "recommendations.json"))).toContain("anchors in data/recommendations.json");
  });
});
