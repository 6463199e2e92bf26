import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../lib/errors";
import { readQdpx, writeQdpx } from "../lib/qda";
import type { ForeignProject } from "../lib/qda/types";
import { validateDataset } from "../lib/validate";
import { datasetOf, inputKind, mappedDataset, readProject, siblingMap } from "../lib/validate/input";
import { validateProject } from "../lib/validate/project";

// Reports are computed inside each test so that mutation testing can attribute coverage per test.

const root = join(__dirname, "..");
const example = join(root, "data", "examples", "m0-example");
const exampleMap = join(root, "data", "examples", "m0-example-map.json");

const A = "第一条 土地权利人可以依法出租、转让。第二条 权属登记按规定办理。";
const B = "第一条 可分割出租。第二条 供地方式为挂牌出让。";
const span = (text: string, phrase: string) => {
  const at = text.indexOf(phrase);
  return { start: [...text.slice(0, at)].length, end: [...text.slice(0, at)].length + [...phrase].length };
};

/**
 * A project whose codings sit on parent codes, as NVivo allows: "Rights" is coded itself in
 * document a only, its child "Rights/Lease" in document b only; "Supply" and its child likewise.
 * So on the kit's codebook property_rights has 2 points (1 of its own) in 2 files, while its
 * children hold 1 point in 1 file: more files than the children's sum, valid for a coded project.
 */
function parentCoded(): ForeignProject {
  return {
    file: "parent-coded.qdpx",
    codes: [
      { guid: "topics", name: "Topics", parent: null, codable: false },
      { guid: "rights", name: "Rights", parent: "topics", codable: true },
      { guid: "lease", name: "Lease", parent: "rights", codable: true },
      { guid: "supply", name: "Supply", parent: "topics", codable: true },
      { guid: "method", name: "Method", parent: "supply", codable: true },
      { guid: "mandate", name: "Mandate", parent: null, codable: true },
    ],
    sources: [
      { guid: "a", name: "示例甲", text: A, variables: { Region: "East" } },
      { guid: "b", name: "示例乙", text: B, variables: { Region: "West" } },
    ],
    codings: [
      { source: "a", code: "rights", ...span(A, "依法出租、转让") },
      { source: "a", code: "mandate", ...span(A, "按规定办理") },
      { source: "b", code: "lease", ...span(B, "可分割出租") },
      { source: "b", code: "supply", ...span(B, "供地方式") },
      { source: "b", code: "method", ...span(B, "挂牌出让") },
    ],
    offsetUnit: "codepoint",
    missingTexts: [],
    notes: [],
  };
}

const MAP = {
  codes: {
    "Topics/Rights": "property_rights",
    "Topics/Rights/Lease": "property_rights.lease_sale",
    "Topics/Supply": "land_supply",
    "Topics/Supply/Method": "land_supply.supply_management",
    Mandate: "authority.promotion",
  },
  values: { region: { East: "east", West: "west" } },
};

/** Writes the project as a .qdpx and its mapping next to it (NAME-map.json), in a fresh folder. */
function written(project = parentCoded()): { qdpx: string; map: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "toolmix-validate-"));
  const qdpx = join(dir, "parent-coded.qdpx");
  writeFileSync(qdpx, writeQdpx(project, { name: "parent codings" }));
  const map = join(dir, "parent-coded-map.json");
  writeFileSync(map, JSON.stringify(MAP));
  return { qdpx, map, dir };
}

describe("a REFI-QDA project with codings on parent codes", () => {
  it("has a valid structure, its parent codings counted", () => {
    const report = validateProject(readQdpx(written().qdpx));
    expect(report).toEqual({ codes: 6, sources: 2, codings: 5, parentCodings: 2, errors: [], warnings: [] });
  });

  it("maps to a dataset that validates without errors or warnings, with direct codings on the parents", () => {
    const { qdpx, map } = written();
    const ds = mappedDataset(readQdpx(qdpx), map);
    const at = (id: string) => ds.counts.find((r) => r.node_id === id)!;
    expect([at("property_rights").files, at("property_rights").points]).toEqual([2, 2]);
    expect([at("property_rights.lease_sale").files, at("property_rights.lease_sale").points]).toEqual([1, 1]);
    expect(ds.documentCounts.map((r) => r.node_id).sort()).toContain("property_rights");
    expect(validateDataset(ds)).toEqual({ errors: [], warnings: [] });
    // As the written folder would have it: counts.csv and document_counts.csv lines, dataset.json.
    expect(ds.counts[0]).toEqual({ source: "computed", node_id: "tools", label_printed: "合计", files: 1, points: 1, pct_printed: null, line: 2 });
    expect(ds.counts.at(-1)!.line).toBe(ds.counts.length + 1);
    expect(ds.documentCounts.map((r) => r.line)).toEqual(ds.documentCounts.map((_, i) => i + 2));
    expect(ds.meta).toMatchObject({ id: "imported", title: `Imported from ${qdpx}`, version: "1.0.0", corpus: { documents: 2 }, dimensions: { tools: { points: 1 }, themes: { points: 4 } }, provenance: { source: qdpx, mapping: map } });
    expect([ds.dir, ds.cityParameters, ds.documents.length]).toEqual([qdpx, [], 2]);
    expect(datasetOf(qdpx, map).counts).toEqual(ds.counts);
    expect(datasetOf(qdpx).counts).toEqual(ds.counts); // parent-coded-map.json next to it
  });

  it("would be an error in printed tables, which cannot hold codings at a parent", () => {
    const { qdpx, map } = written();
    const ds = mappedDataset(readQdpx(qdpx), map);
    const printed = { ...ds, documentCounts: [], meta: { ...ds.meta, provenance: undefined } };
    const report = validateDataset(printed);
    // Every kit node coded at itself while it has children (Lease and Method map onto such nodes too).
    expect(report.errors.map((e) => [e.check, e.node])).toEqual([
      ["files-union", "land_supply.supply_management"],
      ["files-union", "property_rights"],
      ["files-union", "property_rights.lease_sale"],
    ]);
    expect(report.warnings.filter((w) => w.check === "children-sum").map((w) => w.node)).toEqual(["land_supply", "land_supply.supply_management", "property_rights", "property_rights.lease_sale"]);
  });

  it("is read from a file, a .qde or a project folder alike", () => {
    const { qdpx, dir } = written();
    expect([inputKind(qdpx), inputKind(dir), inputKind(example), inputKind(join(root, "data", "paper-m0"))]).toEqual(["qdpx", "dataset", "project-folder", "dataset"]);
    expect(inputKind(join(dir, "x.QDE").replace("x.QDE", "parent-coded.qdpx"))).toBe("qdpx");
    const qde = join(dir, "project.qde");
    writeFileSync(qde, "<Project/>");
    expect(inputKind(qde)).toBe("qde");
    expect(readProject(example, "project-folder").codings).toHaveLength(33);
    expect(readProject(qdpx, "qdpx").codings).toHaveLength(5);
    expect([readProject(qde, "qde").file, readProject(qde, "qde").codings]).toEqual([qde, []]);
  });
});

describe("validateProject findings", () => {
  it("reports a coding outside its text as an error naming the field", () => {
    const broken = parentCoded();
    broken.codings[2] = { source: "b", code: "lease", start: 3, end: 999 };
    const report = validateProject(broken);
    expect(report.errors.map((e) => [e.severity, e.check, e.node, e.source])).toEqual([["error", "project", "codings[2].end", "parent-coded.qdpx"]]);
    expect(report.errors[0].message).toContain("expected");
    expect(report.warnings).toEqual([]);
  });

  it("warns about codings on a code marked not codable and sources without text", () => {
    const project = parentCoded();
    project.codings.push({ source: "a", code: "topics", count: 1 });
    project.missingTexts.push("b");
    const report = validateProject(project);
    expect(report.errors).toEqual([]);
    expect(report.parentCodings).toBe(3);
    expect(report.warnings.every((w) => w.severity === "warning" && w.source === "parent-coded.qdpx")).toBe(true);
    expect(report.warnings.map((w) => [w.check, w.node, w.label, w.message])).toEqual([
      ["not-codable", "codings[5]", "Topics", 'coded at "Topics", which the project marks as not codable'],
      ["missing-text", "b", "", "the project does not carry this source's text, so its codings' offsets cannot be checked"],
    ]);
  });

  it("counts no parent codings in a project coded only at leaves", () => {
    const project = parentCoded();
    project.codings = project.codings.filter((c) => c.code !== "rights" && c.code !== "supply");
    expect(validateProject(project).parentCodings).toBe(0);
  });
});

describe("datasetOf: the dataset of any input", () => {
  it("maps the example project folder with the mapping found next to it, as the import does", () => {
    expect(siblingMap(example)).toBe(exampleMap);
    expect(siblingMap(`${example}//`)).toBe(exampleMap);
    expect(siblingMap(join(root, "data", "examples", "m0-example.qdpx"))).toBe(exampleMap);
    expect(siblingMap(join(root, "data", "paper-m0"))).toBeUndefined();
    const ds = datasetOf(example);
    const points = (id: string) => ds.counts.find((r) => r.node_id === id)?.points;
    expect([points("authority"), points("tools"), points("themes")]).toEqual([11, 20, 12]);
    expect(ds.meta.corpus.documents).toBe(4);
    expect(validateDataset(ds)).toEqual({ errors: [], warnings: [] });
  });

  it("loads a dataset folder as it is, and refuses --map with it", () => {
    expect(datasetOf(join(root, "tests", "fixtures", "tiny")).meta.id).toBe("tiny");
    expect(() => datasetOf(join(root, "tests", "fixtures", "tiny"), exampleMap)).toThrow(/found "a dataset folder given with --map", expected --map only with a coded project/);
  });

  it("refuses a project without any mapping, and paths of no known kind", () => {
    const dir = mkdtempSync(join(tmpdir(), "toolmix-validate-"));
    mkdirSync(join(dir, "lonely"));
    writeFileSync(join(dir, "lonely", "codings.json"), "{}");
    expect(() => datasetOf(join(dir, "lonely"))).toThrow(/without --map.*expected --map FILE/);
    writeFileSync(join(dir, "notes.md"), "# notes");
    expect(() => inputKind(join(dir, "notes.md"))).toThrow(/found "a \.md file", expected a dataset folder/);
    writeFileSync(join(dir, "README"), "");
    expect(() => inputKind(join(dir, "README"))).toThrow(/found "a file without an extension"/);
    expect(() => inputKind(join(dir, "absent"))).toThrow(/found "no such file or folder"/);
  });
});
