import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { codeTexts } from "../lib/coding";
import { loadDataset, paperDataDir } from "../lib/dataset/load";
import { writeDataset } from "../lib/dataset/write";
import { InputError } from "../lib/errors";
import { exampleProject } from "../lib/import/example";
import { mapProject } from "../lib/import/map";
import { readForeignProject } from "../lib/qda";
import { writeQdpx } from "../lib/qda/qdpx-write";
import { defineScenario } from "../lib/scenario/load";
import { score } from "../lib/score/run";
import { simulate } from "../lib/simulate/run";
import { buildTables } from "../lib/tables/build";

const root = join(__dirname, "..");
const examples = join(root, "data", "examples");
const paper = loadDataset();
const codebookJson = readFileSync(join(paperDataDir(), "codebook.json"), "utf8");
const tmp = () => mkdtempSync(join(tmpdir(), "toolmix-import-"));
const mapping = JSON.parse(readFileSync(join(examples, "m0-example-map.json"), "utf8"));

/** Imports a project with a mapping into a fresh dataset folder and loads it back. */
function importToDataset(file: string, map = mapping) {
  const { parts, report } = mapProject(readForeignProject(file), paper.codebook, codebookJson, map, "map.json");
  const dir = tmp();
  writeDataset(dir, parts);
  return { dataset: loadDataset(dir), report, dir };
}

describe("the bundled example project", () => {
  it("is what scripts/make-example.mjs writes from its texts and hand codings", () => {
    const rebuilt = writeQdpx(exampleProject(join(examples, "m0-example")), { name: "toolmix example project" });
    expect(Buffer.from(rebuilt).equals(readFileSync(join(examples, "m0-example.qdpx")))).toBe(true);
  });

  const { dataset, report } = importToDataset(join(examples, "m0-example.qdpx"));
  const counts = (id: string) => {
    const t = buildTables(dataset);
    const tool = [...t.tools, t.toolTotal].find((x) => x.id === id.split(".")[0]);
    if (tool && id.includes(".")) return tool[id.split(".")[1] as "promotion" | "constraint"];
    if (tool) return { points: tool.points };
    return t.themes.find((x) => x.id === id)!;
  };

  it("maps its own code names onto the kit's codebook; counts are hand-checked (references add, files union)", () => {
    expect(counts("authority.promotion")).toMatchObject({ files: 3, points: 5 });
    expect(counts("authority.constraint")).toMatchObject({ files: 3, points: 6 });
    expect(counts("authority")).toMatchObject({ points: 11 });
    expect(counts("incentive.constraint")).toMatchObject({ files: 2, points: 2 });
    expect(counts("land_supply")).toMatchObject({ files: 3, points: 3 });
    expect(counts("land_use")).toMatchObject({ files: 2, points: 3 });
    expect(counts("operation_supervision")).toMatchObject({ files: 3, points: 4 });
    expect(dataset.documents.map((d) => [d.region, d.year])).toEqual([["east", 2021], ["east", 2022], ["central", 2023], ["west", 2024]]);
  });

  it("lists the code it could not map, never drops it silently", () => {
    expect(report.unmapped).toEqual(["Memo/Interesting wording"]);
    expect(report.points).toBe(32);
    expect(JSON.parse(readFileSync(join(dataset.dir, "dataset.json"), "utf8")).provenance.unmapped).toEqual(["Memo/Interesting wording"]);
  });

  it("is a dataset the rest of the kit uses unchanged: simulate and score on it", () => {
    const mine = defineScenario({ id: "example-shift", title: "t", rationale: "r", baseline: { dataset: dataset.dir }, operations: [{ op: "transfer", from: "authority.promotion", to: [{ node: "incentive.promotion" }], pp: 5 }] });
    const base = defineScenario({ id: "example-base", title: "b", rationale: "r", baseline: { dataset: dataset.dir }, operations: [] });
    const report2 = score([base, mine], { draws: 1000, seed: 1 });
    expect(report2.scorecards[0].criteria.find((c) => c.criterion === "authority-share")!.baselineValue.mean).toBeGreaterThan(0.4);
    expect(report2.scorecards[1].overall.median).toBeGreaterThan(report2.scorecards[0].overall.median);
  });
});

describe("dictionary coding → .qdpx → import", () => {
  it("gives the same counts after the round trip", () => {
    const texts = ["doc1", "doc2", "doc3", "doc4"].map((id) => ({ id, text: readFileSync(join(examples, "m0-example", "texts", `${id}.txt`), "utf8") }));
    const coded = codeTexts(texts);
    const direct = mapProject(coded.project, paper.codebook, codebookJson);
    const file = join(tmp(), "coded.qdpx");
    writeFileSync(file, writeQdpx(coded.project));
    const back = mapProject(readForeignProject(file), paper.codebook, codebookJson);
    // Source ids become REFI GUIDs in the file; compare per document by text id (the source name) and in total.
    const byName = (m: typeof direct, project: { sources: Array<{ guid: string; name: string }> }) => {
      const name = new Map(project.sources.map((s) => [s.guid, s.name]));
      return m.parts.documentCounts.map((c) => `${name.get(c.doc_id)}|${c.node_id}|${c.points}`).sort();
    };
    expect(byName(back, readForeignProject(file))).toEqual(byName(direct, coded.project));
    const tablesOf = (m: typeof direct) => {
      const dir = tmp();
      writeDataset(dir, m.parts);
      const t = buildTables(loadDataset(dir));
      return JSON.stringify([t.tools, t.toolTotal, t.themes]);
    };
    expect(tablesOf(back)).toBe(tablesOf(direct));
    expect(direct.report.points).toBeGreaterThan(15);
    expect(direct.report.unmapped).toEqual([]);
    // 严禁… is restriction-type authority; a numbered clause stating a norm is not a heading.
    expect(coded.segments.find((s) => s.text.includes("严禁以新型产业用地"))?.tool).toBe("authority.constraint");
    // A floor is a requirement (tests/fixtures/coding/MANUAL.md rule 5), not a limit.
    expect(coded.segments.find((s) => s.text.includes("容积率不低于三点零"))?.tools).toContain("authority.promotion");
  });

  it("keeps multi-label codings through .qdpx: a clause with two tool cells is two codings over one range", () => {
    const text = "第一条 产业用房不得随意调整用途，确需调整的，应经市政府批准。\n第二条 鼓励企业提容增效。";
    const coded = codeTexts([{ id: "m", text }]);
    expect(coded.segments[0].tools).toEqual(["authority.constraint", "authority.promotion"]);
    const file = join(tmp(), "multi.qdpx");
    writeFileSync(file, writeQdpx(coded.project));
    const back = readForeignProject(file);
    const cells = new Set<string>(["authority.constraint", "authority.promotion", "symbolic_hortatory.promotion"]);
    const nameOf = new Map(back.codes.map((c) => [c.guid, c.name]));
    const ranges = (codings: { code: string; start?: number; end?: number }[], name: (c: string) => string) =>
      codings.filter((c) => cells.has(name(c.code))).map((c) => `${c.start}-${c.end}:${name(c.code)}`).sort();
    const direct = ranges(coded.project.codings, (c) => c);
    expect(direct).toHaveLength(3);
    expect(ranges(back.codings, (c) => nameOf.get(c) ?? c)).toEqual(direct);
    // Both cells of the first clause cover the same range.
    expect(new Set(direct.filter((r) => r.includes(":authority.")).map((r) => r.split(":")[0])).size).toBe(1);
  });
});

describe("mapping errors name the mapping file, the entry and the value", () => {
  const issue = (codes: Record<string, string | null>) => {
    try {
      mapProject(readForeignProject(join(examples, "m0-example.qdpx")), paper.codebook, codebookJson, { codes }, "map.json");
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      return (error as InputError).issues[0];
    }
    throw new Error("mapping accepted");
  };
  it.each([
    ["an unknown foreign code", { "Instruments/Command/Mandat": "authority.promotion" }, "codes.Instruments/Command/Mandat", "a code of the imported project"],
    ["an unknown kit node", { "Topics/Supply": "land_suply" }, "codes.Topics/Supply", "a kit node id"],
    ["a tool instead of a cell", { "Instruments/Command/Mandate": "authority" }, "codes.Instruments/Command/Mandate", "a tool cell"],
  ])("%s", (_name, codes, field, expected) => {
    const i = issue(codes);
    expect([i.file, i.field]).toEqual(["map.json", field]);
    expect(i.expected).toContain(expected);
  });
});

describe("toolmix import and toolmix code", () => {
  const toolmix = (...args: string[]) => spawnSync(process.execPath, [join(root, "bin", "toolmix.cjs"), ...args], { cwd: root, encoding: "utf8" });
  it("import prints a summary and writes a folder `tables --json` accepts", () => {
    const out = tmp();
    const run = toolmix("import", join(examples, "m0-example.qdpx"), "--map", join(examples, "m0-example-map.json"), "--out", out);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("4 documents, 32 reference points on the codebook (20 on tools, 12 on policy themes), from the codings of 13 mapped code(s); the project has 22 codes in all (0 ignored on purpose).");
    expect(run.stdout).toContain("Unmapped codes with codings (1), left out and listed in dataset.json: Memo/Interesting wording");
    expect(JSON.parse(toolmix("tables", "--data", out, "--json").stdout).toolTotal.points).toBe(20);
  });
  it("code writes a dataset and a .qdpx for review", () => {
    const out = tmp();
    const texts = ["doc1", "doc2"].map((d) => join(examples, "m0-example", "texts", `${d}.txt`));
    const run = toolmix("code", ...texts, "--out", out, "--qdpx", join(out, "review.qdpx"));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Coded 2 texts → /);
    expect(readForeignProject(join(out, "review.qdpx")).sources).toHaveLength(2);
  });
  it("refuses to write into data/", () => {
    const run = toolmix("import", join(examples, "m0-example.qdpx"), "--out", join(root, "data", "imported"));
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/data\/imported, field "--out": found "inside the kit's read-only folder .*data"/);
  });
});

const refiExamples = join(root, "..", "shared", "reference", "refi-examples");
describe.skipIf(!existsSync(refiExamples))("a real tool's export, with its own code names, mapped with a small file", () => {
  it("the ATLAS.ti sample project (.qdpx) yields the kit's tables and a simulation", () => {
    const map = { codes: { cornflakes: "authority.promotion", happiness: "incentive.promotion", "bacon and eggs": "land_supply" } };
    const { dataset, report } = importToDataset(join(refiExamples, "skyloom_TestProject.qdpx"), map);
    const t = buildTables(dataset);
    expect(t.tools[0].promotion).toMatchObject({ files: 3, points: 4 });
    expect(t.tools[1].promotion).toMatchObject({ files: 2, points: 2 });
    expect(t.themes[0]).toMatchObject({ id: "land_supply", files: 2, points: 2 });
    expect(report.unmapped).toEqual(expect.arrayContaining(["milk", "serene"]));
    const shift = defineScenario({ id: "atlas-shift", title: "t", rationale: "r", baseline: { dataset: dataset.dir }, operations: [{ op: "transfer", from: "authority.promotion", to: [{ node: "incentive.promotion" }], fraction: 0.5 }] });
    const [r] = simulate([shift], { draws: 500, seed: 1 });
    expect(r.uncertainty.method).toBe("bayesian-bootstrap");
    expect(r.scenario["share.incentive"].median).toBeGreaterThan(r.baseline["share.incentive"].median);
  });
});
