import { describe, expect, it } from "vitest";
import { loadDataset, REGIONS, toFrames, buildTables } from "../lib";

const paper = loadDataset();

describe("the paper's corpus and registry (section 2, Table 1)", () => {
  it("has 68 documents from 50 cities in 20 provinces, 2015–2024", () => {
    expect(paper.meta.corpus).toMatchObject({ documents: 68, cities: 50, provinces: 20, first_year: 2015, last_year: 2024 });
  });

  it("lists the 34 documents of Table 1 by region", () => {
    expect(paper.documents).toHaveLength(34);
    const count = (r: string) => paper.documents.filter((d) => d.region === r).length;
    expect(REGIONS.map(count)).toEqual([3, 17, 8, 6]);
    expect(paper.documents[0]).toMatchObject({ region: "northeast", place: "沈阳", year: 2021 });
    expect(paper.documents.at(-1)).toMatchObject({ region: "west", place: "广西", year: 2023 });
    expect(Math.min(...paper.documents.map((d) => d.year))).toBe(2015);
    expect(Math.max(...paper.documents.map((d) => d.year))).toBe(2024);
  });
});

describe("the codebook (section 2.1, Tables 3–7)", () => {
  it("has five tools, each split into promotion and constraint", () => {
    expect(paper.codebook.tools.map((t) => t.id)).toEqual(["authority", "incentive", "capacity_building", "symbolic_hortatory", "learning"]);
    expect(paper.codebook.nodes.get("learning.constraint")).toMatchObject({ kind: "cell", parent: "learning", direction: "constraint" });
  });

  it("carries the cue words of section 2.1 with their direction", () => {
    const cues = (id: string, d: string) => paper.codebook.tools.find((t) => t.id === id)!.cues.filter((c) => c.direction === d).map((c) => c.term);
    expect(cues("authority", "constraint")).toEqual(["不得", "不允许"]);
    expect(cues("incentive", "promotion")).toEqual(["奖励", "优惠"]);
    expect(cues("capacity_building", "constraint")).toEqual(["监督机制", "遴选机制"]);
    expect(cues("symbolic_hortatory", "constraint")).toEqual(["不建议"]);
    expect(cues("learning", "constraint")).toEqual(["警示", "避免"]);
  });

  it("has 4 parent, 15 child and 42 grandchild theme nodes", () => {
    const levels = [1, 2, 3].map((l) => [...paper.codebook.nodes.values()].filter((n) => n.dimension === "themes" && n.level === l).length);
    expect(levels).toEqual([4, 15, 42]);
    expect(paper.codebook.nodes.get("land_use.development_management.development_intensity")).toMatchObject({ label_zh: "开发强度", parent: "land_use.development_management" });
  });
});

describe("city parameters stated in the text (sections 2.2.2, 2.2.3)", () => {
  const value = (place: string, parameter: string) => paper.cityParameters.filter((p) => p.place_en === place && p.parameter === parameter).map((p) => p.value);
  it("has the split-transfer caps and minimum units", () => {
    expect(value("Tianjin", "split_transfer_cap")).toEqual([50]);
    expect(value("Guangzhou", "split_transfer_min_unit")).toEqual([500]);
    expect(value("Shanghai", "direct_transfer_cap_park_platform")).toEqual([60]);
    expect(value("Suzhou (Taicang)", "split_transfer_cap")).toEqual([70]);
  });
  it("has value-added recapture by holding years and the 30 % facility cap", () => {
    expect(["within_3_years", "3_to_5_years", "over_5_years"].map((k) => value("Dongguan", `value_recapture_${k}`)[0])).toEqual([100, 50, 20]);
    expect(value("(general)", "supporting_facility_floor_area_cap")).toEqual([30]);
    expect(value("Shenzhen", "plot_ratio_max")).toEqual([6]);
  });
  it("cites a section for every row", () => {
    expect(paper.cityParameters.every((p) => /^2\.2\.[23]$/.test(p.section) && p.quote.length > 0)).toBe(true);
  });
});

describe("danfojs frames", () => {
  it("gives one row per tool and direction and one per theme node", () => {
    const frames = toFrames(paper, buildTables(paper));
    expect(frames.tools.shape).toEqual([12, 9]);
    expect(frames.themes.shape).toEqual([61, 9]);
    expect(frames.documents?.shape).toEqual([34, 6]);
  });
});
