/**
 * Issue 14 point 6: the exploration calls the simulator's own stages (lib/simulate/baseline-stage.ts,
 * scenario-stage.ts) and scores leaner (lib/explore/outcomes.ts); these tests hold the lean path to
 * the full one — `simulate` + `scorecards`, the path `toolmix score` takes — on random settings, on
 * the paper's scheme and on another (the supply / demand / environment example with its own
 * catalogue). Also: the stages' invariants, the median without allocation against simple-statistics,
 * and a thread's error reported once, with no worker left running.
 */
import fc from "fast-check";
import { join } from "node:path";
import { quantile } from "simple-statistics";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../lib/dataset/load";
import { InputError } from "../lib/errors";
import { sensitivitySpec } from "../lib/charts/explore";
import type { Analysis } from "../lib/explore/analysis";
import { experimentEvaluator, runExperiments } from "../lib/explore/experiments";
import { explorationFiles } from "../lib/explore/files";
import { experimentsFrame } from "../lib/explore/frame";
import { withRanges } from "../lib/explore/lever-ranges";
import { leversOf, leverValues, withLevers } from "../lib/explore/levers";
import { defaultOutcome, outcomeGroups } from "../lib/explore/outcomes";
import { runExperimentsParallel } from "../lib/explore/parallel";
import { Rng } from "../lib/random/prng";
import { compileScenario } from "../lib/scenario/compile";
import { loadScenario, type LoadedScenario } from "../lib/scenario/load";
import { loadCatalogue } from "../lib/score/catalogue";
import { scoringNeeds } from "../lib/score/run";
import { scorecards } from "../lib/score/scorecard";
import type { Catalogue } from "../lib/score/types";
import { defaultWeights } from "../lib/score/weights";
import { handCatalogue } from "./support/catalogue";
import { baselinesOf, drawBaseline } from "../lib/simulate/baseline-stage";
import { definedMedian } from "../lib/simulate/median";
import { simulate } from "../lib/simulate/run";
import { applyScenario, measureScenario } from "../lib/simulate/scenario-stage";

const root = join(__dirname, "..");
const sectionsOf = (catalogue: Catalogue) => {
  const sections: Record<string, string[]> = {};
  for (const c of catalogue.criteria) (sections[c.section] ??= []).includes(c.recommendation) || sections[c.section].push(c.recommendation);
  return sections;
};
const paperCatalogue = loadCatalogue();
const sdeCatalogue = loadCatalogue(join(root, "data", "examples", "sde-example", "recommendations.json"));

/** The outcomes the full path gives for one setting: simulate it as a scenario, score it with scorecards. */
function fullPath(loaded: LoadedScenario, catalogue: Catalogue, values: ArrayLike<number>, index: number, draws: number, seed: number) {
  const scenario = withLevers(loaded, leversOf(loaded), values, index);
  const [result] = simulate([scenario], { draws, seed, ...scoringNeeds(catalogue), themeNodesFile: catalogue.file });
  const { cards, values: partial } = scorecards([result], catalogue, defaultWeights(catalogue));
  const card = cards[0];
  const pass = Object.fromEntries(
    outcomeGroups(catalogue).map(({ id, members }) => {
      let passed = 0;
      for (let d = 0; d < draws; d++) if (members.every((j) => 100 * partial[0][j][d] >= catalogue.marks.pass)) passed++;
      return [id, passed / draws];
    }),
  );
  const finite = (v: number) => (Number.isFinite(v) ? v : null);
  return {
    indicators: Object.fromEntries(Object.entries(result.scenario).map(([name, s]) => [name, s.median])),
    criteria: Object.fromEntries(card.criteria.map((c) => [c.criterion, finite(c.score.median)])),
    overall: finite(card.overall.median),
    pBeatsBaseline: card.pBeatsBaseline,
    pass,
  };
}

describe("the lean experiment path gives exactly the numbers of simulate + scorecards", () => {
  const cases: Array<[string, string, Catalogue]> = [
    ["the paper's headline scenario", join(root, "scenarios", "incentive-and-learning.json"), paperCatalogue],
    ["another scheme (supply / demand / environment) with its own catalogue", join(root, "scenarios", "sde-example", "balanced-mix.json"), sdeCatalogue],
    ["a transfer that creates nodes from zero (sde demand-pull)", join(root, "scenarios", "sde-example", "demand-pull.json"), sdeCatalogue],
  ];
  for (const [what, file, catalogue] of cases) {
    it(`on random settings of ${what}`, { timeout: 60_000 }, () => {
      const loaded = loadScenario(file);
      const levers = leversOf(loaded);
      const draws = 400;
      const evaluate = experimentEvaluator(loaded, catalogue, { draws, seed: 9 });
      const rng = new Rng(14);
      for (let index = 0; index < 6; index++) {
        const values = leverValues(levers, levers.map(() => rng.nextFloat()));
        const { index: _i, levers: _l, ...lean } = evaluate(index, values);
        expect(lean, `experiment ${index}`).toEqual(fullPath(loaded, catalogue, values, index, draws, 9));
        // A section passes only in draws where each of its recommendations passes.
        for (const [section, recommendations] of Object.entries(sectionsOf(catalogue))) {
          expect(lean.pass[section]).toBeLessThanOrEqual(Math.min(...recommendations.map((r) => lean.pass[r])));
        }
      }
    });
  }

  it("at a setting that moves nothing: every draw ties with its baseline, so P(beats baseline) is ½", () => {
    const opened = withRanges(loadScenario(join(root, "scenarios", "incentive-and-learning.json")), new Map([["op1.pp", { min: 0, max: 6 }], ["op2.pp", { min: 0, max: 4 }]]));
    const still = [0, 0];
    const { index: _i, levers: _l, ...lean } = experimentEvaluator(opened, paperCatalogue, { draws: 300, seed: 2 })(0, still);
    expect(lean.pBeatsBaseline).toBe(0.5);
    expect(lean).toEqual(fullPath(opened, paperCatalogue, still, 0, 300, 2));
  });

  it("leaves a criterion that is not defined unscored, renormalises the others' weights, and has no overall score when none is defined", () => {
    const sde = loadScenario(join(root, "scenarios", "sde-example", "balanced-mix.json"));
    // Outsourcing has no points before or after balanced-mix: a ratio over it is not defined in any draw.
    const criterion = (id: string, indicator: Catalogue["criteria"][number]["indicator"]) => ({ id, label: id, indicator, direction: "increase" as const, cutoffs: [0, 1], values: [0, 1], weight: 1, reasoning: "", recommendation: "r", section: "s" });
    const undefinedRatio = criterion("over-nothing", { ratio: { numerator: ["share.supply"], denominator: ["share.demand.outsourcing"] } });
    const catalogueOf = (criteria: Catalogue["criteria"]) => ({ ...handCatalogue(criteria), scheme: "supply-demand-environment" });
    for (const catalogue of [catalogueOf([undefinedRatio, criterion("even", "evenness")]), catalogueOf([undefinedRatio])]) {
      const values = [0.45, 2];
      const { index: _i, levers: _l, ...lean } = experimentEvaluator(sde, catalogue, { draws: 300, seed: 4 })(0, values);
      expect(lean).toEqual(fullPath(sde, catalogue, values, 0, 300, 4));
      expect(lean.criteria["over-nothing"]).toBeNull();
      if (catalogue.criteria.length === 1) expect([lean.overall, lean.pBeatsBaseline]).toEqual([null, null]);
      else expect(lean.overall).toBeCloseTo(lean.criteria.even!, 10); // all the weight on the one defined criterion
    }
  });

  it("records a pass probability for every recommendation and every section, and defaults to a recommendation the catalogue has", () => {
    expect(outcomeGroups(paperCatalogue).map((g) => g.id)).toEqual(expect.arrayContaining(["3.1-authority-down", "3.1", "3.2.4"]));
    // A section holds every criterion of the section, and only those.
    const section31 = outcomeGroups(paperCatalogue).find((g) => g.id === "3.1")!;
    const expected = paperCatalogue.criteria.flatMap((c, j) => (c.section === "3.1" ? [j] : []));
    expect(expected.length).toBeGreaterThan(3);
    expect(section31.members).toEqual(expected);
    // A section named like a recommendation is left out (the recommendation's record stands).
    const criterion = (id: string, recommendation: string, section: string) => ({ id, label: id, indicator: "evenness", direction: "increase" as const, cutoffs: [0, 1], values: [0, 1], weight: 1, reasoning: "", recommendation, section });
    const odd = handCatalogue([criterion("a", "r1", "r1"), criterion("b", "r2", "r1"), criterion("c", "r2", "s2")]);
    expect(outcomeGroups(odd)).toEqual([{ id: "r1", members: [0] }, { id: "r2", members: [1, 2] }, { id: "s2", members: [2] }]);
    expect(defaultOutcome(outcomeGroups(paperCatalogue).map((g) => g.id))).toBe("3.1-incentive-promotion");
    expect(defaultOutcome(outcomeGroups(sdeCatalogue).map((g) => g.id))).toBe("demand-up");
  });
});

describe("the simulator's stages", () => {
  const loaded = loadScenario(join(root, "scenarios", "incentive-and-learning.json"));
  const dataset = loadDataset(loaded.datasetDir);
  const baselines = baselinesOf(dataset, loaded);
  const compiled = compileScenario(loaded, dataset, baselines);
  const options = { draws: 300, seed: 3 };

  it("draw the baseline from the seed and the dataset only: the same draws whatever scenarios share it", () => {
    const other = compileScenario(loadScenario(join(root, "scenarios", "learning-shift.json")), dataset, baselines);
    const a = drawBaseline(dataset, [compiled], options, 1);
    const b = drawBaseline(dataset, [other, compiled], options, 2);
    expect(Buffer.from(b.draws.tools!.buffer).equals(Buffer.from(a.draws.tools!.buffer))).toBe(true);
    expect(b.summary).toEqual(a.summary);
  });

  it("apply a scenario to copies, never to the baseline's draws, and measure no shift for the baseline itself", () => {
    const stage = drawBaseline(dataset, [compiled], options, 1);
    const before = Float64Array.from(stage.draws.tools!);
    const { mixes } = applyScenario(compiled, stage, options);
    expect(Buffer.from(stage.draws.tools!.buffer).equals(Buffer.from(before.buffer))).toBe(true);
    expect(mixes.tools).not.toBe(stage.draws.tools);
    const moved = measureScenario(stage, mixes, options).values;
    expect(Math.min(...moved.costOfChange)).toBeGreaterThan(5.9); // at least 4 + 2 points move
    const unchanged = measureScenario(stage, { ...stage.draws }, options).values;
    expect(Math.max(...unchanged.costOfChange, ...unchanged.aitchisonShift)).toBe(0);
  });
});

describe("definedMedian (no allocation) equals simple-statistics' quantile(x, 0.5)", () => {
  it("on random draws with ties, odd and even lengths, and NaN for a draw not finite", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(0, 1, 1, 2)), { minLength: 1, maxLength: 400 }), (values) => {
        const x = Float64Array.from(values);
        const scratch = new Float64Array(values.length + 3);
        expect(Object.is(definedMedian(x, scratch), quantile(values, 0.5) + 0)).toBe(true);
        expect(Array.from(x)).toEqual(values); // the input is not rearranged
      }),
      { numRuns: 300, seed: 1406 },
    );
    expect(definedMedian(Float64Array.of(3, NaN, 1))).toBeNaN();
    expect(definedMedian(Float64Array.of(1, Infinity))).toBeNaN();
    expect(() => definedMedian(Float64Array.of(1, 2), new Float64Array(1))).toThrow("scratch holds 1 values; it needs at least 2");
  });
});

describe("the experiments as a danfojs DataFrame", () => {
  it("has one row per experiment and the columns of experiments.csv, null where a value is not defined", () => {
    const loaded = loadScenario(join(root, "scenarios", "incentive-and-learning.json"));
    const run = runExperiments(loaded, { samples: 5, sampler: "lhs", seed: 2, draws: 100 });
    const df = experimentsFrame(run);
    const csvHeader = explorationFiles(run).find((f) => f.file === "experiments.csv")!.body.split("\n")[0];
    expect(df.shape).toEqual([5, csvHeader.split(",").length]);
    expect(df.columns.join(",")).toBe(csvHeader);
    expect(df.values.map((row) => row[0])).toEqual([0, 1, 2, 3, 4]);
    expect(df.values.map((row) => row[1])).toEqual(run.experiments.map((e) => e.levers[0]));
  });
});

describe("the sensitivity figure", () => {
  const analysisWith = (lo: number, hi: number) =>
    ({ sobol: [{ outcome: "overall", levers: ["op1.pp"], first: [0.9], total: [1.05], firstInterval: [[lo, hi]], totalInterval: [[0.8, 1.2]], samples: 8, replicates: 100 }], featureScores: [] }) as unknown as Analysis;

  it("draws estimates and intervals beyond 0–1 as they are, with the largest possible index marked", () => {
    const spec = JSON.stringify(sensitivitySpec(analysisWith(-0.3, 1.4)));
    expect(spec).toContain('"domain":[-0.3,1.4]');
    expect(spec).toContain('"datum":1');
    expect(spec).not.toContain('"clamp":true');
  });

  it("keeps the axis at 0–1, without the mark, when everything lies inside", () => {
    const spec = JSON.stringify(sensitivitySpec({ ...analysisWith(0.1, 0.95), sobol: [{ ...analysisWith(0.1, 0.95).sobol[0], total: [0.9], totalInterval: [[0.8, 0.99]] }] } as Analysis));
    expect(spec).toContain('"domain":[0,1]');
    expect(spec).not.toContain('"datum":1');
  });
});

describe("a thread's error", () => {
  it("is reported once, as the input error it is, with the workers stopped (a catalogue for another scheme)", { timeout: 60_000 }, async () => {
    const sde = loadScenario(join(root, "scenarios", "sde-example", "balanced-mix.json"));
    const run = runExperimentsParallel(sde, { samples: 64, sampler: "lhs", seed: 1, draws: 100, catalogue: paperCatalogue }, 2);
    await expect(run).rejects.toBeInstanceOf(InputError);
    await expect(run).rejects.toThrow('a catalogue written for the scheme "supply-demand-environment"');
  });
});
