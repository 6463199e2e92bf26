/**
 * A keyword list (`--dictionary FILE.csv`, lib/coding/dictionary-csv.ts): `term,code[,weight]`
 * loads as a dictionary that replaces the codebook's cue words, and every malformed row is
 * refused with the file, the row, the field, what was found and what was expected.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { issuesOf as issues } from "./support/input-error";
import { describe, expect, it } from "vitest";
import { codeTextsWithScheme, dictionaryFromCodebook, parseDictionaryCsv, readDictionaryCsv } from "../lib/coding";
import { indexCodebook } from "../lib/dataset/codebook";
import { readSchemeFile } from "../lib/dataset/scheme-file";
import { setInputLimits } from "../lib/io/limits";
import { TINY_DIRECTED } from "./support/tiny-directed";

const root = join(__dirname, "..");
const sde = readSchemeFile(join(root, "data", "schemes", "supply-demand-environment")).codebook;
const tiny = indexCodebook(TINY_DIRECTED, "tiny.json");
const tmp = () => mkdtempSync(join(tmpdir(), "toolmix-dict-"));


describe("a keyword CSV", () => {
  const csv = "term,code,weight\n补贴,supply.funding,\n退税,environment.tax,3\n出口,demand.trade,1\n研发,research,\n";

  it("loads terms, codes and weights (an empty weight or no weight column: 1)", () => {
    const d = parseDictionaryCsv(csv, "w.csv", sde);
    expect(d.entries).toEqual([
      { term: "补贴", node: "supply.funding", dimension: "tools", direction: null, weight: 1 },
      { term: "退税", node: "environment.tax", dimension: "tools", direction: null, weight: 3 },
      { term: "出口", node: "demand.trade", dimension: "tools", direction: null, weight: 1 },
      { term: "研发", node: "research", dimension: "themes", direction: null, weight: 1 },
    ]);
    expect(parseDictionaryCsv("term,code\n补贴,supply.funding\n", "w.csv", sde).entries[0].weight).toBe(1);
    // A row may leave out the weight under a header that has it (the README's "[,weight]").
    expect(parseDictionaryCsv("term,code,weight\n补贴,supply.funding,2\n充电,supply.infrastructure\n", "w.csv", sde).entries.map((e) => e.weight)).toEqual([2, 1]);
  });

  it("replaces the codebook's cue words, and its weights decide the tool", () => {
    const text = [{ id: "d", text: "出口产品享受出口退税。\n企业研发给予补贴。\n设立专项资金。" }];
    // The codebook: 出口 + 出口退税 → trade. The list: 出口 ×2 (trade 2) vs 退税 weight 3 → tax; 专项资金 is not in the list.
    const byCodebook = codeTextsWithScheme(text, dictionaryFromCodebook(sde, "sde.json")).segments.map((s) => s.tool);
    const byList = codeTextsWithScheme(text, parseDictionaryCsv(csv, "w.csv", sde)).segments;
    expect(byCodebook).toEqual(["demand.trade", "supply.funding", "supply.funding"]);
    expect(byList.map((s) => s.tool)).toEqual(["environment.tax", "supply.funding", null]);
    expect(byList.map((s) => s.themes)).toEqual([[], ["research"], []]);
  });

  it("a cell code carries its direction, where the scheme has directions", () => {
    const d = parseDictionaryCsv("term,code\n严禁,rules.land.constraint\n守信,money.promotion\n必须,rules.land\n", "w.csv", tiny);
    expect(d.entries.map((e) => [e.node, e.direction])).toEqual([["rules.land", "constraint"], ["money", "promotion"], ["rules.land", null]]);
    const s = codeTextsWithScheme([{ id: "d", text: "严禁擅自改变用途。\n必须公开。" }], d).segments;
    expect(s.map((x) => x.tool)).toEqual(["rules.land.constraint", "rules.land.promotion"]);
  });

  it("is read from a UTF-8 file with a byte-order mark and quoted cells", () => {
    const file = join(tmp(), "words.csv");
    writeFileSync(file, `\ufeffterm,code,weight\n"知识产权,专利",environment.ip,2\n`);
    expect(readDictionaryCsv(file, sde).entries[0]).toMatchObject({ term: "知识产权,专利", node: "environment.ip", weight: 2 });
  });
});

describe("malformed keyword lists are refused: file, row, field, found, expected", () => {
  const bad = (csvText: string, codebook = sde) => issues(() => parseDictionaryCsv(csvText, "w.csv", codebook));
  it.each([
    ["a missing header", "补贴,supply.funding\n", { row: 1, field: "term", found: "columns 补贴, supply.funding" }, 'a column named "term"'],
    ["an unknown column", "term,code,wieght\n补贴,supply.funding,1\n", { row: 1, field: "wieght", found: "columns term, code, wieght" }, "the columns term, code and optionally weight"],
    ["an empty term", "term,code\n  ,supply.funding\n", { row: 2, field: "term", found: "" }, "a non-empty cue term"],
    ["an unknown code, with the nearest node id", "term,code\n补贴,supply.fundin\n", { row: 2, field: "code", found: "supply.fundin" }, '"supply.funding" (did you mean it?), or another node id of the scheme "supply-demand-environment"'],
    ["an unknown code far from every node id", "term,code\n补贴,banana\n", { row: 2, field: "code", found: "banana" }, 'a node id of the scheme "supply-demand-environment"'],
    ["a row with a cell too many", "term,code,weight\n补贴,supply.funding,1,x\n", { row: 2, found: "4 cells" }, "3 cells"],
    ["a row without its code", "term,code,weight\n补贴\n", { row: 2, found: "1 cell" }, "3 cells"],
    ["a dimension root as code", "term,code\n补贴,tools\n", { row: 2, field: "code", found: "tools" }, "a tool or sub-tool"],
    ["a weight of zero", "term,code,weight\n补贴,supply.funding,0\n", { row: 2, field: "weight", found: "0" }, "a positive number"],
    ["a negative weight", "term,code,weight\n补贴,supply.funding,-2\n", { row: 2, field: "weight", found: "-2" }, "a positive number"],
    ["a weight that is no number", "term,code,weight\n补贴,supply.funding,heavy\n", { row: 2, field: "weight", found: "heavy" }, "a positive number"],
    ["a duplicate term and code", "term,code\n补贴,supply.funding\n贷款,environment.finance\n补贴,supply.funding\n", { row: 4, field: "term", found: "补贴,supply.funding" }, "each term and code once (row 2 has it)"],
    ["only second-dimension terms", "term,code\n研发,research\n", { field: "code", found: "1 term(s), none on a tool node" }, "at least one term on a tool node"],
    ["a header without rows", "term,code\n", { found: "a header without data rows" }, "at least one data row"],
  ])("%s", (_name, csvText, where, expected) => {
    const [first] = bad(csvText);
    expect(first).toMatchObject({ file: "w.csv", ...where });
    expect(first.expected).toContain(expected);
  });

  it("a tool above the leaves where the scheme has directions", () => {
    const [first] = bad("term,code\n规定,rules\n", tiny);
    expect(first).toMatchObject({ file: "w.csv", row: 2, field: "code", found: "rules" });
    expect(first.expected).toContain("a leaf tool, one of its cells");
  });

  it("reports every bad row at once", () => {
    expect(bad("term,code,weight\n,supply.funding,1\n补贴,nowhere,1\n贷款,environment.finance,x\n").map((i) => [i.row, i.field])).toEqual([[2, "term"], [3, "code"], [4, "weight"]]);
  });

  it("a file that is not UTF-8 (GBK), with the line of the first bad byte", () => {
    const file = join(tmp(), "gbk.csv");
    // "补贴" in GBK: B2 B9 CC F9.
    writeFileSync(file, Buffer.concat([Buffer.from("term,code\n"), Buffer.from([0xb2, 0xb9, 0xcc, 0xf9]), Buffer.from(",supply.funding\n")]));
    const [first] = issues(() => readDictionaryCsv(file, sde));
    expect(first).toMatchObject({ file, row: 2, found: "bytes that are not UTF-8" });
    expect(first.expected).toContain("UTF-8");
  });

  it("a file over the input size limit, refused before reading", () => {
    const file = join(tmp(), "big.csv");
    writeFileSync(file, `term,code\n${"补贴,supply.funding\n".repeat(60_000)}`);
    const previous = setInputLimits({ inputMb: 1 });
    try {
      const [first] = issues(() => readDictionaryCsv(file, sde));
      expect(first.file).toBe(file);
      expect(first.expected).toContain("--max-input-mb");
    } finally {
      setInputLimits(previous);
    }
  });

  it("a missing file", () => {
    expect(issues(() => readDictionaryCsv(join(tmp(), "none.csv"), sde))[0]).toMatchObject({ found: "no such file" });
  });
});
