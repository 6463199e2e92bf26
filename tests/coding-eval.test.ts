import { readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../lib";
import { parseCsv } from "../lib/io/csv";
import { codingComparison, type CodedSpan } from "../lib/agreement";
import { paperCueBaseline, segmentText, TOOL_CELLS } from "../lib/coding";
import { clauseList, dictionaryCoding, evaluateCoding, formatEvaluation, readEvaluationSet, type CodedUnit, type EvaluationResult } from "../lib/evaluation";

// The evaluation sets (tests/fixtures/coding/README.md). Set 1 (m0-clauses.csv) was coded single-label
// before the lexicon existed and recoded multi-label by an independent coder under MANUAL.md
// (set-1-v2); it, dev-2, dev-3 and dev-4 are development sets: the lexicon (2.0–2.3) was tuned on them. The frozen
// test set (test-2) is evaluated in tests/coding-test-set.test.ts.
const fixtures = join(__dirname, "fixtures", "coding");
const file = join(fixtures, "m0-clauses.csv");
const rows = parseCsv(readFileSync(file, "utf8"), file, ["id", "split", "document", "issuer", "year", "source_url", "clause", "tool_cell", "notes"]).rows.map((r) => r.cells as Record<string, string>);
const kappaOf = (r: EvaluationResult, code: string) => r.scores.find((s) => s.code === code)!.kappa;

describe("the first evaluation set (m0-clauses.csv, single-label coding of 2026-11)", () => {
  it("has 287 real clauses from 21 documents, each with its source", () => {
    expect(rows.length).toBe(287);
    expect(new Set(rows.map((r) => r.document)).size).toBe(21);
    for (const r of rows) {
      expect(r.source_url).toMatch(/^https?:\/\//);
      expect(r.issuer).not.toBe("");
      expect(r.year).toMatch(/^(\d{4}|unknown)$/);
      expect(["none", ...TOOL_CELLS]).toContain(r.tool_cell);
    }
  });

  it("is reproduced clause for clause by the segmenter, and set-1-v2 lists the same clauses", () => {
    const byDoc = new Map<string, string[]>();
    for (const r of rows) byDoc.set(r.document, [...(byDoc.get(r.document) ?? []), r.clause]);
    for (const clauses of byDoc.values()) expect(segmentText(clauses.join("\n")).map((s) => s.text)).toEqual(clauses);
    const v2 = readEvaluationSet(join(fixtures, "set-1-v2"));
    expect(v2.clauses.map((c) => [c.id, c.document, c.clause])).toEqual(rows.map((r) => [r.id, r.document, r.clause]));
  });
});

describe("evaluation sets made from texts (dev-2, test-2)", () => {
  for (const name of ["dev-2", "dev-3", "dev-4", "test-2", "test-3"]) {
    it(`${name}: clauses.csv is the segmenter's cut of texts/, and every clause is coded by every coder`, () => {
      const folder = join(fixtures, name);
      const texts = readdirSync(join(folder, "texts")).filter((f) => f.endsWith(".txt")).sort().map((f) => ({ id: basename(f, ".txt"), text: readFileSync(join(folder, "texts", f), "utf8") }));
      const set = readEvaluationSet(folder);
      expect(set.clauses.map((c) => [c.id, c.document, c.clause])).toEqual(clauseList(texts).map((c) => [c.id, c.document, c.clause]));
      for (const coding of Object.values(set.coders)) expect(coding).toHaveLength(set.clauses.length);
    });
  }
});

describe("dictionary coder (lexicon 2.0, multi-label) on the development sets (unit: clause)", () => {
  const run = (name: string) => {
    const set = readEvaluationSet(join(fixtures, name));
    return evaluateCoding(set.gold, dictionaryCoding(set.clauses), { seed: 1, replicates: 400 });
  };

  it("set-1-v2: any tool, authority.promotion and authority.constraint at κ ≥ 0.85 (tuned on it: an upper bound, not a promise)", () => {
    const r = run("set-1-v2");
    console.log(formatEvaluation("dictionary coder, set-1-v2 (development)", r));
    expect(kappaOf(r, "any tool")).toBeGreaterThanOrEqual(0.85);
    expect(kappaOf(r, "authority.promotion")).toBeGreaterThanOrEqual(0.85);
    expect(kappaOf(r, "authority.constraint")).toBeGreaterThanOrEqual(0.85);
    // The achieved values, pinned so that a change to the coder shows here.
    expect(kappaOf(r, "any tool")).toBeCloseTo(0.928, 3);
    expect(kappaOf(r, "authority.promotion")).toBeCloseTo(0.893, 3);
  });

  it("dev-2: the same three at κ ≥ 0.85; themes reported, weaker", () => {
    const r = run("dev-2");
    console.log(formatEvaluation("dictionary coder, dev-2 (development)", r));
    for (const code of ["any tool", "authority.promotion", "authority.constraint"]) expect(kappaOf(r, code)).toBeGreaterThanOrEqual(0.85);
    for (const s of r.scores) if (s.kappaInterval) expect(s.kappaInterval[0]).toBeLessThanOrEqual(s.kappaInterval[1]);
  });

  it("improves on substring matching of the paper's own cue words", () => {
    const set = readEvaluationSet(join(fixtures, "set-1-v2"));
    const base = paperCueBaseline(loadDataset().codebook.tools);
    const naive: CodedUnit[] = set.clauses.map((c) => ({ id: c.id, document: c.document, text: c.clause, tools: [base(c.clause)].filter((x): x is NonNullable<typeof x> => x !== null), themes: [] }));
    const b = evaluateCoding(set.gold, naive, { seed: 1, replicates: 100 });
    const coder = evaluateCoding(set.gold, dictionaryCoding(set.clauses), { seed: 1, replicates: 100 });
    expect(kappaOf(coder, "any tool")! - kappaOf(b, "any tool")!).toBeGreaterThan(0.5);
  });

  it("gives NVivo's character-level view of the same comparison (each document one source)", () => {
    const set = readEvaluationSet(join(fixtures, "set-1-v2"));
    const predicted = dictionaryCoding(set.clauses);
    const sources: { id: string; size: number }[] = [];
    const hand: CodedSpan[] = [];
    const machine: CodedSpan[] = [];
    const offset = new Map<string, number>();
    set.gold.forEach((g, i) => {
      const start = offset.get(g.document) ?? 0;
      const end = start + g.text.length;
      offset.set(g.document, end + 1);
      for (const code of g.tools) hand.push({ source: g.document, code, start, end });
      for (const code of predicted[i].tools) machine.push({ source: g.document, code, start, end });
    });
    for (const [id, next] of offset) sources.push({ id, size: next - 1 });
    const r = codingComparison(sources, hand, machine, { codes: ["authority.promotion", "authority.constraint"] });
    expect(r.byCode[0].kappaWeighted).toBeGreaterThan(0.8);
    expect(r.byCode[1].kappaWeighted).toBeGreaterThan(0.8);
  });
});
