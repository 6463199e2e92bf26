import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dictionaryCoding, evaluateCoding, formatEvaluation, readEvaluationSet, type EvaluationResult } from "../lib/evaluation";

// The frozen test set (tests/fixtures/coding/test-2, FROZEN.md): 305 clauses of 26 documents from 26
// places none of which is in a development set, collected and coded by helpers who never saw the
// coder: two independent codings under MANUAL.md, adjudicated into gold.csv. Frozen before the
// coder first ran on it; never tuned on. These tests state what the coder reaches there, as
// measured, and the targets of issue 12 point 6 that it does not reach yet.
const folder = join(__dirname, "fixtures", "coding", "test-2");
const set = readEvaluationSet(folder);
const kappaOf = (r: EvaluationResult, code: string) => r.scores.find((s) => s.code === code)!;

describe("the frozen test set test-2", () => {
  it("is unchanged since it was frozen (every checksum in FROZEN.md holds)", () => {
    const listed = [...readFileSync(join(folder, "FROZEN.md"), "utf8").matchAll(/^([0-9a-f]{64})  \.\/(.+)$/gm)];
    expect(listed.length).toBe(31); // clauses, two codings, gold, sources and 26 texts
    for (const [, sum, file] of listed) expect(createHash("sha256").update(readFileSync(join(folder, file))).digest("hex"), file).toBe(sum);
  });

  it("has 305 clauses of 26 documents, two independent codings and an adjudicated gold", () => {
    expect(set.clauses).toHaveLength(305);
    expect(new Set(set.clauses.map((c) => c.document)).size).toBe(26);
    expect(Object.keys(set.coders).sort()).toEqual(["coder-a", "coder-b"]);
  });

  it("reports the dictionary coder beside the ceiling of the two human codings, with intervals over documents", () => {
    const r = evaluateCoding(set.gold, dictionaryCoding(set.clauses), { seed: 1, replicates: 2000, independent: [set.coders["coder-a"], set.coders["coder-b"]] });
    console.log(formatEvaluation("dictionary coder, test-2 (frozen, never tuned on)", r));
    const any = kappaOf(r, "any tool");
    // Lexicon 2.3.0 as shipped (README "How good automatic coding is"). The history on this set: 2.0.0,
    // its first and blind run, 0.803 / 0.708 / 0.336; 2.2.0 0.813 / 0.761 / 0.380; 2.1–2.3 were tuned on
    // dev-3 and dev-4 only, after this set's aggregate scores had been seen (its clauses never were).
    expect(any.kappa).toBeCloseTo(0.796, 3);
    expect(kappaOf(r, "authority.promotion").kappa).toBeCloseTo(0.742, 3);
    expect(kappaOf(r, "authority.constraint").kappa).toBeCloseTo(0.380, 3);
    // The humans agree far better: the coder is not at the ceiling.
    expect(any.ceiling!).toBeGreaterThan(0.95);
    expect(kappaOf(r, "authority.promotion").ceiling!).toBeGreaterThan(0.95);
    for (const s of r.scores) if (s.kappaInterval) expect(s.kappaInterval[0]).toBeLessThanOrEqual(s.kappaInterval[1]);
    // Issue 12 point 6, stated as it stands: none of "any tool" (≥ 0.80), authority.promotion (≥ 0.80)
    // and authority.constraint (≥ 0.80) reaches its target yet.
    expect(any.kappa!).toBeLessThan(0.8);
    expect(kappaOf(r, "authority.promotion").kappa!).toBeLessThan(0.8);
  });
});
