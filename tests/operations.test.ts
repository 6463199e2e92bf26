import { describe, expect, it } from "vitest";
import { aitchisonDistance, closure, geodesic, perturb } from "../lib/mix/compose";
import { applyOperation } from "../lib/scenario/apply";
import type { CompiledOperation } from "../lib/scenario/compiled";

const I = (...v: number[]) => Int32Array.of(...v);
/** Applies an operation to a copy and returns the new composition as a plain array. */
function run(x: number[], op: CompiledOperation, value: number, total = 100) {
  const a = Float64Array.from(x);
  const clipped = applyOperation(a, 0, a.length, op, value, total);
  return { x: Array.from(a), clipped };
}
const near = (a: number[], b: number[]) => a.forEach((v, i) => expect(v).toBeCloseTo(b[i], 12));
const sum = (a: number[]) => a.reduce((s, v) => s + v, 0);

// A four-slot toy: tool A = slots 0 (promotion), 1 (constraint); tool B = slots 2, 3.
const X = [0.4, 0.2, 0.3, 0.1];

describe("transfer", () => {
  it("moves percentage points from a node to destinations, keeping the source's inner split", () => {
    const op: CompiledOperation = { kind: "transfer", dimension: "tools", from: I(0, 1), to: [{ members: I(2), weight: 0.5 }, { members: I(3), weight: 0.5 }], mode: "pp", intensity: 0 };
    // 12 pp out of A (0.6 → 0.48, split 2:1 kept), 6 pp to each of B's slots.
    near(run(X, op, 12).x, [0.32, 0.16, 0.36, 0.16]);
  });
  it("moves a fraction of the source; a destination holding nothing gets an even split", () => {
    const op: CompiledOperation = { kind: "transfer", dimension: "tools", from: I(0), to: [{ members: I(1, 3), weight: 1 }], mode: "fraction", intensity: 0 };
    near(run([0.5, 0, 0.5, 0], op, 0.5).x, [0.25, 0.125, 0.5, 0.125]);
  });
  it("caps a move larger than the source holds and reports the draw as clipped", () => {
    const op: CompiledOperation = { kind: "transfer", dimension: "tools", from: I(3), to: [{ members: I(0), weight: 1 }], mode: "pp", intensity: 0 };
    const out = run(X, op, 25);
    near(out.x, [0.5, 0.2, 0.3, 0]);
    expect(out.clipped).toBe(true);
  });
});

describe("reweight (perturbation within the parent)", () => {
  it("multiplies the node's odds against its siblings and keeps the parent's total", () => {
    const op: CompiledOperation = { kind: "reweight", dimension: "tools", node: I(1), rest: I(0), intensity: 0 };
    // Within A: 0.4 : 0.2 → 0.4 : 0.6 after ×3, closed to A's 0.6: 0.24, 0.36. B untouched.
    near(run(X, op, 3).x, [0.24, 0.36, 0.3, 0.1]);
  });
  it("on top-level nodes is the compositional perturbation C(x ⊙ w)", () => {
    const op: CompiledOperation = { kind: "reweight", dimension: "tools", node: I(2, 3), rest: I(0, 1), intensity: 0 };
    const tools = perturb([0.6, 0.4], [1, 2]);
    const out = run(X, op, 2).x;
    expect(out[0] + out[1]).toBeCloseTo(tools[0], 12);
    expect(out[2] / out[3]).toBeCloseTo(3, 12);
  });
});

describe("set", () => {
  it("fixes a share within the parent; siblings re-close proportionally", () => {
    const op: CompiledOperation = { kind: "set", dimension: "tools", node: I(1), rest: I(0), intensity: 0 };
    near(run(X, op, 0.5).x, [0.3, 0.3, 0.3, 0.1]);
  });
  it("fixes a share of the whole dimension", () => {
    const op: CompiledOperation = { kind: "set", dimension: "tools", node: I(0, 1), rest: I(2, 3), intensity: 0 };
    near(run(X, op, 0.3).x, [0.2, 0.1, 0.525, 0.175]);
  });
});

describe("toward (Aitchison geodesic)", () => {
  it("moves the children's mix λ of the way to the reference: C(c^(1−λ) r^λ)", () => {
    const op: CompiledOperation = { kind: "toward", dimension: "tools", children: [I(0, 1), I(2, 3)], reference: Float64Array.of(0.5, 0.5), intensity: 0 };
    const want = geodesic([0.6, 0.4], [0.5, 0.5], 0.5);
    const out = run(X, op, 0.5).x;
    near([out[0] + out[1], out[2] + out[3]], want);
    expect(out[0] / out[1]).toBeCloseTo(2, 12);
  });
  it("reaches the reference at λ = 1 and keeps the mix at λ = 0", () => {
    const op: CompiledOperation = { kind: "toward", dimension: "tools", children: [I(0, 1), I(2, 3)], reference: Float64Array.of(0.25, 0.75), intensity: 0 };
    const full = run(X, op, 1).x;
    near([full[0] + full[1], full[2] + full[3]], [0.25, 0.75]);
    near(run(X, op, 0).x, X);
  });
});

describe("add (count space)", () => {
  it("adds points to a node with none: C(N·x + m·e)", () => {
    const op: CompiledOperation = { kind: "add", dimension: "tools", node: I(3), intensity: 0 };
    // N = 100 points: counts 40, 20, 40, 0 plus 25 → 40, 20, 40, 25 over 125.
    near(run([0.4, 0.2, 0.4, 0], op, 25, 100).x, [0.32, 0.16, 0.32, 0.2]);
  });
});

describe("every operation keeps the composition closed", () => {
  it.each<[string, CompiledOperation, number]>([
    ["transfer", { kind: "transfer", dimension: "tools", from: I(0), to: [{ members: I(3), weight: 1 }], mode: "pp", intensity: 0 }, 7.3],
    ["reweight", { kind: "reweight", dimension: "tools", node: I(2), rest: I(3), intensity: 0 }, 1.7],
    ["set", { kind: "set", dimension: "tools", node: I(0), rest: I(1, 2, 3), intensity: 0 }, 0.123],
    ["toward", { kind: "toward", dimension: "tools", children: [I(0), I(1), I(2, 3)], reference: Float64Array.of(0.2, 0.3, 0.5), intensity: 0 }, 0.37],
    ["add", { kind: "add", dimension: "tools", node: I(1), intensity: 0 }, 13],
  ])("%s sums to 1 within 1e-12", (_name, op, value) => {
    expect(Math.abs(sum(run([0.1234, 0.2345, 0.3456, 0.2965], op, value, 2040).x) - 1)).toBeLessThan(1e-12);
  });
});

describe("compositional verbs", () => {
  it("closure, perturbation and the Aitchison distance", () => {
    expect(closure([1, 1, 2])).toEqual([0.25, 0.25, 0.5]);
    expect(aitchisonDistance([0.5, 0.5], [0.8, 0.2])).toBeCloseTo(Math.log(4) / Math.SQRT2, 12);
    expect(aitchisonDistance([1, 2, 3], [2, 4, 6])).toBeCloseTo(0, 12);
    expect(() => closure([0, 0])).toThrow("closure needs at least one positive part");
  });
});
