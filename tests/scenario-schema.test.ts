import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../lib/dataset/load";
import { baselineCounts } from "../lib/mix/baseline";
import { compileScenario } from "../lib/scenario/compile";
import { loadScenario } from "../lib/scenario/load";

const dir = join(__dirname, "..", "scenarios");
const files = readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "scenario.schema.json").sort();

describe("scenario files", () => {
  it("scenarios/scenario.schema.json is what the TypeScript types generate (run `npm run schema` after changing them)", { timeout: 60_000 }, async () => {
    const { generateScenarioSchema } = await import("../scripts/generate-schema.mjs");
    expect(readFileSync(join(dir, "scenario.schema.json"), "utf8")).toBe(generateScenarioSchema());
  });

  it("ships the scenarios the paper's recommendations call for", () => {
    const ids = files.map((f) => f.replace(/\.json$/, ""));
    expect(ids).toEqual(expect.arrayContaining(["baseline", "incentive-shift", "learning-shift", "incentive-and-learning", "negative-lists", "strengthen-authority-constraint", "over-correction"]));
  });

  it.each(files)("%s validates, compiles on the paper's data, and its id matches its file name", (file) => {
    const loaded = loadScenario(join(dir, file));
    expect(loaded.scenario.id).toBe(file.replace(/\.json$/, ""));
    expect(loaded.scenario.rationale.length).toBeGreaterThan(40);
    const paper = loadDataset(loaded.datasetDir);
    const compiled = compileScenario(loaded, paper, { tools: baselineCounts(paper, "tools"), themes: baselineCounts(paper, "themes") });
    expect(compiled.operations).toHaveLength(loaded.scenario.operations.length);
  });
});
