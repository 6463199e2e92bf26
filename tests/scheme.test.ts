/**
 * The coding scheme as data (issue 11, points 1–2): a codebook in the supply / environment /
 * demand scheme (Rothwell & Zegveld 1985; sub-tools after 赵筱媛、苏竣 2007), without directions,
 * with sub-tools and a "policy stage" second dimension, goes through load, validate, tables,
 * simulate (all five operations, on a sub-tool and a top-level tool) and score with its own
 * catalogue; the paper's catalogue refuses it. Data: tests/fixtures/sde-docs (6 made-up documents,
 * demand.overseas without points); its counts.csv was aggregated independently in Python.
 * Malformed codebooks are in tests/scheme-codebook.test.ts.
 *
 * @example
 * npx vitest run tests/scheme.test.ts
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hasDirections, hasPaperLayout, leafTools } from "../lib/dataset/codebook";
import { loadDataset, paperDataDir } from "../lib/dataset/load";
import { InputError } from "../lib/errors";
import { layoutOf } from "../lib/mix/layout";
import { loadScenario } from "../lib/scenario/load";
import { loadCatalogue } from "../lib/score/catalogue";
import { scoreFiles } from "../lib/score/run";
import { toolIndicators } from "../lib/simulate/indicators";
import { simulateFiles } from "../lib/simulate/run";
import { buildSchemeTables, formatSchemeTables, tablesFor } from "../lib/tables/scheme";
import { validateDataset } from "../lib/validate";
import { perTest } from "./support/per-test";

const root = join(__dirname, "..");
const fixture = join(root, "tests", "fixtures", "sde-docs");
const sde = loadDataset(fixture);
const work = mkdtempSync(join(tmpdir(), "toolmix-scheme-"));
const toolmix = (...args: string[]) => spawnSync(process.execPath, [join(root, "bin", "toolmix.cjs"), ...args], { cwd: root, encoding: "utf8" });

/** Writes a scenario on the fixture with the given operations; returns its file. */
function scenario(id: string, operations: unknown[]): string {
  const file = join(work, `${id}.json`);
  writeFileSync(file, JSON.stringify({ id, title: id, rationale: "test", baseline: { dataset: fixture }, operations }));
  return file;
}

describe("a scheme without directions, with sub-tools", () => {
  it("loads: scheme, stage dimension, sub-tools as tool nodes, no cells and no margins", () => {
    const book = sde.codebook;
    expect(book.scheme).toMatchObject({ id: "supply-demand-environment", label_zh: expect.stringContaining("供给型") });
    expect(hasDirections(book)).toBe(false);
    expect(hasPaperLayout(book)).toBe(false);
    expect(book.nodes.get("themes")).toMatchObject({ label_zh: "政策阶段", label_en: "Policy stage" });
    expect(book.nodes.get("supply")!.children).toEqual(["supply.talent", "supply.funding", "supply.technology", "supply.infrastructure", "supply.public_service"]);
    expect(book.nodes.get("demand.overseas")).toMatchObject({ kind: "tool", parent: "demand", level: 2, children: [] });
    expect(book.nodes.has("tools.promotion")).toBe(false);
    expect([...book.nodes.values()].some((n) => n.kind === "cell" || n.kind === "margin")).toBe(false);
    expect(leafTools(book).length).toBe(15);
    expect(layoutOf(book, "tools").slots.length).toBe(15);
  });

  it("the paper's codebook keeps its nodes and gets the paper's scheme by default", () => {
    const paper = loadDataset(paperDataDir()).codebook;
    expect(paper.scheme.id).toBe("schneider-ingram");
    // The ids the codebook had before schemes, walked here from the raw JSON: root, margins, each tool and its two cells, then the theme tree depth-first.
    const json = JSON.parse(readFileSync(join(paperDataDir(), "codebook.json"), "utf8"));
    const themeIds = (list: Array<{ id: string; children?: unknown[] }>): string[] => list.flatMap((t) => [t.id, ...themeIds((t.children ?? []) as never)]);
    const before = ["tools", "tools.promotion", "tools.constraint", ...json.tools.flatMap((t: { id: string }) => [t.id, `${t.id}.promotion`, `${t.id}.constraint`]), "themes", ...themeIds(json.themes)];
    expect([...paper.nodes.keys()]).toEqual(before);
    expect(paper.nodes.get("land_use.development_management.development_intensity")).toMatchObject({ level: 3, parent: "land_use.development_management" });
    expect(paper.nodes.get("learning.constraint")).toMatchObject({ kind: "cell", level: 2, parent: "learning", direction: "constraint" });
    expect(paper.nodes.get("themes")).toMatchObject({ label_zh: "政策主题", label_en: "Policy themes" });
  });

  it("validates with no finding, and `toolmix validate` exits 0", () => {
    expect(validateDataset(sde)).toEqual({ errors: [], warnings: [] });
    const run = toolmix("validate", fixture);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("valid (0 warnings)");
  });

  it("gives generic tables: one per dimension, indented, % of parent (hand counts)", () => {
    const t = buildSchemeTables(sde);
    expect(tablesFor(sde)).toMatchObject({ layout: "generic" });
    const [tools, stages] = t.dimensions;
    const row = (id: string) => tools.rows.find((r) => r.id === id)!;
    expect(tools.total).toBe(43);
    expect(row("supply")).toMatchObject({ depth: 1, files: 6, points: 19, pct: 44.19 }); // 19/43
    expect(row("supply.funding")).toMatchObject({ depth: 2, files: 2, points: 6, pct: 31.58 }); // 6/19
    expect(row("demand.overseas")).toMatchObject({ files: 0, points: 0, pct: 0 });
    expect(stages).toMatchObject({ label_zh: "政策阶段", total: 28 });
    expect(stages.rows.map((r) => [r.id, r.points, r.pct])).toEqual([["themes", 28, 100], ["research", 9, 32.14], ["production", 10, 35.71], ["diffusion", 9, 32.14]]);
    const text = formatSchemeTables(t);
    expect(text).toContain("    资金投入 Public funding");
    expect(text).not.toMatch(/promotion|Table 2/);
    const cli = toolmix("tables", "--data", fixture, "--json");
    expect(cli.status, cli.stderr).toBe(0);
    expect(JSON.parse(cli.stdout)).toMatchObject({ layout: "generic", scheme: { id: "supply-demand-environment" } });
  });

  it("indicators over the three top-level tools match numpy (shares 19/43, 18/43, 6/43; zero sub-tool replaced)", () => {
    // numpy: c = [4,6,5,2,2, 3,3,3,1,5,3, 3,2,1,0]; x = c/43; zeros below 1/43 → δ = 0.65/43, the rest × (1 − δ)/(1 − 0);
    // shares by tool; H = −Σ s ln s; clr of ln(Σ replaced) → distance to the even mix.
    const layout = layoutOf(sde.codebook, "tools");
    const counts = layout.slots.map((id) => buildSchemeTables(sde).dimensions[0].rows.find((r) => r.id === id)!.points!);
    const x = Float64Array.from(counts, (c) => c / 43);
    const { values } = toolIndicators(layout, sde.codebook, Float64Array.of(1 / 3, 1 / 3, 1 / 3), x, null, 1, 43);
    expect(values["share.supply"][0]).toBeCloseTo(0.4418604651162791, 14);
    expect(values["share.demand.overseas"][0]).toBe(0);
    expect(values.entropy[0]).toBeCloseTo(1.0002329282130584, 13);
    expect(values.evenness[0]).toBeCloseTo(0.9104512470233512, 13);
    expect(values.effectiveTools[0]).toBeCloseTo(2.7189150667346045, 13);
    expect(values.hhi[0]).toBeCloseTo(0.38994050838290967, 14);
    expect(values.distanceToReference[0]).toBeCloseTo(0.8347552723222548, 12);
    expect(Object.keys(values).filter((n) => /promotion|authority/.test(n))).toEqual([]);
  });
});

describe("simulating a scheme without directions", () => {
  const ops: Array<[string, unknown[]]> = [
    ["transfer", [{ op: "transfer", from: "supply.funding", to: [{ node: "environment.tax" }], pp: 2 }, { op: "transfer", from: "supply", to: [{ node: "demand" }], fraction: 0.2 }]],
    ["reweight", [{ op: "reweight", node: "supply.talent", factor: 2 }, { op: "reweight", node: "demand", factor: { min: 1.2, max: 1.8 } }]],
    ["set", [{ op: "set", node: "environment.regulation", share: 0.4 }, { op: "set", node: "environment", share: 0.3, of: "dimension" }]],
    ["toward", [{ op: "toward", within: "supply", reference: "uniform", lambda: 0.5 }, { op: "toward", within: "tools", reference: "uniform", lambda: 1 }]],
    ["add", [{ op: "add", node: "demand.overseas", points: 3 }, { op: "add", node: "demand", points: 5 }, { op: "reweight", node: "research", factor: 1.5 }]],
  ];
  const files = ops.map(([id, list]) => scenario(id, list));
  // Computed inside each test (tests/support/per-test.ts), so mutation testing sees which test reaches which code.
  const simulated = perTest(() => simulateFiles(files, { draws: 400, seed: 7, keepDraws: true }));
  const top = ["supply", "environment", "demand"];

  it.each(ops.map(([id], i) => [id, i] as const))("%s: shares closed per draw, sub-tools sum to their tool, no direction indicators, nothing undefined", (_id, i) => {
    const r = simulated()[i];
    expect(r.dataset).toMatchObject({ id: "sde-docs", scheme: "supply-demand-environment" });
    expect(Object.keys(r.scenario).filter((n) => /^promotion|authorityShare/.test(n))).toEqual([]);
    for (const [name, s] of Object.entries(r.scenario)) {
      expect(s.notDefined, name).toBeUndefined();
      expect([s.mean, s.median, s.q025, s.q975].every(Number.isFinite), name).toBe(true);
    }
    const d = r.scenarioDraws!;
    for (let k = 0; k < 400; k++) {
      expect(Math.abs(top.reduce((a, t) => a + d[`share.${t}`][k], 0) - 1)).toBeLessThan(1e-12);
      const subs = sde.codebook.nodes.get("supply")!.children.reduce((a, c) => a + d[`share.${c}`][k], 0);
      expect(Math.abs(subs - d["share.supply"][k])).toBeLessThan(1e-12);
    }
  });

  it("each operation does what it says, on a sub-tool and on a top-level tool", () => {
    const [transfer, , set, toward, add] = simulated();
    const b = transfer.baselineDraws!;
    const s = transfer.scenarioDraws!;
    // 2 pp from 资金投入 to 税收优惠, then a fifth of 供给型 to 需求型 (sub-tool proportions kept).
    expect(s["share.environment.tax"][0] - b["share.environment.tax"][0]).toBeCloseTo(0.02, 12);
    expect(s["share.supply"][0]).toBeCloseTo(0.8 * (b["share.supply"][0] - 0.02), 12);
    expect(set.scenarioDraws!["share.environment"].every((v) => Math.abs(v - 0.3) < 1e-12)).toBe(true);
    expect(set.scenarioDraws!["share.environment.regulation"].every((v) => Math.abs(v - 0.12) < 1e-12)).toBe(true); // 0.4 × 0.3
    expect(toward.scenarioDraws!["share.demand"].every((v) => Math.abs(v - 1 / 3) < 1e-12)).toBe(true);
    expect(toward.scenario.evenness.median).toBeCloseTo(1, 12);
    expect(add.baseline["share.demand.overseas"].median).toBe(0);
    expect(add.scenario["share.demand.overseas"].median).toBeGreaterThan(0);
    expect(add.scenario["share.research"].median).toBeGreaterThan(add.baseline["share.research"].median);
  });
});

describe("scoring a scheme with its own catalogue", () => {
  const catalogueFile = join(work, "sde-catalogue.json");
  writeFileSync(
    catalogueFile,
    JSON.stringify({
      scheme: "supply-demand-environment",
      version: "test",
      recommendations: [
        {
          id: "more-demand",
          section: "test",
          quote_zh: "加大需求型政策工具的使用",
          paraphrase_en: "use more demand-side tools",
          measurable: true,
          criteria: [
            { id: "demand-share", label: "demand-side share", indicator: "share.demand", direction: "increase", cutoffs: [0.1, 0.3], values: [0, 1], weight: 0.5, reasoning: "hand" },
            { id: "balance", label: "balance", indicator: "evenness", direction: "increase", cutoffs: [0.8, 1], values: [0, 1], weight: 0.5, reasoning: "hand" },
          ],
        },
      ],
    }),
  );
  const toDemand = scenario("to-demand", [{ op: "transfer", from: "supply", to: [{ node: "demand" }], pp: 10 }]);
  const none = scenario("sde-baseline", []);

  it("scores, and moving points to demand-side tools beats the baseline", () => {
    expect(loadCatalogue(catalogueFile).scheme).toBe("supply-demand-environment");
    const report = scoreFiles([none, toDemand], { draws: 300, seed: 3, catalogue: catalogueFile });
    const [base, moved] = report.scorecards;
    expect(moved.overall.median).toBeGreaterThan(base.overall.median);
    expect(moved.pBeatsBaseline).toBeGreaterThan(0.95);
    expect(report.smaa.rankAcceptability[1][0]).toBeGreaterThan(0.9);
  });

  it("the paper's catalogue is refused, naming the catalogue file, its scheme and the dataset's", () => {
    let error: unknown;
    try {
      scoreFiles([none], { draws: 10, seed: 1 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues).toEqual([
      {
        file: join(root, "data", "recommendations.json"),
        field: "scheme",
        found: '"scheme": "schneider-ingram"',
        expected: expect.stringContaining('a catalogue written for the scheme "supply-demand-environment" of the dataset sde-docs'),
      },
    ]);
    const cli = toolmix("score", none, "--seed", "1", "--draws", "10");
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain("recommendations.json");
    expect(cli.stderr).toContain("supply-demand-environment");
    expect(cli.stderr).not.toMatch(/\n\s+at /);
  });

  it("a scenario on the fixture is loaded against the fixture's codebook (a paper node is unknown)", () => {
    const file = scenario("paper-node", [{ op: "reweight", node: "authority", factor: 2 }]);
    expect(() => simulateFiles([file], { draws: 10, seed: 1 })).toThrow(/operations\[0\]\.node.*authority/s);
    expect(loadScenario(file).datasetDir).toBe(fixture);
  });
});
