/**
 * Compositional data verbs (Aitchison 1986, "The Statistical Analysis of Compositional Data";
 * definitions as in scikit-bio's skbio.stats.composition and R's compositions package).
 * Inputs are plain arrays of non-negative parts; outputs are new arrays (inputs are not changed).
 */
import { internal } from "../messages";

/**
 * Closure: divides parts by their sum so they sum to 1.
 *
 * @example
 * closure([1, 1, 2]); // [0.25, 0.25, 0.5]
 */
export function closure(parts: ArrayLike<number>): number[] {
  let sum = 0;
  for (let i = 0; i < parts.length; i++) {
    if (!(parts[i] >= 0)) throw new RangeError(internal.partsNonNegative("closure", parts[i], i));
    sum += parts[i];
  }
  if (sum === 0) throw new RangeError(internal.noPositivePart);
  return Array.from(parts, (p) => p / sum);
}

/**
 * Centred log-ratio: ln(x_i / g(x)), g the geometric mean. Needs strictly positive parts.
 *
 * @example
 * clr([1, 1]); // [0, 0]
 */
export function clr(parts: ArrayLike<number>): number[] {
  let meanLog = 0;
  for (let i = 0; i < parts.length; i++) {
    if (!(parts[i] > 0)) throw new RangeError(internal.partsPositive("clr", parts[i], i));
    meanLog += Math.log(parts[i]);
  }
  meanLog /= parts.length;
  return Array.from(parts, (p) => Math.log(p) - meanLog);
}

/**
 * Aitchison distance: the Euclidean distance between clr vectors; invariant to scale, so counts
 * and shares give the same value.
 *
 * @example
 * aitchisonDistance([0.5, 0.5], [0.8, 0.2]); // ln(4)/√2 ≈ 0.9803
 */
export function aitchisonDistance(x: ArrayLike<number>, y: ArrayLike<number>): number {
  if (x.length !== y.length) throw new RangeError(internal.equalLength("aitchisonDistance", x.length, y.length));
  const a = clr(x);
  const b = clr(y);
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] - b[i]) ** 2;
  return Math.sqrt(sum);
}

/**
 * Perturbation x ⊕ y = C(x_1 y_1, …, x_D y_D): the compositional "shift".
 *
 * @example
 * perturb([0.5, 0.5], [3, 1]); // [0.75, 0.25]
 */
export function perturb(x: ArrayLike<number>, y: ArrayLike<number>): number[] {
  if (x.length !== y.length) throw new RangeError(internal.equalLength("perturb", x.length, y.length));
  return closure(Array.from(x, (v, i) => v * y[i]));
}

/**
 * The point a fraction λ along the Aitchison geodesic from x to r: C(x^(1−λ) r^λ).
 * λ = 0 gives x, λ = 1 gives r. A zero part of x stays zero for λ < 1 (geodesics cannot create mass).
 *
 * @example
 * geodesic([0.8, 0.2], [0.5, 0.5], 0.5); // [2/3, 1/3]
 */
export function geodesic(x: ArrayLike<number>, r: ArrayLike<number>, lambda: number): number[] {
  if (x.length !== r.length) throw new RangeError(internal.equalLength("geodesic", x.length, r.length));
  if (!(lambda >= 0 && lambda <= 1)) throw new RangeError(internal.lambda(lambda));
  return closure(Array.from(x, (v, i) => (lambda === 1 ? r[i] : Math.pow(v, 1 - lambda) * Math.pow(r[i], lambda))));
}
