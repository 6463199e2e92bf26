import type { BaselineCounts } from "../mix/baseline";
import { dirichlet } from "../random/dirichlet";
import { uniform, type Rng } from "../random/prng";
import type { UncertaintyModel } from "./types";
import { internal } from "../messages";

/**
 * Draws of the baseline mix (draws × slots, row-major, rows summing to 1), and how they were made.
 *
 * - Aggregate counts: the Dirichlet posterior of the shares, Dirichlet(counts / deff + prior).
 *   The prior (default 0.5, Jeffreys) gives a zero count — learning-constraint in Table 2 — a
 *   small positive share rather than none; the design effect deff = 1 + (m̄ − 1)·ICC widens the
 *   intervals for points clustered in documents (m̄ ≈ 30 points per document in the paper).
 * - Document-level counts: a Bayesian bootstrap over documents (Rubin 1981): each draw weights
 *   the documents by Dirichlet(1, …, 1) and pools their points. No prior: a slot no document
 *   codes stays at zero.
 *
 * @example
 * const { draws } = baselineDraws(baselineCounts(paper, "tools"), 1000, new Rng(1), 0.5, 1);
 * draws.length; // 10 000
 */
export function baselineDraws(baseline: BaselineCounts, n: number, rng: Rng, prior: number, designEffect: number): { draws: Float64Array; model: UncertaintyModel } {
  if (!(prior > 0)) throw new RangeError(internal.prior(prior));
  if (!(designEffect >= 1)) throw new RangeError(internal.designEffect(designEffect));
  if (baseline.documents) {
    return { draws: bayesianBootstrap(baseline.documents.matrix, baseline.layout.slots.length, n, rng), model: { method: "bayesian-bootstrap", prior: null, designEffect: null, documents: baseline.documents.ids.length } };
  }
  const alpha = Array.from(baseline.counts, (c) => c / designEffect + prior);
  return { draws: dirichlet(rng, alpha, n), model: { method: "dirichlet", prior, designEffect, documents: null } };
}

/** Pooled shares under Dirichlet(1, …, 1) document weights (exponential variates, normalised). */
function bayesianBootstrap(matrix: Float64Array, k: number, n: number, rng: Rng): Float64Array {
  const docs = matrix.length / k;
  if (docs < 1) throw new RangeError(internal.noDocuments);
  const out = new Float64Array(n * k);
  const s = rng.state;
  for (let i = 0, at = 0; i < n; i++, at += k) {
    let total = 0;
    for (let d = 0; d < docs; d++) {
      const w = -Math.log(uniform(s));
      const row = d * k;
      for (let j = 0; j < k; j++) out[at + j] += w * matrix[row + j];
    }
    for (let j = 0; j < k; j++) total += out[at + j];
    const inv = total > 0 ? 1 / total : 0;
    for (let j = 0; j < k; j++) out[at + j] *= inv;
  }
  return out;
}
