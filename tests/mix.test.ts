/**
 * lib/mix by hand: the compositional verbs, the slot layout of a dimension, and the baseline
 * counts (aggregate and document-level, filtered), on the paper and on tests/fixtures/tiny-docs.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset, paperDataDir } from "../lib/dataset/load";
import { baselineCounts } from "../lib/mix/baseline";
import { aitchisonDistance, closure, clr, geodesic, perturb } from "../lib/mix/compose";
import { layoutOf } from "../lib/mix/layout";

const paper = loadDataset(paperDataDir());
const tinyDocs = loadDataset(join(__dirname, "fixtures", "tiny-docs"));

describe("compositional verbs (hand-computed)", () => {
  it("closure divides by the sum and refuses negative, NaN and all-zero parts", () => {
    expect(closure([1, 1, 2])).toEqual([0.25, 0.25, 0.5]);
    expect(closure([0, 3])).toEqual([0, 1]);
    expect(() => closure([1, -1])).toThrow("closure needs parts ≥ 0, got -1 at 1");
    expect(() => closure([NaN, 1])).toThrow("closure needs parts ≥ 0, got NaN at 0");
    expect(() => closure([0, 0])).toThrow("closure needs at least one positive part");
  });
  it("clr is ln(x / g(x)) and needs positive parts", () => {
    const [a, b, c] = clr([1, Math.E, Math.E ** 2]); // ln x = 0, 1, 2; mean 1
    expect(a).toBeCloseTo(-1, 14);
    expect(b).toBeCloseTo(0, 14);
    expect(c).toBeCloseTo(1, 14);
    expect(() => clr([1, 0])).toThrow("clr needs parts > 0, got 0 at 1");
  });
  it("Aitchison distance: ln 4 / √2 for (½, ½) and (0.8, 0.2); lengths must agree", () => {
    expect(aitchisonDistance([0.5, 0.5], [0.8, 0.2])).toBeCloseTo(Math.log(4) / Math.SQRT2, 14);
    expect(aitchisonDistance([0.2, 0.3, 0.5], [0.2, 0.3, 0.5])).toBe(0);
    expect(() => aitchisonDistance([1, 1], [1, 1, 1])).toThrow("aitchisonDistance needs compositions of equal length, got 2 and 3");
  });
  it("perturbation multiplies and closes", () => {
    expect(perturb([0.5, 0.5], [3, 1])).toEqual([0.75, 0.25]);
    expect(() => perturb([1], [1, 2])).toThrow("perturb needs compositions of equal length, got 1 and 2");
  });
  it("geodesic: λ = 0 gives x, ½ the normalised geometric mean, 1 gives r; λ outside [0, 1] refused", () => {
    const mid = geodesic([0.8, 0.2], [0.5, 0.5], 0.5);
    expect(mid[0]).toBeCloseTo(2 / 3, 14);
    expect(mid[1]).toBeCloseTo(1 / 3, 14);
    expect(geodesic([0.8, 0.2], [0.5, 0.5], 0)).toEqual([0.8, 0.2]);
    expect(geodesic([1, 0], [0.3, 0.7], 1)).toEqual([0.3, 0.7]);
    expect(geodesic([1, 0], [0.3, 0.7], 0.9)).toEqual([1, 0]); // a zero part stays zero before λ = 1
    expect(() => geodesic([1], [1, 2], 0.5)).toThrow("geodesic needs compositions of equal length, got 1 and 2");
    expect(() => geodesic([1, 1], [1, 1], 1.5)).toThrow("geodesic needs 0 ≤ λ ≤ 1, got 1.5");
    expect(() => geodesic([1, 1], [1, 1], -0.1)).toThrow("geodesic needs 0 ≤ λ ≤ 1, got -0.1");
    expect(() => geodesic([1, 1], [1, 1], NaN)).toThrow("geodesic needs 0 ≤ λ ≤ 1, got NaN");
  });
});

describe("the slot layout of a dimension", () => {
  it("tools: ten cells in codebook order; a tool's members are its two cells, a margin's its direction's cells", () => {
    const tools = layoutOf(paper.codebook, "tools");
    expect(tools.slots).toEqual(["authority.promotion", "authority.constraint", "incentive.promotion", "incentive.constraint", "capacity_building.promotion", "capacity_building.constraint", "symbolic_hortatory.promotion", "symbolic_hortatory.constraint", "learning.promotion", "learning.constraint"]);
    expect([...tools.members.get("authority")!]).toEqual([0, 1]);
    expect([...tools.members.get("tools.promotion")!]).toEqual([0, 2, 4, 6, 8]);
    expect([...tools.members.get("tools")!]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(tools.members.has("land_supply")).toBe(false);
  });
  it("themes: leaves are slots; a node coded directly becomes a slot of its own, before its children", () => {
    const plain = layoutOf(tinyDocs.codebook, "themes");
    expect(plain.slots).toEqual(["supply.price", "supply.method", "use"]);
    expect([...plain.members.get("supply")!]).toEqual([0, 1]);
    const direct = layoutOf(tinyDocs.codebook, "themes", new Set(["supply"]));
    expect(direct.slots).toEqual(["supply", "supply.price", "supply.method", "use"]);
    expect([...direct.members.get("supply")!]).toEqual([0, 1, 2]);
    expect([...direct.members.get("themes")!]).toEqual([0, 1, 2, 3]);
  });
});

describe("baseline counts", () => {
  it("aggregate data: the printed points per slot and their total", () => {
    const b = baselineCounts(paper, "tools");
    expect([...b.counts]).toEqual([993, 456, 26, 103, 108, 115, 146, 3, 90, 0]);
    expect(b.total).toBe(2040);
    expect(b.documents).toBeUndefined();
    expect(() => baselineCounts(paper, "tools", { region: "east" })).toThrow("a region or city filter needs document-level data");
    expect(() => baselineCounts(paper, "tools", { city: "深圳" })).toThrow("a region or city filter needs document-level data");
  });
  it("document-level data: sums over the kept documents, keeps the per-document matrix", () => {
    const b = baselineCounts(tinyDocs, "tools");
    // d1: authority.promotion 4, incentive.constraint 1; d2: a.p 3, a.c 2; d3: a.p 2, i.p 2; d4: a.c 3, i.p 1.
    expect([...b.counts]).toEqual([9, 5, 3, 1]);
    expect(b.total).toBe(18);
    expect(b.documents!.ids).toEqual(["d1", "d2", "d3", "d4"]);
    expect([...b.documents!.matrix]).toEqual([4, 0, 0, 1, 3, 2, 0, 0, 2, 0, 2, 0, 0, 3, 1, 0]);
  });
  it("filters by region and by city", () => {
    const west = baselineCounts(tinyDocs, "tools", { region: "west" });
    expect(west.documents!.ids).toEqual(["d3", "d4"]);
    expect([...west.counts]).toEqual([2, 3, 3, 0]);
    expect(west.total).toBe(8);
    const city = baselineCounts(tinyDocs, "tools", { city: "深圳" });
    expect(city.documents!.ids).toEqual(["d2"]);
    expect([...city.counts]).toEqual([3, 2, 0, 0]);
    const both = baselineCounts(tinyDocs, "tools", { region: "west", city: "深圳" });
    expect(both.documents!.ids).toEqual([]);
    expect(both.total).toBe(0);
  });
  it("a document coding a parent directly gives the parent a slot of its own; unknown documents and nodes are ignored", () => {
    const extra = [
      { ...tinyDocs.documentCounts[0], doc_id: "d1", node_id: "supply", points: 2 },
      { ...tinyDocs.documentCounts[0], doc_id: "d9", node_id: "use", points: 7 },
      { ...tinyDocs.documentCounts[0], doc_id: "d1", node_id: "nowhere", points: 7 },
    ];
    const b = baselineCounts({ ...tinyDocs, documentCounts: [...tinyDocs.documentCounts, ...extra] }, "themes");
    expect(b.layout.slots).toEqual(["supply", "supply.price", "supply.method", "use"]);
    expect([...b.counts]).toEqual([2, 2, 3, 5]);
    expect(b.total).toBe(12);
  });
  it("themes from documents: points coded at a slot", () => {
    const b = baselineCounts(tinyDocs, "themes");
    expect(b.layout.slots).toEqual(["supply.price", "supply.method", "use"]);
    expect([...b.counts]).toEqual([2, 3, 5]);
  });
});
