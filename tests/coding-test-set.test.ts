import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dictionaryCoding, evaluateCoding, formatEvaluation, readEvaluationSet, type EvaluationResult } from "../lib/evaluation";

// The frozen test sets (tests/fixtures/coding/test-N, FROZEN.md): documents from places in no development
// set, collected and coded by helpers who never saw the coder: two independent codings under MANUAL.md,
// adjudicated into gold.csv. Each was frozen before the coder first ran on it, and each first run is
// recorded here as measured. test-2 and test-3 were read after their blind runs and lexicon 2.5.0 was
// tuned on them (they are development sets now: their files stay frozen, their scores are no longer
// blind); test-4 was 2.5.0's blind run. These tests state what the coder reaches and the targets of
// issue 12 point 6 that it does not reach.
const folder = join(__dirname, "fixtures", "coding", "test-2");
const checksums = (dir: string) => [...readFileSync(join(dir, "FROZEN.md"), "utf8").matchAll(/^([0-9a-f]{64})  \.\/(.+)$/gm)];
const set = readEvaluationSet(folder);
const kappaOf = (r: EvaluationResult, code: string) => r.scores.find((s) => s.code === code)!;

describe("the frozen test set test-2", () => {
  it("is unchanged since it was frozen (every checksum in FROZEN.md holds)", () => {
    const listed = checksums(folder);
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
    console.log(formatEvaluation("dictionary coder, test-2 (retired into development at lexicon 2.5.0)", r));
    const any = kappaOf(r, "any tool");
    // Lexicon 2.5.0, tuned on this set's disagreements (so not blind). The history: 2.0.0, its first and
    // blind run, 0.803 / 0.708 / 0.336 (any tool / authority.promotion / authority.constraint); 2.2.0
    // 0.813 / 0.761 / 0.380; 2.4.0 0.796 / 0.742 / 0.380.
    expect(any.kappa).toBeCloseTo(0.842, 3);
    expect(kappaOf(r, "authority.promotion").kappa).toBeCloseTo(0.792, 3);
    expect(kappaOf(r, "authority.constraint").kappa).toBeCloseTo(0.897, 3);
    // The humans agree better still: the coder is not at the ceiling.
    expect(any.ceiling!).toBeGreaterThan(0.95);
    expect(kappaOf(r, "authority.promotion").ceiling!).toBeGreaterThan(0.95);
    for (const s of r.scores) if (s.kappaInterval) expect(s.kappaInterval[0]).toBeLessThanOrEqual(s.kappaInterval[1]);
  });
});

// test-3: frozen the same day; lexicon 2.4.0 was its first and only blind run (the README records the
// result), then 2.5.0 was tuned on its disagreements.
describe("the frozen test set test-3", () => {
  const folder3 = join(__dirname, "fixtures", "coding", "test-3");
  const set3 = readEvaluationSet(folder3);

  it("is unchanged since it was frozen", () => {
    const listed = checksums(folder3);
    expect(listed.length).toBe(17); // clauses, two codings, gold, sources and 12 texts
    for (const [, sum, file] of listed) expect(createHash("sha256").update(readFileSync(join(folder3, file))).digest("hex"), file).toBe(sum);
  });

  it("has 140 clauses of 12 documents, and its two human codings agree as they should (no coder involved)", () => {
    expect([set3.clauses.length, new Set(set3.clauses.map((c) => c.document)).size]).toEqual([140, 12]);
    const humans = evaluateCoding(set3.coders["coder-a"], set3.coders["coder-b"], { seed: 1, replicates: 50 });
    expect(kappaOf(humans, "any tool").kappa).toBe(1);
    expect(kappaOf(humans, "authority.promotion").kappa!).toBeGreaterThan(0.85);
  });

  it("gives what lexicon 2.5.0, tuned on it, reaches (2.4.0's blind run: 0.844 / 0.686 / 0.381)", () => {
    const r = evaluateCoding(set3.gold, dictionaryCoding(set3.clauses), { seed: 1, replicates: 2000, independent: [set3.coders["coder-a"], set3.coders["coder-b"]] });
    // The blind run, 2026-12-06 (lexicon 2.4.0): any tool 0.844 [0.73, 0.94], authority.promotion 0.686,
    // authority.constraint 0.381 (7 clauses), land_supply 0.680, land_use 0.642, property_rights 0.902.
    // After tuning on it (2.5.0) the tools rise; the themes, which no 2.5.0 rule touched, stay.
    expect(kappaOf(r, "any tool").kappa).toBeCloseTo(0.937, 3);
    expect(kappaOf(r, "authority.promotion").kappa).toBeCloseTo(0.904, 3);
    expect(kappaOf(r, "authority.constraint").kappa).toBeCloseTo(0.826, 3);
    expect(kappaOf(r, "theme:land_supply").kappa).toBeCloseTo(0.68, 2);
    expect(kappaOf(r, "theme:land_use").kappa).toBeCloseTo(0.642, 3);
  });
});

// test-4: frozen 2026-12-06; lexicon 2.5.0 was its first and only blind run (same day). Its clauses have
// not been read: only these aggregate scores have been seen.
describe("the frozen test set test-4", () => {
  const folder4 = join(__dirname, "fixtures", "coding", "test-4");

  it("is unchanged since it was frozen", () => {
    const listed = checksums(folder4);
    expect(listed.length).toBe(11); // clauses, two codings, gold, sources and 6 texts
    for (const [, sum, file] of listed) expect(createHash("sha256").update(readFileSync(join(folder4, file))).digest("hex"), file).toBe(sum);
  });

  it("has 82 clauses of 6 documents whose places no other set has, and two human codings that agree (no coder involved)", () => {
    const set4 = readEvaluationSet(folder4);
    expect([set4.clauses.length, new Set(set4.clauses.map((c) => c.document)).size]).toEqual([82, 6]);
    const humans = evaluateCoding(set4.coders["coder-a"], set4.coders["coder-b"], { seed: 1, replicates: 50 });
    expect(kappaOf(humans, "any tool").kappa).toBe(1);
    // Places: the `city` column of sources.csv (quoted fields, no quotes inside), compared without 市.
    const cities = (n: string) => readFileSync(join(__dirname, "fixtures", "coding", n, "sources.csv"), "utf8").trim().split("\n").slice(1).map((l) => l.split('","')[7].replace(/市$/, ""));
    const others = new Set(["dev-2", "dev-3", "dev-4", "test-2", "test-3"].flatMap(cities));
    expect(cities("test-4")).toHaveLength(6);
    for (const city of cities("test-4")) expect(others.has(city), city).toBe(false);
  });

  it("gives the blind result of lexicon 2.5.0: no target met on these six documents", () => {
    const set4 = readEvaluationSet(folder4);
    const r = evaluateCoding(set4.gold, dictionaryCoding(set4.clauses), { seed: 1, replicates: 2000, independent: [set4.coders["coder-a"], set4.coders["coder-b"]] });
    // Measured once, blind, 2026-12-06T15:17Z (lexicon 2.5.0; 2.4.0 gives the same on these clauses): any tool
    // 0.67 [0.55, 0.78] with precision 0.69 and recall 0.93 (36 coded, 27 in the gold: the coder over-codes
    // here), authority.promotion 0.62 [0.40, 0.79] (18 clauses), land_use 0.45, operation_supervision 0.60
    // (19 clauses); the humans agree at 1.00 on both tool labels.
    const any = kappaOf(r, "any tool");
    expect(any.kappa).toBeCloseTo(0.67, 2);
    expect([any.precision, any.recall].map((v) => Math.round(v! * 100) / 100)).toEqual([0.69, 0.93]);
    expect(kappaOf(r, "authority.promotion").kappa).toBeCloseTo(0.62, 2);
    expect(kappaOf(r, "theme:land_use").kappa).toBeCloseTo(0.45, 2);
    expect(kappaOf(r, "theme:operation_supervision").kappa).toBeCloseTo(0.60, 2);
    // Issue 12 point 6 on unseen documents, as it stands: neither any tool nor authority.promotion reaches 0.80.
    expect(any.kappa!).toBeLessThan(0.8);
    expect(kappaOf(r, "authority.promotion").kappa!).toBeLessThan(0.8);
    expect(any.ceiling).toBe(1);
  });
});
