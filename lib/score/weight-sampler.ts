import { numerics } from "../messages";
import { normalFrom } from "../random/normal";
import { uniform } from "../random/prng";

/** How weights within bounds were drawn: an exact method, or the MCMC fallback (stated in the report). */
export type WeightMethod = "simplex" | "lower-corner" | "upper-corner" | "box" | "mixed" | "fixed" | "hit-and-run";

/** Proposals tried per method before choosing one; accepting fewer than this many in a pilot sends the sampler to hit-and-run. */
const PILOT = 4000;
const MIN_ACCEPTED = 4;

/**
 * Weight vectors uniform on the simplex cut by a box, {w : Σ w = 1, low ≤ w ≤ high}, written into
 * `out` (n × m, row-major), from the generator state `s`. Returns the method used.
 *
 * With w = low + v the set is {v ≥ 0, Σ v = s, v ≤ c} (s = 1 − Σ low, c = high − low): a simplex
 * cut by caps. Four proposals are each exactly uniform there, so rejection from any of them is an
 * exact uniform sampler; they differ only in acceptance rate, which depends on the bounds:
 *
 * - lower-corner: v = s · Dirichlet(1, …, 1), kept when v ≤ c (good when the lows nearly fill 1);
 * - upper-corner: w = high − y, y = (Σ high − 1) · Dirichlet(1, …, 1), kept when y ≤ c (good when
 *   the highs barely reach 1);
 * - box: v_j uniform on [0, c_j] for every free criterion but the one with the widest range, that
 *   one set to s − Σ, kept when it lies in [0, c] (the map onto the plane Σ v = s is affine, so
 *   uniform on the box's slice; good for narrow boxes of similar width);
 * - mixed: the narrow criteria (range below slack/d) uniform on their box, the wide ones
 *   (t = s − Σ narrow) · Dirichlet(1, …, 1), the narrow draw kept with probability
 *   (t/s)^(wide − 1), the relative volume of the wide criteria's slice, so the joint is flat (good
 *   for a few wide bounds among many narrow ones).
 *
 * A pilot of 4000 proposals per method (from the same stream, so the choice is seeded too) picks
 * the one with the highest acceptance. Only when every method accepts fewer than 4 of 4000 (a
 * sliver of the simplex no proposal finds) does it fall back to hit-and-run (Smith 1984): a Markov
 * chain, uniform in the limit, started at the polytope's centre point v = c · s / Σ c, with a
 * burn-in of 100·d² steps and d² steps between kept draws (d free criteria) — not exact, and
 * reported as such (`forceChain` takes it regardless, for tests). Criteria with low = high are
 * fixed and not sampled.
 *
 * @example
 * const w = new Float64Array(3000);
 * boundedWeights(w, 1000, 3, new Rng(1).state, [[0.3, 0.35], [0.3, 0.35], [0.3, 0.4]]); // "box"
 */
export function boundedWeights(out: Float64Array, n: number, m: number, s: Int32Array, bounds: ReadonlyArray<readonly [number, number]>, forceChain = false): WeightMethod {
  const low = bounds.map((b) => b[0]);
  const high = bounds.map((b) => b[1]);
  const lowSum = low.reduce((a, b) => a + b, 0);
  const highSum = high.reduce((a, b) => a + b, 0);
  if (lowSum > 1 + 1e-9 || highSum < 1 - 1e-9) throw new RangeError(numerics.infeasibleBounds(lowSum, highSum, bounds.map((_, j) => `#${j + 1}`)));
  const free = Int32Array.from(low.flatMap((l, j) => (high[j] > l ? [j] : [])));
  const slack = Math.max(0, 1 - lowSum);
  if (free.length === 0 || slack <= 1e-15 || highSum - 1 <= 1e-15) {
    // A single point: the lows (or highs) already sum to 1.
    const point = slack <= 1e-15 || free.length === 0 ? low : high;
    for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) out[i * m + j] = point[j];
    return "fixed";
  }
  const caps = Array.from(free, (j) => high[j] - low[j]);
  const proposals = proposalsFor(caps, slack, highSum - 1);
  const d = free.length;
  const v = new Float64Array(d);
  let best = -1;
  let bestRate = MIN_ACCEPTED - 1;
  proposals.forEach((propose, p) => {
    let accepted = 0;
    for (let t = 0; t < PILOT; t++) if (propose(s, v)) accepted++;
    if (accepted > bestRate) {
      best = p;
      bestRate = accepted;
    }
  });
  const write = (i: number) => {
    const at = i * m;
    for (let j = 0; j < m; j++) out[at + j] = low[j];
    for (let q = 0; q < d; q++) out[at + free[q]] += v[q];
  };
  if (best < 0 || forceChain) {
    hitAndRun(n, caps, slack, s, v, write);
    return "hit-and-run";
  }
  for (let i = 0; i < n; i++) {
    while (!proposals[best](s, v));
    write(i);
  }
  return (["lower-corner", "upper-corner", "box", "mixed"] as const)[best];
}

type Proposal = (s: Int32Array, v: Float64Array) => boolean;

/** The exact proposals for {v ≥ 0, Σ v = slack, v ≤ caps}; each fills v and says whether to keep it. */
function proposalsFor(caps: number[], slack: number, excess: number): Proposal[] {
  const d = caps.length;
  const widest = caps.indexOf(Math.max(...caps));
  const simplex = (size: number, s: Int32Array, v: Float64Array) => {
    let total = 0;
    for (let q = 0; q < d; q++) total += v[q] = -Math.log(uniform(s));
    for (let q = 0; q < d; q++) v[q] *= size / total;
  };
  const lower: Proposal = (s, v) => {
    simplex(slack, s, v);
    for (let q = 0; q < d; q++) if (v[q] > caps[q]) return false;
    return true;
  };
  const upper: Proposal = (s, v) => {
    simplex(excess, s, v);
    for (let q = 0; q < d; q++) {
      if (v[q] > caps[q]) return false;
      v[q] = caps[q] - v[q]; // w = high − y = low + (c − y)
    }
    return true;
  };
  const box: Proposal = (s, v) => {
    let rest = slack;
    for (let q = 0; q < d; q++) {
      if (q === widest) continue;
      v[q] = caps[q] * uniform(s);
      rest -= v[q];
    }
    v[widest] = rest;
    return rest >= 0 && rest <= caps[widest];
  };
  // Narrow criteria (a range below the even share slack/d) uniform on their box; the wide ones a
  // Dirichlet on what is left, t = slack − Σ narrow. The slice of wide weights has volume ∝ t^(w−1),
  // so keeping the narrow draw with probability (t/slack)^(w−1) makes the joint density flat.
  const wide = caps.flatMap((c, q) => (c >= slack / d ? [q] : []));
  const narrow = caps.flatMap((c, q) => (c >= slack / d ? [] : [q]));
  const mixed: Proposal = (s, v) => {
    let rest = slack;
    for (const q of narrow) rest -= v[q] = caps[q] * uniform(s);
    if (rest < 0 || uniform(s) > Math.pow(rest / slack, wide.length - 1)) return false;
    let total = 0;
    for (const q of wide) total += v[q] = -Math.log(uniform(s));
    for (const q of wide) if ((v[q] *= rest / total) > caps[q]) return false;
    return true;
  };
  return wide.length > 1 && narrow.length > 0 ? [lower, upper, box, mixed] : [lower, upper, box];
}

/** Hit-and-run on {v ≥ 0, Σ v = slack, v ≤ caps}: random directions within the plane, a uniform point on each chord. */
function hitAndRun(n: number, caps: number[], slack: number, s: Int32Array, v: Float64Array, write: (i: number) => void): void {
  const d = caps.length;
  const capSum = caps.reduce((a, b) => a + b, 0);
  for (let q = 0; q < d; q++) v[q] = (caps[q] * slack) / capSum;
  const dir = new Float64Array(d);
  const step = () => {
    let mean = 0;
    for (let q = 0; q < d; q++) mean += dir[q] = normalFrom(s);
    mean /= d;
    let lo = -Infinity;
    let hi = Infinity;
    for (let q = 0; q < d; q++) {
      const e = (dir[q] -= mean);
      if (e > 0) {
        lo = Math.max(lo, -v[q] / e);
        hi = Math.min(hi, (caps[q] - v[q]) / e);
      } else if (e < 0) {
        lo = Math.max(lo, (caps[q] - v[q]) / e);
        hi = Math.min(hi, -v[q] / e);
      }
    }
    const t = lo + (hi - lo) * uniform(s);
    for (let q = 0; q < d; q++) v[q] = Math.min(caps[q], Math.max(0, v[q] + t * dir[q]));
  };
  const thin = Math.max(10, d * d);
  for (let b = 0; b < 100 * thin; b++) step();
  for (let i = 0; i < n; i++) {
    for (let b = 0; b < thin; b++) step();
    write(i);
  }
}
