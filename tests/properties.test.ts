/**
 * Property-based tests (fast-check) of lib/mix, lib/simulate and lib/score over random tool sets,
 * random count tables with zeros and random scenarios: every summary finite or explicitly not
 * defined, shares closed to 1 within 1e-12, the same seed the same bytes, scores in [0, 100].
 * Seeds are fixed so a failure reproduces; fast-check prints the counterexample.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { IndexedCodebook } from "../lib/dataset/types";
import type { BaselineCounts } from "../lib/mix/baseline";
import type { DimensionLayout } from "../lib/mix/layout";
import { Rng } from "../lib/random/prng";
import { applyOperation } from "../lib/scenario/apply";
import type { CompiledOperation } from "../lib/scenario/compiled";
import { scorecards } from "../lib/score/scorecard";
import { smaa } from "../lib/score/smaa";
import type { Catalogue } from "../lib/score/types";
import { sampleWeights } from "../lib/score/weights";
import { baselineDraws } from "../lib/simulate/draws";
import { toolIndicators, undefinedReason } from "../lib/simulate/indicators";
import { summarize } from "../lib/simulate/summary";
import type { ScenarioResult } from "../lib/simulate/types";

const RUNS = { numRuns: 60, seed: 20251 };

/** A random tool set: m tools, each with a promotion and a constraint cell (slots 2j, 2j + 1). */
function toolSet(m: number): { layout: DimensionLayout; codebook: IndexedCodebook } {
  const ids = Array.from({ length: m }, (_, j) => `t${j}`);
  const members = new Map<string, Int32Array>();
  ids.forEach((t, j) => {
    members.set(t, Int32Array.of(2 * j, 2 * j + 1));
    members.set(`${t}.promotion`, Int32Array.of(2 * j));
    members.set(`${t}.constraint`, Int32Array.of(2 * j + 1));
  });
  members.set("tools", Int32Array.from({ length: 2 * m }, (_, i) => i));
  const slots = ids.flatMap((t) => [`${t}.promotion`, `${t}.constraint`]);
  return { layout: { dimension: "tools", slots, members }, codebook: { tools: ids.map((id) => ({ id })) } as unknown as IndexedCodebook };
}

/** Counts with many zeros (a third of the cells), at least one positive. */
const countTable = (m: number) =>
  fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2000 })), { minLength: 2 * m, maxLength: 2 * m }).filter((c) => c.some((x) => x > 0));

/** A random operation on a tool set of m tools, with its intensity. */
const operation = (m: number): fc.Arbitrary<[CompiledOperation, number]> => {
  const tool = fc.integer({ min: 0, max: m - 1 });
  const cell = fc.integer({ min: 0, max: 2 * m - 1 });
  return fc.oneof(
    fc.tuple(cell, cell, fc.double({ min: 0, max: 1, noNaN: true })).filter(([a, b]) => a !== b).map(([a, b, v]): [CompiledOperation, number] => [{ kind: "transfer", dimension: "tools", from: Int32Array.of(a), to: [{ members: Int32Array.of(b), weight: 1 }], mode: "fraction", intensity: v }, v]),
    fc.tuple(cell, cell, fc.double({ min: 0, max: 100, noNaN: true })).filter(([a, b]) => a !== b).map(([a, b, v]): [CompiledOperation, number] => [{ kind: "transfer", dimension: "tools", from: Int32Array.of(a), to: [{ members: Int32Array.of(b), weight: 1 }], mode: "pp", intensity: v }, v]),
    fc.tuple(tool, fc.double({ min: 0, max: 1, noNaN: true })).map(([t, v]): [CompiledOperation, number] => [{ kind: "set", dimension: "tools", node: Int32Array.of(2 * t, 2 * t + 1), rest: Int32Array.from({ length: 2 * m }, (_, i) => i).filter((i) => i >> 1 !== t), intensity: v }, v]),
    fc.tuple(tool, fc.double({ min: 0.01, max: 100, noNaN: true })).map(([t, v]): [CompiledOperation, number] => [{ kind: "reweight", dimension: "tools", node: Int32Array.of(2 * t, 2 * t + 1), rest: Int32Array.from({ length: 2 * m }, (_, i) => i).filter((i) => i >> 1 !== t), intensity: v }, v]),
    fc.tuple(cell, fc.double({ min: 0, max: 500, noNaN: true })).map(([c, v]): [CompiledOperation, number] => [{ kind: "add", dimension: "tools", node: Int32Array.of(c), intensity: v }, v]),
    fc.double({ min: 0, max: 1, noNaN: true }).map((v): [CompiledOperation, number] => [{ kind: "toward", dimension: "tools", children: Array.from({ length: m }, (_, j) => Int32Array.of(2 * j, 2 * j + 1)), reference: new Float64Array(m).fill(1 / m), intensity: v }, v]),
  );
};

const world = fc.integer({ min: 1, max: 6 }).chain((m) =>
  fc.record({
    m: fc.constant(m),
    counts: countTable(m),
    prior: fc.oneof(fc.constant(0.5), fc.double({ min: 1e-3, max: 2, noNaN: true })),
    ops: fc.array(operation(m), { maxLength: 4 }),
    seed: fc.integer({ min: 0, max: 0xffffffff }),
  }),
);

function closedAndFinite(x: Float64Array, k: number): void {
  for (let at = 0; at < x.length; at += k) {
    let sum = 0;
    for (let j = 0; j < k; j++) {
      expect(Number.isFinite(x[at + j]) && x[at + j] >= 0, `cell ${j}: ${x[at + j]}`).toBe(true);
      sum += x[at + j];
    }
    expect(Math.abs(sum - 1)).toBeLessThan(1e-12);
  }
}

describe("random tool sets, count tables with zeros and scenarios", () => {
  it("keep every draw closed to 1 within 1e-12, before and after the operations, and every indicator finite or explained", () => {
    fc.assert(
      fc.property(world, ({ m, counts, prior, ops, seed }) => {
        const { layout, codebook } = toolSet(m);
        const k = 2 * m;
        const total = counts.reduce((a, b) => a + b, 0);
        const baseline: BaselineCounts = { layout, counts: Float64Array.from(counts), total };
        const n = 50;
        const { draws } = baselineDraws(baseline, n, new Rng(seed), prior, 1);
        closedAndFinite(draws, k);
        const mix = Float64Array.from(draws);
        for (let i = 0; i < n; i++) for (const [op, value] of ops) applyOperation(mix, i * k, k, op, value, total);
        closedAndFinite(mix, k);
        const reference = new Float64Array(m).fill(1 / m);
        const base = toolIndicators(layout, codebook, reference, draws, null, n, total);
        const after = toolIndicators(layout, codebook, reference, mix, { mix: draws, logs: base.logs }, n, total);
        for (const values of [base.values, after.values]) {
          for (const [name, v] of Object.entries(values)) {
            const s = summarize(v, undefinedReason(name));
            if (s.notDefined !== undefined) expect(name.startsWith("promotion.") || (name === "evenness" && m === 1), `${name}: ${s.notDefined}`).toBe(true);
            else expect([s.mean, s.median, s.q025, s.q975].every(Number.isFinite), name).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it("keep mixes with zero and subnormal cells closed and finite under any operation (no overflow)", () => {
    const tiny = fc.oneof(fc.constant(0), fc.constant(5e-324), fc.constant(1e-310), fc.double({ min: 1e-300, max: 1, noNaN: true }));
    const mixes = fc.integer({ min: 1, max: 6 }).chain((m) => fc.record({ m: fc.constant(m), parts: fc.array(tiny, { minLength: 2 * m, maxLength: 2 * m }), ops: fc.array(operation(m), { minLength: 1, maxLength: 4 }) }));
    fc.assert(
      fc.property(mixes, ({ m, parts, ops }) => {
        const sum = parts.reduce((a, b) => a + b, 0);
        fc.pre(sum > 0.5);
        const x = Float64Array.from(parts, (p) => p / sum);
        for (const [op, value] of ops) applyOperation(x, 0, 2 * m, op, value, 2040);
        closedAndFinite(x, 2 * m);
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it("give the same bytes for the same seed", () => {
    fc.assert(
      fc.property(world, ({ m, counts, prior, seed }) => {
        const { layout } = toolSet(m);
        const baseline: BaselineCounts = { layout, counts: Float64Array.from(counts), total: counts.reduce((a, b) => a + b, 0) };
        const a = baselineDraws(baseline, 20, new Rng(seed), prior, 1).draws;
        const b = baselineDraws(baseline, 20, new Rng(seed), prior, 1).draws;
        expect(Buffer.from(a.buffer).equals(Buffer.from(b.buffer))).toBe(true);
      }),
      RUNS,
    );
  });
});

describe("random criteria values (some not defined) and weights", () => {
  const criteria = fc.integer({ min: 1, max: 5 });
  const input = criteria.chain((c) =>
    fc.record({
      c: fc.constant(c),
      scenarios: fc.integer({ min: 1, max: 4 }),
      values: fc.array(fc.oneof(fc.double({ min: -1, max: 2, noNaN: true }), fc.constant(NaN)), { minLength: 4 * c * 2 * 6, maxLength: 4 * c * 2 * 6 }),
      weights: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: c, maxLength: c }).filter((w) => w.some((x) => x > 0)),
      seed: fc.integer({ min: 0, max: 1000 }),
    }),
  );

  it("score within [0, 100] or say not defined; SMAA acceptabilities are finite and sum to 1", () => {
    fc.assert(
      fc.property(input, ({ c, scenarios, values, weights, seed }) => {
        const n = 6;
        const catalogue: Catalogue = {
          file: "p.json",
          version: "p",
          marks: { pass: 70, partial: 30 },
          recommendations: [],
          criteria: Array.from({ length: c }, (_, j) => ({ id: `c${j}`, label: "", indicator: `i${j}`, direction: "increase" as const, cutoffs: [0, 1], values: [0, 1], weight: 1, reasoning: "", recommendation: "r", section: "3.1" })),
        };
        let next = 0;
        const draws = () => Object.fromEntries(Array.from({ length: c }, (_, j) => [`i${j}`, Float64Array.from({ length: n }, () => values[next++])]));
        const results = Array.from({ length: scenarios }, (_, s) => ({ id: `s${s}`, title: "", seed: 1, draws: n, hash: "h", clippedDraws: 0, scenarioDraws: draws(), baselineDraws: draws() }) as unknown as ScenarioResult);
        const total = weights.reduce((a, b) => a + b, 0);
        const { cards, values: v } = scorecards(results, catalogue, Float64Array.from(weights, (w) => w / total));
        for (const card of cards) {
          if (card.pBeatsBaseline === null) expect(card.overall.notDefined).toBeDefined();
          else {
            expect(card.overall.q025).toBeGreaterThanOrEqual(0);
            expect(card.overall.q975).toBeLessThanOrEqual(100);
            expect(card.pBeatsBaseline).toBeGreaterThanOrEqual(0);
            expect(card.pBeatsBaseline).toBeLessThanOrEqual(1);
          }
          for (const cr of card.criteria) {
            if (cr.notDefined !== undefined) expect(cr.mark).toBe("not defined");
            else expect(cr.score.q025 >= 0 && cr.score.q975 <= 100).toBe(true);
          }
        }
        const result = smaa(v, sampleWeights(40, c, new Rng(seed)), cards.map((x) => x.scenario), catalogue.criteria.map((x) => x.id));
        for (const row of result.rankAcceptability) {
          expect(row.every(Number.isFinite)).toBe(true);
          expect(Math.abs(row.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
        }
        for (const cw of result.centralWeights) if (cw) expect(cw.every(Number.isFinite)).toBe(true);
      }),
      RUNS,
    );
  });

  it("sample weights within any feasible bounds: closed within 1e-12 and inside the box", () => {
    const bounds = fc.integer({ min: 2, max: 8 }).chain((m) => fc.array(fc.tuple(fc.double({ min: 0, max: 0.5, noNaN: true }), fc.double({ min: 0, max: 0.5, noNaN: true })), { minLength: m, maxLength: m }));
    fc.assert(
      fc.property(bounds, fc.integer({ min: 0, max: 1000 }), (pairs, seed) => {
        const box = pairs.map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]);
        const low = box.reduce((s, b) => s + b[0], 0);
        const high = box.reduce((s, b) => s + b[1], 0);
        fc.pre(low <= 1 && high >= 1);
        const m = box.length;
        const w = sampleWeights(30, m, new Rng(seed), box);
        for (let i = 0; i < w.length; i += m) {
          const row = w.subarray(i, i + m);
          expect(Math.abs(row.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
          row.forEach((x, j) => expect(x >= box[j][0] - 1e-12 && x <= box[j][1] + 1e-12, `${x} in ${box[j]}`).toBe(true));
        }
      }),
      { numRuns: 40, seed: 7 },
    );
  });
});
