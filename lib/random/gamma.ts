import { normalFrom } from "./normal";
import { uniform, type Rng } from "./prng";
import { internal } from "../messages";

/**
 * A Gamma(shape, 1) variate by Marsaglia & Tsang's squeeze method (2000, "A Simple Method for
 * Generating Gamma Variables", ACM TOMS 26(3)); for shape < 1 it boosts a Gamma(shape + 1) draw by
 * U^(1/shape), as the same paper shows.
 *
 * @example
 * gamma(new Rng(1), 2.5); // a positive number; its mean over many draws is 2.5
 */
export function gamma(rng: Rng, shape: number): number {
  if (!(shape > 0) || !Number.isFinite(shape)) throw new RangeError(internal.gammaShape(shape));
  const boosted = shape < 1;
  const d = (boosted ? shape + 1 : shape) - 1 / 3;
  return gammaFrom(rng.state, d, 1 / Math.sqrt(9 * d), boosted ? 1 / shape : 0);
}

/**
 * The sampler on a raw generator state with precomputed constants d = a − 1/3 and c = 1/√(9d)
 * (a = shape, or shape + 1 when boosting), and `boost` = 1/shape for shape < 1 (0 otherwise).
 * Hot loops (Dirichlet rows) precompute these once per part.
 */
export function gammaFrom(s: Int32Array, d: number, c: number, boost: number): number {
  let g: number;
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normalFrom(s);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = uniform(s);
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
      g = d * v;
      break;
    }
  }
  return boost === 0 ? g : g * Math.pow(uniform(s), boost);
}
