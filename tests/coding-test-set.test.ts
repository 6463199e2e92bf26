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
    console.log(formatEvaluation("dictionary coder, test-2 (frozen; clauses never read)", r));
    const any = kappaOf(r, "any tool");
    // Lexicon 2.4.0 (as 2.3.0 on tools; README "How good automatic coding is"). The history on this set: 2.0.0,
    // its first and blind run, 0.803 / 0.708 / 0.336; 2.2.0 0.813 / 0.761 / 0.380; 2.1–2.3 were tuned on
    // dev-3 and dev-4 only, 2.4.0 on all four development sets, after this set's aggregate scores had been
    // seen (its clauses never were).
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

// test-3: frozen the same day, never tuned on; lexicon 2.4.0 was its first and only blind run (the
// README records the result). Its clauses have not been read since.
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

  it("gives the blind result of lexicon 2.4.0: any tool met, the authority cells and two themes not", () => {
    const r = evaluateCoding(set3.gold, dictionaryCoding(set3.clauses), { seed: 1, replicates: 2000, independent: [set3.coders["coder-a"], set3.coders["coder-b"]] });
    // Measured once, blind, 2026-12-06 (lexicon 2.4.0): any tool 0.844 [0.73, 0.94], authority.promotion
    // 0.686, authority.constraint 0.381 (7 clauses), land_supply 0.680, land_use 0.642, property_rights 0.902.
    expect(kappaOf(r, "any tool").kappa).toBeCloseTo(0.844, 3);
    expect(kappaOf(r, "authority.promotion").kappa).toBeCloseTo(0.686, 3);
    expect(kappaOf(r, "authority.constraint").kappa).toBeCloseTo(0.381, 3);
    expect(kappaOf(r, "theme:land_supply").kappa).toBeCloseTo(0.68, 2);
    expect(kappaOf(r, "theme:land_use").kappa).toBeCloseTo(0.642, 3);
    // Issue 12 point 6 as it stands on unseen documents: any tool ≥ 0.80 holds; authority.promotion does not.
    expect(kappaOf(r, "any tool").kappa!).toBeGreaterThanOrEqual(0.8);
    expect(kappaOf(r, "authority.promotion").kappa!).toBeLessThan(0.8);
  });
});

// test-4: frozen 2026-12-06 and never run by any coder of the kit — the blind test of the lexicon
// after 2.4.0. These tests read only its files and its two human codings; they must never code it.
describe("the frozen test set test-4 (not yet run)", () => {
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
});
