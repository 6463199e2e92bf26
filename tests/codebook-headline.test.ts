/**
 * A codebook's headline_indicators: the indicators simulation tables show first. The paper's
 * codebook declares its headline (so no code outside data/paper-m0 names the paper's tools), a
 * codebook without one gets every top-level tool's share and the mix measures, and a name the
 * simulation would not produce for that codebook is an error at its JSON path.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { headlineIndicators, indexCodebook } from "../lib/dataset/codebook";
import { InputError } from "../lib/errors";
import { simulateFiles } from "../lib/simulate/run";

const root = join(__dirname, "..");
const paperBook = JSON.parse(readFileSync(join(root, "data", "paper-m0", "codebook.json"), "utf8"));
const sdeBook = JSON.parse(readFileSync(join(root, "data", "schemes", "supply-demand-environment", "codebook.json"), "utf8"));

function issues(json: unknown) {
  try {
    indexCodebook(json, "codebook.json");
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).issues;
  }
  throw new Error("codebook accepted");
}

describe("headline_indicators", () => {
  it("are the paper codebook's own list, and the generic list for a codebook without one", () => {
    expect(headlineIndicators(indexCodebook(paperBook, "codebook.json"))).toEqual(paperBook.headline_indicators);
    expect(headlineIndicators(indexCodebook(sdeBook, "codebook.json"))).toEqual(["share.supply", "share.environment", "share.demand", "evenness", "effectiveTools", "hhi", "costOfChange", "aitchisonShift"]);
  });

  it("without a list, add the promotion share and each tool's promotion fraction where tools have directions", () => {
    const { headline_indicators: _h, ...bare } = paperBook;
    expect(headlineIndicators(indexCodebook(bare, "codebook.json"))).toEqual([
      "share.authority", "share.incentive", "share.capacity_building", "share.symbolic_hortatory", "share.learning",
      "promotionShare", "promotion.authority", "promotion.incentive", "promotion.capacity_building", "promotion.symbolic_hortatory", "promotion.learning",
      "evenness", "effectiveTools", "hhi", "costOfChange", "aitchisonShift",
    ]);
  });

  it("are all produced by the simulation, for both shipped schemes", () => {
    for (const file of [join(root, "scenarios", "incentive-and-learning.json"), join(root, "scenarios", "sde-example", "demand-pull.json")]) {
      const [r] = simulateFiles([file], { draws: 50, seed: 1 });
      for (const name of r.dataset.headline) expect(Object.hasOwn(r.scenario, name), `${file}: ${name}`).toBe(true);
    }
  });

  it("read theme shares, sub-tool shares and cells as well as fixed names", () => {
    const book = indexCodebook({ ...paperBook, headline_indicators: ["share.land_supply", "share.authority.constraint", "entropy", "aitchisonShift"] }, "codebook.json");
    expect(book.headline).toEqual(["share.land_supply", "share.authority.constraint", "entropy", "aitchisonShift"]);
    expect(indexCodebook({ ...sdeBook, headline_indicators: ["share.supply.talent"] }, "codebook.json").headline).toEqual(["share.supply.talent"]);
  });

  it.each([
    ["an unknown fixed name", ["evenness", "authorityshare"], 1, "authorityshare"],
    ["a node the codebook has not", ["share.nonexistent"], 0, "share.nonexistent"],
    ["the tools root", ["share.tools"], 0, "share.tools"],
    ["a direction margin", ["share.tools.promotion"], 0, "share.tools.promotion"],
    ["a promotion fraction of a sub-tool or theme", ["promotion.land_supply"], 0, "promotion.land_supply"],
    ["a name like an Object.prototype property", ["constructor"], 0, "constructor"],
    ["a number", [3], 0, "3"],
  ])("refuse %s, at its index", (_name, list, index, found) => {
    const [issue, ...rest] = issues({ ...paperBook, headline_indicators: list });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ file: "codebook.json", field: `headline_indicators[${index}]`, found });
    expect(issue.expected).toContain("share.<node id> of a tool, sub-tool, cell or theme");
    expect(issue.expected).toContain("hhi");
  });

  it("refuse promotion.<tool>, promotionShare and authorityShare where the codebook cannot produce them", () => {
    expect(issues({ ...sdeBook, headline_indicators: ["promotion.supply"] })[0]).toMatchObject({ field: "headline_indicators[0]", found: "promotion.supply" });
    expect(issues({ ...sdeBook, headline_indicators: ["evenness", "promotionShare", "authorityShare"] }).map((i) => i.field)).toEqual(["headline_indicators[1]", "headline_indicators[2]"]);
    expect(indexCodebook({ ...paperBook, headline_indicators: ["promotionShare", "authorityShare"] }, "codebook.json").headline).toEqual(["promotionShare", "authorityShare"]);
  });

  it("refuse a value that is not a list", () => {
    expect(issues({ ...paperBook, headline_indicators: "evenness" })[0]).toMatchObject({ field: "headline_indicators", found: "evenness" });
  });
});
