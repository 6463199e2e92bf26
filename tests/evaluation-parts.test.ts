/**
 * lib/evaluation piece by piece, with every expected value written out by hand: the labels a report
 * lists, sentence units of a clause list, the report's table, rows for notebooks, the dictionary
 * coder's view of a clause list (no themes on structural lines and genre formulas), and reading a
 * set folder (gold before coders, errors named).
 */
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { byDocument, dictionaryCoding, evaluateCoding, formatEvaluation, kappaRows, LABELS, labelsOf, quantileSorted, readEvaluationSet, sentenceStarts, THEMES, toSentences, type CodedUnit } from "../lib/evaluation";
import { InputError } from "../lib/errors";

const unit = (id: string, document: string, text: string, tools: string[] = [], themes: string[] = []): CodedUnit => ({ id, document, text, tools, themes });

describe("labels", () => {
  it("lists any tool, the ten cells, five tools, two directions and four themes, in that order", () => {
    expect(THEMES).toEqual(["land_supply", "land_use", "property_rights", "operation_supervision"]);
    expect(LABELS).toEqual([
      "any tool",
      "authority.promotion", "authority.constraint", "incentive.promotion", "incentive.constraint",
      "capacity_building.promotion", "capacity_building.constraint", "symbolic_hortatory.promotion", "symbolic_hortatory.constraint",
      "learning.promotion", "learning.constraint",
      "tool:authority", "tool:incentive", "tool:capacity_building", "tool:symbolic_hortatory", "tool:learning",
      "direction:promotion", "direction:constraint",
      "theme:land_supply", "theme:land_use", "theme:property_rights", "theme:operation_supervision",
    ]);
  });

  it("gives a theme-only unit its theme and no tool label", () => {
    expect(labelsOf({ tools: [], themes: ["property_rights.subdivision", "property_rights"] })).toEqual(["theme:property_rights"]);
    expect(labelsOf({ tools: ["learning.constraint"], themes: [] })).toEqual(["any tool", "learning.constraint", "tool:learning", "direction:constraint"]);
  });
});

describe("sentence units of a clause list", () => {
  const clauses = [
    unit("a:1", "a", "不得分割；", ["authority.constraint"], ["property_rights"]),
    unit("a:2", "a", "确需调整的，应报批。", ["authority.promotion"]),
    unit("a:3", "a", "鼓励研发；", ["symbolic_hortatory.promotion"]),
    unit("b:1", "b", "配套用房不得分割。", ["authority.constraint"]),
  ];

  it("starts a sentence after 。 and at a new document, not after ；", () => {
    expect(sentenceStarts(clauses)).toEqual([true, false, true, true]);
  });

  it("with lines, starts a sentence at a new line even after ；", () => {
    expect(sentenceStarts(clauses, [1, 2, 3, 1])).toEqual([true, true, true, true]);
    expect(sentenceStarts(clauses, [1, 1, 2, 1])).toEqual([true, false, true, true]);
  });

  it("joins the text, keeps the first id and unites the codes", () => {
    const s = toSentences(clauses);
    expect(s.map((u) => [u.id, u.text, u.tools, u.themes])).toEqual([
      ["a:1", "不得分割；确需调整的，应报批。", ["authority.constraint", "authority.promotion"], ["property_rights"]],
      ["a:3", "鼓励研发；", ["symbolic_hortatory.promotion"], []],
      ["b:1", "配套用房不得分割。", ["authority.constraint"], []],
    ]);
    expect(clauses[0].tools).toEqual(["authority.constraint"]); // the input is not changed
  });
});

describe("the report", () => {
  const gold = [unit("a:1", "a", "x", ["authority.promotion"]), unit("a:2", "a", "y"), unit("b:1", "b", "z", ["authority.promotion"]), unit("b:2", "b", "w")];
  const predicted = [unit("a:1", "a", "x", ["authority.promotion"]), unit("a:2", "a", "y", ["authority.promotion"]), unit("b:1", "b", "z", ["authority.promotion"]), unit("b:2", "b", "w")];

  it("counts units and documents, defaults to 2000 replicates and the clause, and keeps the seed", () => {
    const r = evaluateCoding(gold, predicted, { seed: 7 });
    expect([r.units, r.documents, r.replicates, r.unit, r.seed]).toEqual([4, 2, 2000, "clause", 7]);
    // both 2, only predicted 1, neither 1: pₒ 0.75, pₑ 0.5·0.75 + 0.5·0.25 = 0.5, κ 0.5; precision 2/3, recall 1.
    const ap = r.scores.find((s) => s.code === "authority.promotion")!;
    expect(ap).toMatchObject({ gold: 2, predicted: 3, both: 2, kappa: 0.5, recall: 1 });
    expect(ap.precision).toBeCloseTo(2 / 3, 12);
    expect(ap.ceiling).toBeUndefined();
  });

  it("prints one line per label with a positive, with interval, precision and recall", () => {
    const r = evaluateCoding(gold, predicted, { seed: 1, replicates: 50, unit: "sentence" });
    const lines = formatEvaluation("toy", r).split("\n");
    expect(lines[0]).toBe("toy: 4 sentences of 2 documents; κ with 95 % interval over documents (50 bootstrap replicates, seed 1)");
    expect(lines[1]).toBe("  code                             gold coder     κ  [ 95 % interval ]  precision  recall");
    expect(lines.slice(2).map((l) => l.trim().split(/\s+/)[0])).toEqual(["any", "authority.promotion", "tool:authority", "direction:promotion"]);
    expect(lines[3].replace(/\[[^\]]*\]/, "[…]")).toBe("  authority.promotion                 2     3  0.50  […]       0.67    1.00");
    expect(formatEvaluation("toy", r, { all: true }).split("\n")).toHaveLength(2 + LABELS.length);
  });

  it("adds the human ceiling column when two independent codings are given", () => {
    const r = evaluateCoding(gold, predicted, { seed: 1, replicates: 20, independent: [gold, gold] });
    expect(formatEvaluation("toy", r).split("\n")[1]).toMatch(/human κ$/);
    expect(r.scores.find((s) => s.code === "authority.promotion")!.ceiling).toBe(1);
  });

  it("gives notebook rows: κ per coder rounded to two places, the human ceiling when there is one", () => {
    const a = evaluateCoding(gold, predicted, { seed: 1, replicates: 20, independent: [gold, gold] });
    const b = evaluateCoding(gold, gold, { seed: 1, replicates: 20 });
    expect(kappaRows({ dictionary: a, model: b })).toEqual([
      { code: "any tool", clauses: 2, "dictionary κ": 0.5, "model κ": 1, "human κ": 1 },
      { code: "authority.promotion", clauses: 2, "dictionary κ": 0.5, "model κ": 1, "human κ": 1 },
      { code: "tool:authority", clauses: 2, "dictionary κ": 0.5, "model κ": 1, "human κ": 1 },
      { code: "direction:promotion", clauses: 2, "dictionary κ": 0.5, "model κ": 1, "human κ": 1 },
    ]);
    expect(kappaRows({ only: b }, ["learning.promotion"])).toEqual([{ code: "learning.promotion", clauses: 0, "only κ": null }]);
  });

  it("refuses codings of different lengths", () => {
    expect(() => evaluateCoding(gold, predicted.slice(1), { seed: 1 })).toThrow(/differ in length \(4 vs 3\)/);
  });

  it("interpolates quantiles as numpy does at the ends and for one value", () => {
    expect(quantileSorted([5], 0.975)).toBe(5);
    expect(quantileSorted([1, 3], 0)).toBe(1);
    expect(quantileSorted([1, 3], 1)).toBe(3);
    expect(quantileSorted([1, 3], 0.5)).toBe(2);
  });
});

describe("the dictionary coder on a clause list", () => {
  it("codes each document in reading order, themes only on body clauses that are not genre formulas", () => {
    const clauses = [
      { id: "a:1", document: "a", clause: "某市工业用地管理办法" },
      { id: "b:1", document: "b", clause: "申请人应当符合下列条件：" },
      { id: "a:2", document: "a", clause: "为规范工业用地出让，根据有关规定，制定本办法。" },
      { id: "b:2", document: "b", clause: "（一）具有独立法人资格；" },
      { id: "a:3", document: "a", clause: "工业用地出让年限不得超过二十年。" },
    ];
    expect(byDocument(clauses)).toEqual([[0, 2, 4], [1, 3]]);
    const coded = dictionaryCoding(clauses);
    expect(coded.map((c) => [c.id, c.tools, c.themes])).toEqual([
      ["a:1", [], []],
      ["b:1", ["authority.promotion"], []],
      ["a:2", [], []],
      ["b:2", ["authority.promotion"], []],
      ["a:3", ["authority.constraint"], ["land_supply"]],
    ]);
    expect(coded[3].coding.inherited).toBe(true);
  });
});

describe("reading a set folder", () => {
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), "toolmix-set-"));
    writeFileSync(join(dir, "clauses.csv"), "id,document,line,clause\na:01,a,3,不得分割。\na:02,a,x,鼓励研发。\n");
    return dir;
  };

  it("takes gold.csv before the coders, and reads a line number only where it is one", () => {
    const dir = folder();
    writeFileSync(join(dir, "coder-a.csv"), "id,tools,themes\na:01,none,none\na:02,none,none\n");
    writeFileSync(join(dir, "coder-b.csv"), "id,tools,themes\na:01,authority.constraint,none\na:02,none,none\n");
    writeFileSync(join(dir, "gold.csv"), "id,tools,themes\na:01,authority.constraint,property_rights\na:02,symbolic_hortatory.promotion|symbolic_hortatory.promotion,none\n");
    const set = readEvaluationSet(dir);
    expect(set.gold.map((g) => [g.tools, g.themes])).toEqual([[["authority.constraint"], ["property_rights"]], [["symbolic_hortatory.promotion"], []]]);
    expect(Object.keys(set.coders)).toEqual(["coder-a", "coder-b"]);
    expect(set.clauses.map((c) => c.line)).toEqual([3, undefined]);
    expect(set.name).toBe(dir.split("/").pop());
  });

  it("takes a single coder as gold, and refuses two coders without gold or a folder without clauses", () => {
    const dir = folder();
    writeFileSync(join(dir, "coder-a.csv"), "id,tools,themes\na:01,none,none\na:02,none,land_use\n");
    expect(readEvaluationSet(dir).gold[1].themes).toEqual(["land_use"]);
    writeFileSync(join(dir, "coder-b.csv"), "id,tools,themes\na:01,none,none\na:02,none,none\n");
    expect(() => readEvaluationSet(dir)).toThrow(/gold\.csv: expected an evaluation set folder/);
    const empty = mkdtempSync(join(tmpdir(), "toolmix-set-"));
    mkdirSync(join(empty, "texts"));
    expect(() => readEvaluationSet(empty)).toThrow(InputError);
  });
});
