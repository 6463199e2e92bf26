import type { Rng } from "../random/prng";
import { synth } from "../messages";
import { shuffle, weightedSample } from "./sample";

/** Infeasible split: what the caller reports with the node's id. */
export class SplitError extends Error {
  override readonly name = "SplitError";
}

/**
 * Splits a node's document set among its children: child i gets a subset of the set with exactly
 * `sizes[i]` documents, and when the node's file count is printed (`cover`), the children's sets
 * together cover the node's set, so the node's files (a union) come out as printed.
 *
 * Possible exactly when every size ≤ |set| and, for a cover, the sizes sum to at least |set|
 * (NVivo files are a union: a parent cannot have more documents than its children together).
 * Each document is first given to one child ("covering" places, spread in proportion to the
 * sizes), then every child is filled up to its size by weighted draws from the rest of the set;
 * the weights carry the regional bias of the synthetic corpus.
 *
 * @example
 * const rng = new Rng(1);
 * splitCover([0, 1, 2, 3], [3, 2], () => 1, true, rng); // [[0, 1, 3], [1, 2]]: sizes 3 and 2, union {0, 1, 2, 3}
 */
export function splitCover(set: readonly number[], sizes: readonly number[], weight: (doc: number, child: number) => number, cover: boolean, rng: Rng): number[][] {
  const total = sizes.reduce((a, b) => a + b, 0);
  const widest = Math.max(0, ...sizes);
  if (widest > set.length) throw new SplitError(synth.childAboveParent(widest, set.length));
  if (cover && total < set.length) throw new SplitError(synth.childrenBelowParent(total, set.length));
  const quota = cover ? coveringQuota(sizes, set.length, total) : sizes.map(() => 0);
  const order = shuffle(set, rng);
  const children: number[][] = [];
  let next = 0;
  sizes.forEach((size, i) => {
    const own = order.slice(next, next + quota[i]);
    next += quota[i];
    const members = new Set(own);
    const rest = set.filter((doc) => !members.has(doc));
    const fill = weightedSample(rest, rest.map((doc) => weight(doc, i)), size - own.length, rng);
    children.push([...own, ...fill].sort((a, b) => a - b));
  });
  return children;
}

/**
 * How many documents each child must cover so that every document of the set is covered once:
 * proportional to the sizes, never above a child's size, summing to `n`. Since the sizes sum to
 * at least `n`, the leftover after rounding down always fits into the children's free room.
 */
function coveringQuota(sizes: readonly number[], n: number, total: number): number[] {
  if (total === 0) return sizes.map(() => 0);
  const quota = sizes.map((size) => Math.floor((size * n) / total));
  let left = n - quota.reduce((a, b) => a + b, 0);
  while (left > 0) {
    for (let i = 0; i < sizes.length && left > 0; i++) {
      if (quota[i] < sizes[i]) {
        quota[i]++;
        left--;
      }
    }
  }
  return quota;
}
