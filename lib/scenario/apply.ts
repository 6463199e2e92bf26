import type { CompiledOperation } from "./compiled";

/**
 * Applies one compiled operation to a composition of k slot shares in place: `x[offset …
 * offset + k)`, summing to 1 before and after (closure within 1e-12). `value` is the operation's
 * intensity for this draw; `total` the dimension's observed points (for `add`). Returns true when
 * the draw could not take the full operation (a transfer larger than the source holds in this
 * draw), so the caller can count such draws; the move is then capped at what the source holds.
 *
 * Kernels work in place on typed arrays because they run once per draw; the public API copies.
 *
 * @example
 * const x = Float64Array.of(0.7, 0.3);
 * applyOperation(x, 0, 2, { kind: "transfer", dimension: "tools", from: Int32Array.of(0), to: [{ members: Int32Array.of(1), weight: 1 }], mode: "pp", intensity: 10 }, 10, 2040);
 * // x is now [0.6, 0.4]
 */
export function applyOperation(x: Float64Array, offset: number, k: number, op: CompiledOperation, value: number, total: number): boolean {
  switch (op.kind) {
    case "transfer":
      return transfer(x, offset, op.from, op.to, op.mode === "pp" ? value / 100 : value * sum(x, offset, op.from));
    case "reweight":
      reweight(x, offset, op.node, op.rest, value);
      return false;
    case "set":
      return set(x, offset, op.node, op.rest, value);
    case "toward":
      toward(x, offset, op.children, op.reference, value);
      return false;
    case "add":
      add(x, offset, k, op.node, value, total);
      return false;
  }
}

function sum(x: Float64Array, offset: number, members: Int32Array): number {
  let s = 0;
  for (let i = 0; i < members.length; i++) s += x[offset + members[i]];
  return s;
}

function scale(x: Float64Array, offset: number, members: Int32Array, factor: number): void {
  for (let i = 0; i < members.length; i++) x[offset + members[i]] *= factor;
}

/**
 * Sets a node's slots (holding `held` > 0 in all) to hold `target`, keeping their proportions:
 * x_i ← target · (x_i / held). The ratio x_i / held is at most 1, so a tiny (even subnormal) `held`
 * cannot overflow — `target / held` could (Infinity with `--prior 0.01`, whose draws reach 1e-300).
 */
function rescale(x: Float64Array, offset: number, members: Int32Array, held: number, target: number): void {
  for (let i = 0; i < members.length; i++) x[offset + members[i]] = target * (x[offset + members[i]] / held);
}

/** Gives `amount` to a node's slots in proportion to their shares, evenly if the node holds nothing. */
function give(x: Float64Array, offset: number, members: Int32Array, amount: number): void {
  const held = sum(x, offset, members);
  if (held > 0) rescale(x, offset, members, held, held + amount);
  else for (let i = 0; i < members.length; i++) x[offset + members[i]] += amount / members.length;
}

function transfer(x: Float64Array, offset: number, from: Int32Array, to: Array<{ members: Int32Array; weight: number }>, amount: number): boolean {
  const held = sum(x, offset, from);
  const clipped = amount > held + 1e-15;
  const moved = Math.min(amount, held);
  if (moved <= 0) return clipped;
  rescale(x, offset, from, held, held - moved);
  for (const target of to) give(x, offset, target.members, moved * target.weight);
  return clipped;
}

/** Perturbation within the parent: the node's odds against its siblings × factor; the parent's total is kept. */
function reweight(x: Float64Array, offset: number, node: Int32Array, rest: Int32Array, factor: number): void {
  const own = sum(x, offset, node);
  const others = sum(x, offset, rest);
  if (own <= 0 || others <= 0) return;
  const parent = own + others;
  const c = own / parent;
  const d = factor * c + 1 - c;
  scale(x, offset, node, factor / d);
  scale(x, offset, rest, 1 / d);
}

/** Fixes the node's share of (node + rest); `rest` re-closes proportionally. */
function set(x: Float64Array, offset: number, node: Int32Array, rest: Int32Array, share: number): boolean {
  const own = sum(x, offset, node);
  const others = sum(x, offset, rest);
  const scope = own + others;
  const target = share * scope;
  if (others <= 0 && target < scope) return true; // nothing to re-close against: leave the draw as it is
  if (own > 0) rescale(x, offset, node, own, target);
  else give(x, offset, node, target);
  if (others > 0) rescale(x, offset, rest, others, scope - target);
  return false;
}

/** Geodesic step of the children's conditional mix toward `reference`: C(c^(1−λ) r^λ). */
function toward(x: Float64Array, offset: number, children: Int32Array[], reference: Float64Array, lambda: number): void {
  const held = children.map((members) => sum(x, offset, members));
  const scope = held.reduce((a, b) => a + b, 0);
  if (scope <= 0) return;
  const moved = held.map((h, j) => (lambda === 1 ? reference[j] : Math.pow(h / scope, 1 - lambda) * Math.pow(reference[j], lambda)));
  const norm = moved.reduce((a, b) => a + b, 0);
  children.forEach((members, j) => {
    const want = (moved[j] / norm) * scope;
    if (held[j] > 0) rescale(x, offset, members, held[j], want);
    else give(x, offset, members, want);
  });
}

/** Count-space addition: C(N·x + m·e_node), N the observed total points of the dimension. */
function add(x: Float64Array, offset: number, k: number, node: Int32Array, points: number, total: number): void {
  if (points <= 0) return; // adding nothing leaves the mix as it is (and an empty dimension stays 0/0-free)
  const keep = total / (total + points);
  for (let j = offset; j < offset + k; j++) x[j] *= keep;
  give(x, offset, node, points / (total + points));
}
