/**
 * Krippendorff's alpha for nominal data: any number of coders, missing values allowed.
 *
 * The input is Krippendorff's reliability data matrix: one row per coder, one column per unit, a
 * value or a missing value (null, undefined or NaN) in each cell. Units with fewer than two values
 * are not pairable and drop out. From the coincidence matrix o_ck (each unit with m_u values adds
 * 1/(m_u − 1) for every ordered pair of its values), with n_c = Σ_k o_ck and n = Σ_c n_c:
 *
 *   α = 1 − D_o / D_e = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c · n_k
 *
 * α is 0/0 when every pairable value is the same (D_e = 0): reported as NaN with a note, as is a
 * matrix with no pairable unit.
 *
 * Reference: Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. University of
 * Pennsylvania, Annenberg School for Communication, Departmental Papers 43
 * (repository.upenn.edu/asc_papers/43), section C, "Nominal data, any number of observers,
 * missing data": 4 observers × 12 units, α_nominal = 0.743.
 *
 * @example
 * krippendorffAlpha([
 *   [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
 *   [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
 *   [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
 *   [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
 * ]).alpha; // 0.7434…  (Krippendorff 2011: 0.743)
 */
import { agreement as text } from "../messages";

/** A coded value; null, undefined or NaN is a missing value. */
export type AlphaValue = string | number | null | undefined;

/** Alpha with its parts. */
export interface AlphaResult {
  /** Krippendorff's alpha; NaN when undefined (see note). */
  alpha: number;
  /** Observed disagreement D_o (share of pairable values in disagreeing pairs). */
  observedDisagreement: number;
  /** Expected disagreement D_e. */
  expectedDisagreement: number;
  /** Pairable values n (values in units with at least two values). */
  pairable: number;
  /** Units with at least two values. */
  units: number;
  /** Coincidence matrix o_ck keyed by value (String(value)). */
  coincidences: Map<string, Map<string, number>>;
  note?: string;
}

function missing(v: AlphaValue): v is null | undefined {
  return v === null || v === undefined || (typeof v === "number" && Number.isNaN(v));
}

/**
 * Nominal alpha of a coders × units matrix.
 *
 * @example
 * krippendorffAlpha([["a", "b", null], ["a", "b", "b"]]).alpha; // 1 (the third unit has one value and drops out)
 */
export function krippendorffAlpha(data: readonly (readonly AlphaValue[])[]): AlphaResult {
  if (data.length < 2) throw new RangeError(text.fewCoders(data.length));
  const unitsTotal = data[0].length;
  data.forEach((row, i) => {
    if (row.length !== unitsTotal) throw new RangeError(text.raggedMatrix(i, row.length, unitsTotal));
  });
  if (unitsTotal === 0) throw new RangeError(text.empty("krippendorffAlpha"));
  const o = new Map<string, Map<string, number>>();
  const add = (c: string, k: string, w: number) => {
    let row = o.get(c);
    if (!row) o.set(c, (row = new Map()));
    row.set(k, (row.get(k) ?? 0) + w);
  };
  let units = 0;
  for (let u = 0; u < unitsTotal; u++) {
    const values = data.map((row) => row[u]).filter((v) => !missing(v)).map(String);
    const m = values.length;
    if (m < 2) continue;
    units++;
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) if (i !== j) add(values[i], values[j], 1 / (m - 1));
  }
  const marginal = new Map<string, number>();
  let n = 0;
  let disagreeing = 0;
  for (const [c, row] of o) {
    for (const [k, w] of row) {
      marginal.set(c, (marginal.get(c) ?? 0) + w);
      n += w;
      if (c !== k) disagreeing += w;
    }
  }
  const base = { pairable: n, units, coincidences: o };
  if (units === 0) return { alpha: NaN, observedDisagreement: NaN, expectedDisagreement: NaN, ...base, note: text.noPairs };
  let chancePairs = 0;
  for (const [c, nc] of marginal) for (const [k, nk] of marginal) if (c !== k) chancePairs += nc * nk;
  const observedDisagreement = disagreeing / n;
  const expectedDisagreement = chancePairs / (n * (n - 1));
  if (chancePairs === 0) return { alpha: NaN, observedDisagreement, expectedDisagreement, ...base, note: text.noVariationAlpha };
  return { alpha: 1 - ((n - 1) * disagreeing) / chancePairs, observedDisagreement, expectedDisagreement, ...base };
}
