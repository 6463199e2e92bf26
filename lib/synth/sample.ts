/**
 * Sampling primitives for the synthetic corpus, in integer arithmetic only: weights are whole
 * numbers and draws use `Rng.nextInt`, so the same seed picks the same items on every machine and
 * engine (no `Math.log`/`Math.pow`, whose last bits may differ between platforms).
 *
 * @example
 * const rng = new Rng(1);
 * weightedSample([10, 11, 12], [1, 1, 8], 2, rng); // two distinct items, 12 most likely among them
 * shuffle([1, 2, 3], rng);                          // a permutation, the same for seed 1 everywhere
 */
import type { Rng } from "../random/prng";
import { synth } from "../messages";

/** Draws one index with probability weight / total; weights are whole numbers ≥ 0 with a positive sum. */
export function weightedIndex(weights: readonly number[], rng: Rng): number {
  let total = 0;
  for (const w of weights) {
    if (!Number.isInteger(w) || w < 0) throw new Error(synth.badWeight(w));
    total += w;
  }
  if (total <= 0) throw new Error(synth.noWeight);
  let ticket = rng.nextInt(total);
  for (let i = 0; i < weights.length; i++) {
    ticket -= weights[i];
    if (ticket < 0) return i;
  }
  return weights.length - 1; // unreachable: ticket < total
}

/**
 * `k` distinct items drawn without replacement, each draw proportional to the remaining weights
 * (successive sampling). Items of weight 0 are drawn only when nothing else is left, so `k` up to
 * `items.length` always succeeds. Returns the items in draw order.
 */
export function weightedSample<T>(items: readonly T[], weights: readonly number[], k: number, rng: Rng): T[] {
  if (items.length !== weights.length) throw new Error(synth.weightsLength(items.length, weights.length));
  if (!Number.isInteger(k) || k < 0 || k > items.length) throw new Error(synth.sampleSize(k, items.length));
  const pool = items.slice();
  // Weight 0 becomes a tiny positive weight after scaling the others, so it can still fill up k.
  const w = weights.map((x) => (x > 0 ? x * 1000 : 1));
  const chosen: T[] = [];
  while (chosen.length < k) {
    const i = weightedIndex(w, rng);
    chosen.push(pool[i]);
    pool.splice(i, 1);
    w.splice(i, 1);
  }
  return chosen;
}

/** A uniformly random permutation (Fisher–Yates), as a new array. */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.nextInt(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
