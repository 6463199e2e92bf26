import { foundText } from "../io/json-schema";
import { InputError, IssueCollector } from "../errors";
import { readJson } from "../dataset/load";
import { numerics, scoreExpected } from "../messages";
import { uniform, type Rng } from "../random/prng";
import { checkSchema } from "../io/json-schema";
import type { WeightsFile } from "./catalogue-file";
import type { Catalogue } from "./types";
import { boundedWeights } from "./weight-sampler";

/** A user's weights: fixed weights for scorecards and/or bounds on each weight for SMAA. */
export interface WeightSpec {
  /** Weight per criterion id, in catalogue order (missing ids are 0). */
  weights: Float64Array;
  /** [low, high] per criterion for SMAA weight draws; undefined means the whole simplex. */
  bounds?: Array<[number, number]>;
}

/** The catalogue's default weights, normalised to sum to 1. */
export function defaultWeights(catalogue: Catalogue): Float64Array {
  const total = catalogue.criteria.reduce((s, c) => s + c.weight, 0);
  return Float64Array.from(catalogue.criteria, (c) => c.weight / total);
}

/**
 * Reads a weights file: `{"weights": {criterion: w, …}}` (non-negative, summing to 1; criteria not
 * named get 0) and/or `{"bounds": {criterion: [low, high], …}}` for SMAA. Unknown criteria,
 * negative weights, weights not summing to 1 and impossible bounds are errors naming the file,
 * the field and the value.
 *
 * @example
 * parseWeights({ weights: { "authority-share": 0.5, "incentive-promotion": 0.5 } }, "w.json", catalogue).weights;
 */
export function parseWeights(json: unknown, file: string, catalogue: Catalogue): WeightSpec {
  const ids = catalogue.criteria.map((c) => c.id);
  const issues = new IssueCollector();
  const at = (field: string, found: unknown, expected: string) => issues.add({ file, field, found: foundText(found), expected });
  const spec = json as WeightsFile;
  if (typeof spec !== "object" || spec === null || Array.isArray(spec) || (spec.weights === undefined && spec.bounds === undefined)) throw new InputError([{ file, found: foundText(json), expected: scoreExpected.weightsObject }]);
  // The shape (schemas/weights.schema.json) before the values: weights is an object of numbers, never null.
  checkSchema(json, "weights", file);
  let weights = defaultWeights(catalogue);
  if (spec.weights !== undefined) {
    weights = new Float64Array(ids.length);
    for (const [id, w] of Object.entries(spec.weights)) {
      const i = ids.indexOf(id);
      if (i < 0) at(`weights.${id}`, id, scoreExpected.knownCriterion(ids));
      else if (!(Number.isFinite(w) && w >= 0)) at(`weights.${id}`, w, scoreExpected.nonNegativeWeight);
      else weights[i] = w;
    }
    const sum = Object.values(spec.weights).reduce<number>((s, w) => s + (typeof w === "number" ? w : 0), 0);
    if (Math.abs(sum - 1) > 1e-6) at("weights", spec.weights, scoreExpected.weightsSumToOne(+sum.toFixed(6)));
  }
  let bounds: Array<[number, number]> | undefined;
  if (spec.bounds !== undefined) {
    bounds = ids.map(() => [0, 1] as [number, number]);
    for (const [id, b] of Object.entries(spec.bounds)) {
      const i = ids.indexOf(id);
      const ok = Array.isArray(b) && b.length === 2 && b.every((x) => Number.isFinite(x)) && 0 <= b[0] && b[0] <= b[1] && b[1] <= 1;
      if (i < 0) at(`bounds.${id}`, id, scoreExpected.knownCriterion(ids));
      else if (!ok) at(`bounds.${id}`, b, scoreExpected.bounds);
      else bounds[i] = [b[0], b[1]];
    }
    const low = bounds.reduce((s, b) => s + b[0], 0);
    const high = bounds.reduce((s, b) => s + b[1], 0);
    // Infeasible bounds name the criteria that make them so: the bounded ones (an unbounded criterion spans 0–1).
    const named = Object.keys(spec.bounds).filter((id) => ids.includes(id));
    if (low > 1 + 1e-9 || high < 1 - 1e-9) at("bounds", spec.bounds, numerics.infeasibleBounds(low, high, named));
  }
  issues.throwIfAny();
  return { weights, bounds };
}

/** Reads and checks a weights file; see {@link parseWeights}. */
export function loadWeights(file: string, catalogue: Catalogue): WeightSpec {
  return parseWeights(readJson(file), file, catalogue);
}

/**
 * `n` weight vectors (n × m, row-major) uniform on the simplex — normalised exponential variates,
 * i.e. Dirichlet(1, …, 1) (as hitandrun::simplex.sample) — or, with `bounds`, uniform on the
 * simplex cut by the box low ≤ w ≤ high, sampled exactly however narrow the bounds (see
 * {@link boundedWeights}: exact rejection from the best of three proposals, hit-and-run only for
 * a sliver no proposal finds). Infeasible bounds (lows summing above 1 or highs below 1) throw;
 * {@link parseWeights} reports them to the user first, naming the criteria.
 *
 * @example
 * sampleWeights(1000, 3, new Rng(1)).length; // 3000, each row summing to 1
 */
export function sampleWeights(n: number, m: number, rng: Rng, bounds?: ReadonlyArray<readonly [number, number]>): Float64Array {
  const out = new Float64Array(n * m);
  const s = rng.state;
  if (bounds && bounds.some((b) => b[0] > 0 || b[1] < 1)) {
    boundedWeights(out, n, m, s, bounds);
    return out;
  }
  for (let i = 0, at = 0; i < n; i++, at += m) {
    let total = 0;
    for (let j = 0; j < m; j++) {
      const e = -Math.log(uniform(s));
      out[at + j] = e;
      total += e;
    }
    for (let j = 0; j < m; j++) out[at + j] /= total;
  }
  return out;
}
