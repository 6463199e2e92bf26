/**
 * The fused indicator kernel (lib/simulate/indicators.ts toolIndicators: one pass over all draws,
 * shared sums and logs) against the plain definitions, one function per indicator
 * (lib/simulate/indicators-reference.ts), on random codebooks — with and without directions,
 * sub-tools, tools coded directly, a tool named authority or not — and random mixes with zero slots,
 * as baseline and as a scenario against a baseline. Every indicator the kernel gives must be one
 * the plain functions give, and equal to within 1e-12 relative (both NaN where not defined).
 * The plain functions are checked by hand and against numpy in tests/indicators-reference.test.ts.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indexCodebook } from "../lib/dataset/codebook";
import { layoutOf } from "../lib/mix/layout";
import { toolIndicators } from "../lib/simulate/indicators";
import { herfindahl, pielouEvenness, plainToolIndicators, replaceZeros, shannonEntropy } from "../lib/simulate/indicators-reference";

const RUNS = { numRuns: 150, seed: 14_06 };

const label = (id: string) => ({ label_zh: id, label_en: id });

/** A random scheme: 1–6 tools, each with 0–3 sub-tools and maybe coded directly, with directions or not. */
const arbScheme = fc.record({
  directed: fc.boolean(),
  authority: fc.boolean(),
  tools: fc.array(fc.record({ children: fc.nat(3), direct: fc.boolean() }), { minLength: 1, maxLength: 6 }),
});

function schemeOf(s: fc.RecordValue<typeof arbScheme extends fc.Arbitrary<infer T> ? T : never>) {
  const ids = s.tools.map((_, j) => (j === 0 && s.authority ? "authority" : `t${j}`));
  const json = {
    scheme: { id: "random" },
    ...(s.directed ? { directions: [{ id: "promotion", ...label("p") }, { id: "constraint", ...label("c") }] } : {}),
    tools: s.tools.map((t, j) => ({ id: ids[j], ...label(ids[j]), ...(t.children > 0 ? { children: Array.from({ length: t.children }, (_, c) => ({ id: `${ids[j]}.s${c}`, ...label(`s${c}`) })) } : {}) })),
    themes: [{ id: "th", ...label("th") }],
  };
  const codebook = indexCodebook(json, "random.json");
  const direct = new Set(ids.filter((_, j) => s.tools[j].direct));
  return { codebook, layout: layoutOf(codebook, "tools", direct) };
}

/** A mix of k slots with zeros (about a third), summing to 1. */
const arbMix = (k: number) =>
  fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1, noNaN: true })), { minLength: k, maxLength: k }).filter((v) => v.some((x) => x > 0)).map((v) => {
    const sum = v.reduce((a, b) => a + b, 0);
    return v.map((x) => x / sum);
  });

const close = (fused: number, plain: number) => (Number.isNaN(plain) ? Number.isNaN(fused) : Math.abs(fused - plain) <= 1e-12 * Math.max(1, Math.abs(plain)));

describe("the fused indicator kernel equals the plain definitions", () => {
  it("on random codebooks and random mixes with zeros, for a baseline and for a scenario against it", () => {
    fc.assert(
      fc.property(
        arbScheme.chain((s) => {
          const { codebook, layout } = schemeOf(s);
          const k = layout.slots.length;
          const m = codebook.tools.length;
          return fc.record({
            codebook: fc.constant(codebook),
            layout: fc.constant(layout),
            base: arbMix(k),
            mix: arbMix(k),
            reference: fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: m, maxLength: m }),
            points: fc.integer({ min: 1, max: 5000 }),
          });
        }),
        ({ codebook, layout, base, mix, reference, points }) => {
          const ref = Float64Array.from(reference, (r) => r / reference.reduce((a, b) => a + b, 0));
          const baseline = toolIndicators(layout, codebook, ref, Float64Array.from(base), null, 1, points);
          const scenario = toolIndicators(layout, codebook, ref, Float64Array.from(mix), { mix: Float64Array.from(base), logs: baseline.logs }, 1, points).values;
          const plainBase = plainToolIndicators(layout, codebook, [...ref], base, null, points);
          const plainScenario = plainToolIndicators(layout, codebook, [...ref], mix, base, points);
          expect(Object.keys(baseline.values).sort()).toEqual(Object.keys(plainBase).sort());
          for (const [name, values] of Object.entries(baseline.values)) expect(close(values[0], plainBase[name]), `baseline ${name}: fused ${values[0]}, plain ${plainBase[name]}`).toBe(true);
          for (const [name, values] of Object.entries(scenario)) expect(close(values[0], plainScenario[name]), `scenario ${name}: fused ${values[0]}, plain ${plainScenario[name]}`).toBe(true);
        },
      ),
      RUNS,
    );
  });
});

describe("the plain definitions by hand", () => {
  it("entropy, evenness and HHI of an even and a one-tool mix", () => {
    expect(shannonEntropy([0.25, 0.25, 0.25, 0.25])).toBeCloseTo(Math.log(4), 15);
    expect(pielouEvenness([0.25, 0.25, 0.25, 0.25])).toBeCloseTo(1, 15);
    expect(herfindahl([0.25, 0.25, 0.25, 0.25])).toBe(0.25);
    expect(shannonEntropy([1, 0])).toBe(0); // 0 ln 0 = 0
    expect(pielouEvenness([1])).toBeNaN(); // 0/0 with one tool
  });

  it("zero replacement: a zero of 10 slots with N = 100 points becomes 0.0065, the rest scaled to keep the sum 1", () => {
    const replaced = replaceZeros([0, 0.5, 0.5, 0, 0, 0, 0, 0, 0, 0], 100);
    expect(replaced[0]).toBeCloseTo(0.0065, 15);
    expect(replaced[1]).toBeCloseTo(0.5 * (1 - 8 * 0.0065), 15);
    expect(replaced.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
  });
});
