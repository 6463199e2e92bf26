import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { loadDataset } from "../lib/dataset/load";
import { aggregateDocumentCounts } from "../lib/dataset/aggregate";
import type { Dataset, DocumentCount, Region } from "../lib/dataset/types";
import { buildTables } from "../lib/tables/build";
import type { ThemeRow } from "../lib/tables/types";
import { validateDataset } from "../lib/validate";
import { kitPath } from "../lib/util/paths";
import {
  countCities,
  countProvinces,
  REGIONAL_TOLERANCE,
  SYNTHETIC_FILES,
  synthCommand,
  synthesizeCorpus,
  writeSyntheticDataset,
  type SyntheticCorpus,
} from "../lib/synth";

const paper = loadDataset();
const SEEDS = [7, 2025] as const;
const scratch = mkdtempSync(join(tmpdir(), "toolmix-synth-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const corpora = new Map<number, SyntheticCorpus>(SEEDS.map((seed) => [seed, synthesizeCorpus(paper, seed)]));
const written = new Map<number, Dataset>(
  SEEDS.map((seed) => {
    const dir = join(scratch, `seed-${seed}`);
    writeSyntheticDataset(corpora.get(seed)!, dir);
    return [seed, loadDataset(dir)];
  }),
);

/** Each region's percentage of a dimension's points per top-level node, computed here independently of lib/synth. */
function regionShares(ds: Dataset, dimension: "tools" | "themes"): Record<Region, Record<string, number>> {
  const regionOf = new Map(ds.documents.map((d) => [d.doc_id, d.region]));
  const points: Record<string, Record<string, number>> = {};
  for (const row of ds.documentCounts) {
    const node = ds.codebook.nodes.get(row.node_id)!;
    if (node.dimension !== dimension) continue;
    const top = row.node_id.split(".")[0];
    const region = regionOf.get(row.doc_id)!;
    points[region] ??= {};
    points[region][top] = (points[region][top] ?? 0) + row.points;
  }
  const shares = {} as Record<Region, Record<string, number>>;
  for (const [region, groups] of Object.entries(points)) {
    const total = Object.values(groups).reduce((a, b) => a + b, 0);
    shares[region as Region] = Object.fromEntries(Object.entries(groups).map(([g, p]) => [g, (100 * p) / total]));
  }
  return shares;
}

const docsWith = (ds: Dataset, test: (nodeId: string) => boolean) => new Set(ds.documentCounts.filter((r) => test(r.node_id)).map((r) => r.doc_id));

describe("aggregateDocumentCounts on a hand-made example", () => {
  const tiny = loadDataset(join(__dirname, "fixtures", "tiny"));
  const row = (doc_id: string, node_id: string, points: number, line: number): DocumentCount => ({ doc_id, node_id, points, line });
  const rows = [
    row("d1", "authority.promotion", 3, 2),
    row("d1", "incentive.promotion", 1, 3),
    row("d2", "incentive.promotion", 2, 4),
    row("d2", "authority.constraint", 4, 5),
    row("d1", "supply.price", 2, 6),
    row("d2", "supply.price", 1, 7),
    row("d2", "supply.method", 1, 8),
    row("d1", "supply", 5, 9), // coded directly at the parent, in a document that has a child point there
    row("d3", "use", 1, 10),
  ];
  const totals = aggregateDocumentCounts(tiny.codebook, rows);

  it("counts files as a union of documents, not a sum of the children's files", () => {
    // price has d1, d2 and method has d2: the children's files sum to 3, the union is 2.
    expect(totals.get("supply.price")).toEqual({ files: 2, points: 3 });
    expect(totals.get("supply.method")).toEqual({ files: 1, points: 1 });
    expect(totals.get("supply")).toEqual({ files: 2, points: 9 });
    expect(totals.get("themes")).toEqual({ files: 3, points: 10 });
  });

  it("adds points coded directly at a parent to the parent and its ancestors only", () => {
    expect(totals.get("supply")!.points - totals.get("supply.price")!.points - totals.get("supply.method")!.points).toBe(5);
    expect(totals.get("use")).toEqual({ files: 1, points: 1 });
  });

  it("sums a direction margin over that direction's cell of every tool", () => {
    expect(totals.get("tools.promotion")).toEqual({ files: 2, points: 6 });
    expect(totals.get("tools.constraint")).toEqual({ files: 1, points: 4 });
    expect(totals.get("incentive")).toEqual({ files: 2, points: 3 });
    expect(totals.get("authority")).toEqual({ files: 2, points: 7 });
    expect(totals.get("tools")).toEqual({ files: 2, points: 10 });
  });

  it("gives every node of the index an entry, zero where nothing is coded", () => {
    expect([...totals.keys()]).toEqual([...tiny.codebook.nodes.keys()]);
    expect(totals.get("incentive.constraint")).toEqual({ files: 0, points: 0 });
  });

  it("refuses a node the codebook does not have", () => {
    expect(() => aggregateDocumentCounts(tiny.codebook, [row("d1", "nowhere", 1, 2)])).toThrow(/line 2: node "nowhere"/);
  });
});

describe.each(SEEDS)("the synthetic corpus for seed %i", (seed) => {
  const corpus = corpora.get(seed)!;
  const ds = written.get(seed)!;

  it("reproduces every printed count of data/paper-m0/counts.csv exactly (files where printed, points always)", () => {
    const fromMemory = aggregateDocumentCounts(paper.codebook, corpus.documentCounts);
    const fromDisk = aggregateDocumentCounts(ds.codebook, ds.documentCounts);
    expect(paper.counts.length).toBe(82);
    for (const row of paper.counts) {
      for (const totals of [fromMemory, fromDisk]) {
        const got = totals.get(row.node_id)!;
        expect(got.points, `${row.source} ${row.node_id} points`).toBe(row.points);
        if (row.files !== null) expect(got.files, `${row.source} ${row.node_id} files`).toBe(row.files);
      }
    }
  });

  it("hits the headline numbers of Table 2 and the theme text", () => {
    const totals = aggregateDocumentCounts(ds.codebook, ds.documentCounts);
    expect(totals.get("authority.promotion")).toEqual({ files: 68, points: 993 });
    expect(totals.get("learning.constraint")).toEqual({ files: 0, points: 0 });
    expect(totals.get("tools.promotion")).toEqual({ files: 68, points: 1363 });
    expect(totals.get("tools.constraint")).toEqual({ files: 66, points: 677 });
    expect(totals.get("tools")!.points).toBe(2040);
    expect(totals.get("themes")!.points).toBe(1680);
    expect(totals.get("land_supply")).toEqual({ files: 68, points: 548 });
    expect(totals.get("property_rights.lease_sale")).toEqual({ files: 10, points: 20 });
    expect(totals.get("property_rights.lease_sale.land_lease")).toEqual({ files: 8, points: 9 });
    expect(totals.get("property_rights.lease_sale.land_sale")).toEqual({ files: 6, points: 10 });
  });

  it("writes counts.csv with the paper's rows, files empty where the paper prints none, no printed shares", () => {
    expect(ds.counts.map((r) => [r.source, r.node_id, r.label_printed, r.files === null])).toEqual(paper.counts.map((r) => [r.source, r.node_id, r.label_printed, r.files === null]));
    expect(ds.counts.every((r) => r.pct_printed === null)).toBe(true);
  });

  it("has 68 documents, all with a promotion point and exactly 66 with a constraint point", () => {
    expect(ds.documents).toHaveLength(68);
    expect(docsWith(ds, (id) => id.endsWith(".promotion")).size).toBe(68);
    expect(docsWith(ds, (id) => id.endsWith(".constraint")).size).toBe(66);
    expect(docsWith(ds, () => true).size).toBe(68);
  });

  it("codes points at leaves, except the one point of 租售管理 that resolves the paper's 20 ≠ 9 + 10", () => {
    const internal = ds.documentCounts.filter((r) => ds.codebook.nodes.get(r.node_id)!.children.length > 0);
    expect(internal).toHaveLength(1);
    expect(internal[0]).toMatchObject({ node_id: "property_rights.lease_sale", points: 1 });
    const childDocs = docsWith(ds, (id) => id.startsWith("property_rights.lease_sale."));
    expect(childDocs.has(internal[0].doc_id)).toBe(true);
    expect(corpus.directCodings).toEqual([expect.objectContaining({ doc_id: internal[0].doc_id, node_id: "property_rights.lease_sale", points: 1 })]);
    expect(ds.meta as unknown as { description: string }).toHaveProperty("description", expect.stringContaining("租售管理"));
  });

  it("keeps Table 1's 34 documents as listed and adds 34 invented ones", () => {
    const listed = ds.documents.slice(0, 34);
    expect(listed.map((d) => [d.region, d.place, d.year, d.title])).toEqual(paper.documents.map((d) => [d.region, d.place, d.year, d.title]));
    expect(listed.map((d) => d.doc_id)).toEqual(Array.from({ length: 34 }, (_, i) => `t${String(i + 1).padStart(2, "0")}`));
    const invented = ds.documents.slice(34);
    expect(invented.map((d) => d.doc_id)).toEqual(Array.from({ length: 34 }, (_, i) => `s${String(i + 1).padStart(2, "0")}`));
    expect(invented.every((d, i) => d.title === `(synthetic document ${i + 1})` && d.year >= 2015 && d.year <= 2024)).toBe(true);
    expect(ds.documents.every((d) => d.province !== undefined && d.province !== "")).toBe(true);
  });

  it("satisfies section 2.3.1: 33 documents from Guangdong, Zhejiang, Jiangsu (48.5 %), 11 central (16.2 %), 50 cities, 20 provinces", () => {
    const leading = ds.documents.filter((d) => ["广东", "浙江", "江苏"].includes(d.province!)).length;
    const central = ds.documents.filter((d) => d.region === "central").length;
    expect(leading).toBe(33);
    expect(((100 * leading) / 68).toFixed(1)).toBe("48.5");
    expect(central).toBe(11);
    expect(((100 * central) / 68).toFixed(1)).toBe("16.2");
    expect(new Set(ds.documents.filter((d) => d.place !== "广西").map((d) => d.place)).size).toBe(50);
    expect(new Set(ds.documents.map((d) => d.province)).size).toBe(20);
    expect([countCities(ds.documents), countProvinces(ds.documents)]).toEqual([50, 20]);
    expect(ds.meta.corpus).toMatchObject({ documents: 68, cities: 50, provinces: 20, first_year: 2015, last_year: 2024 });
    const byRegion = (r: Region) => ds.documents.filter((d) => d.region === r).length;
    expect(byRegion("west")).toBeLessThan(byRegion("central"));
    expect(byRegion("northeast")).toBeLessThan(byRegion("central"));
    // The three provinces lead: no other province has as many documents as the smallest of them.
    const perProvince = new Map<string, number>();
    for (const d of ds.documents) perProvince.set(d.province!, (perProvince.get(d.province!) ?? 0) + 1);
    const smallestLeading = Math.min(...["广东", "浙江", "江苏"].map((p) => perProvince.get(p)!));
    expect([...perProvince].filter(([p, n]) => !["广东", "浙江", "江苏"].includes(p) && n >= smallestLeading)).toEqual([]);
  });

  it("satisfies the regional theme statements of section 2.3.2 within the stated tolerance", () => {
    const s = regionShares(ds, "themes");
    const regions: Region[] = ["northeast", "east", "central", "west"];
    for (const r of regions) expect(s[r].land_supply, `${r} land supply`).toBeGreaterThan(REGIONAL_TOLERANCE.overPct);
    expect(s.west.land_supply).toBeGreaterThanOrEqual(REGIONAL_TOLERANCE.westLandSupplyPct[0]);
    expect(s.west.land_supply).toBeLessThanOrEqual(REGIONAL_TOLERANCE.westLandSupplyPct[1]);
    expect(s.west.operation_supervision).toBeGreaterThan(30);
    expect(s.northeast.operation_supervision).toBeGreaterThan(30);
    expect(Math.abs(s.central.land_use - 25.75)).toBeLessThanOrEqual(REGIONAL_TOLERANCE.centralLandUsePp);
    for (const r of ["northeast", "central", "west"] as const) expect(s.east.property_rights, `east vs ${r}`).toBeGreaterThan(s[r].property_rights);
    expect(corpus.statements.every((st) => st.holds)).toBe(true);
  });

  it("gives the northeast, central and west a larger capacity-building share than the east (Fig. 6)", () => {
    const s = regionShares(ds, "tools");
    for (const r of ["northeast", "central", "west"] as const) expect(s[r].capacity_building, r).toBeGreaterThan(s.east.capacity_building);
  });

  it("loads, validates with only the paper's own 租售管理 warning, and rebuilds the paper's tables", () => {
    const report = validateDataset(ds);
    expect(report.errors).toEqual([]);
    expect(report.warnings.map((w) => `${w.check} ${w.node}`)).toEqual(["children-sum property_rights.lease_sale"]);
    const numbers = (rows: readonly ThemeRow[]): unknown[] => rows.map((r) => [r.id, r.files, r.points, r.pct, numbers(r.children)]);
    const mine = buildTables(ds);
    const theirs = buildTables(paper);
    expect(numbers(mine.themes)).toEqual(numbers(theirs.themes));
    const tool = (t: (typeof mine.tools)[number]) => [t.id, t.points, t.pct, t.promotion.files, t.promotion.points, t.constraint.files, t.constraint.points];
    expect(mine.tools.map(tool)).toEqual(theirs.tools.map(tool));
    expect(tool(mine.toolTotal)).toEqual(tool(theirs.toolTotal));
    expect(mine.themeTotal).toBe(1680);
  });

  it("says in dataset.json that it is synthetic, with its seed and the kit version", () => {
    const meta = JSON.parse(readFileSync(join(scratch, `seed-${seed}`, "dataset.json"), "utf8"));
    expect(meta).toMatchObject({ id: "synthetic-m0", synthetic: true, generator: { seed, kit_version: "0.1.0" }, dimensions: paper.meta.dimensions });
    expect(meta.title).toContain("SYNTHETIC");
    expect(meta.title).toContain(`seed ${seed}`);
    expect(meta.description).toMatch(/SYNTHETIC DATA.*seed \d+.*bootstrap demonstrations and teaching.*never a claim about the real documents/);
    expect(readFileSync(join(scratch, `seed-${seed}`, "codebook.json"), "utf8")).toBe(readFileSync(kitPath("data", "paper-m0", "codebook.json"), "utf8"));
  });
});

describe("determinism and speed", () => {
  it("writes byte-identical files for the same seed", () => {
    const a = join(scratch, "same-a");
    const b = join(scratch, "same-b");
    writeSyntheticDataset(synthesizeCorpus(paper, 11), a);
    writeSyntheticDataset(synthesizeCorpus(paper, 11), b);
    for (const file of SYNTHETIC_FILES) expect(readFileSync(join(a, file)), file).toEqual(readFileSync(join(b, file)));
  });

  it("gives the recorded bytes for seed 7, so another machine or Node version cannot drift unnoticed", () => {
    // Update these only when the generator is changed on purpose (and say so in the commit).
    const sha = (file: string) => createHash("sha256").update(readFileSync(join(scratch, "seed-7", file))).digest("hex");
    expect(sha("documents.csv")).toBe("f5b828d4a8c1b71c228753133af55fbb8300c167b7dd2714c52e9e57237fa5ad");
    expect(sha("document_counts.csv")).toBe("e665c0e40e08dcaa158e1f30ea06f7a6e067eb557c9794b806c031309e0e27fd");
  });

  it("gives different corpora for different seeds", () => {
    const [x, y] = SEEDS.map((seed) => readFileSync(join(scratch, `seed-${seed}`, "document_counts.csv"), "utf8"));
    expect(x).not.toBe(y);
    expect(readFileSync(join(scratch, `seed-${SEEDS[0]}`, "documents.csv"), "utf8")).not.toBe(readFileSync(join(scratch, `seed-${SEEDS[1]}`, "documents.csv"), "utf8"));
  });

  it("never calls Math.random", () => {
    const spy = vi.spyOn(Math, "random");
    synthesizeCorpus(paper, 99);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it("satisfies every constraint for many seeds, each well under a second", () => {
    for (let seed = 100; seed < 120; seed++) {
      const start = performance.now();
      const corpus = synthesizeCorpus(paper, seed);
      expect(performance.now() - start, `seed ${seed}`).toBeLessThan(500);
      expect(corpus.statements.filter((s) => !s.holds), `seed ${seed}`).toEqual([]);
      expect(corpus.totals.get("tools.constraint")).toEqual({ files: 66, points: 677 });
    }
  });

  it("refuses a seed that is not a 32-bit whole number", () => {
    expect(() => synthesizeCorpus(paper, 1.5)).toThrow(/seed must be a whole number/);
    expect(() => synthesizeCorpus(paper, -1)).toThrow(/seed must be a whole number/);
  });
});

describe("writing the folder", () => {
  const corpus = corpora.get(SEEDS[0])!;

  it("refuses the kit's data/ and scenarios/ folders, naming the folder", () => {
    const intoData = kitPath("data", "synthetic-test");
    expect(() => writeSyntheticDataset(corpus, intoData)).toThrow(/data\/synthetic-test.*read-only folder/);
    expect(() => writeSyntheticDataset(corpus, kitPath("scenarios"))).toThrow(/scenarios.*read-only folder/);
    expect(() => writeSyntheticDataset(corpus, kitPath("data", "paper-m0"))).toThrow(/paper-m0/);
  });

  it("refuses a non-empty folder that is not an earlier synthetic output", () => {
    const dir = join(scratch, "someone-elses");
    mkdirSync(dir);
    writeFileSync(join(dir, "notes.txt"), "mine");
    expect(() => writeSyntheticDataset(corpus, dir)).toThrow(new RegExp(`${dir}.*non-empty folder that toolmix did not write`));
    expect(readFileSync(join(dir, "notes.txt"), "utf8")).toBe("mine");
  });

  it("overwrites an earlier synthetic output", () => {
    const dir = join(scratch, "again");
    writeSyntheticDataset(synthesizeCorpus(paper, 1), dir);
    writeSyntheticDataset(corpus, dir);
    expect(JSON.parse(readFileSync(join(dir, "dataset.json"), "utf8")).generator.seed).toBe(SEEDS[0]);
  });

  it("synthCommand writes the folder and returns a one-paragraph summary", () => {
    const dir = join(scratch, "cli");
    const summary = synthCommand({ seed: 5, out: dir });
    expect(summary).toContain(dir);
    expect(summary).toContain("seed 5");
    expect(summary).toContain("SYNTHETIC");
    expect(summary).toContain("68 documents (34 invented) in 50 cities and 20 provinces");
    expect(summary).not.toContain("\n");
    expect(loadDataset(dir).meta.synthetic).toBe(true);
  });
});
