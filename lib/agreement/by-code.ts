/**
 * Agreement per code at the level of whole units (clauses, documents): for every code, each unit
 * is "coded" or "not coded" by each coder, and the 2 × 2 table gives percent agreement and Cohen's
 * kappa. This is how a hand-coded sample is compared with a machine coder clause by clause, and the
 * unit-level counterpart of NVivo's character-level Coding Comparison (./nvivo.ts).
 *
 * A unit may carry no code (null or an empty list), one code (a string) or several (a list).
 * Kappa follows ./cohen.ts: NaN with a note when neither coder varies (for example a code that
 * neither coder ever used), never a silent 1.
 *
 * Reference: Cohen (1960), see ./cohen.ts; NVivo 12 help, "Run a Coding Comparison query"
 * (percent agreement = "A and B" + "Not A and Not B"), shared/reference/qda-formats.md §2.5.
 *
 * @example
 * const a = ["authority.promotion", null, "incentive.promotion"];
 * const b = ["authority.promotion", null, null];
 * agreementByCode(a, b, { unit: "clause" })[0]; // { code: "authority.promotion", both: 1, neither: 2, agreement: 1, kappa: 1, … }
 */
import { agreement as text } from "../messages";
import { kappaFromTable } from "./cohen";

/** The codes of one unit: none, one, or several. */
export type UnitCodes = string | null | undefined | readonly string[];

/** Agreement of two coders on one code over all units. */
export interface CodeAgreement {
  code: string;
  /** What one unit is (clause, document …). */
  unit: string;
  /** Units compared. */
  n: number;
  /** Units both coders coded at the code. */
  both: number;
  /** Units neither coded at the code. */
  neither: number;
  onlyA: number;
  onlyB: number;
  /** (both + neither) / n, a proportion 0–1. */
  agreement: number;
  /** Cohen's kappa of the 2 × 2 table; NaN when undefined (see note). */
  kappa: number;
  note?: string;
}

function codesOf(unit: UnitCodes): readonly string[] {
  if (unit === null || unit === undefined) return [];
  return typeof unit === "string" ? [unit] : unit;
}

/**
 * Per-code agreement of two codings of the same units. Codes are `options.codes` when given (so
 * codes nobody used still get a row), else every code either coder used, in first-seen order.
 *
 * @example
 * agreementByCode(["x", "y"], ["x", "x"], { unit: "clause", codes: ["x", "y", "z"] }).map((r) => r.code); // ["x", "y", "z"]
 */
export function agreementByCode(a: readonly UnitCodes[], b: readonly UnitCodes[], options: { unit: string; codes?: readonly string[] }): CodeAgreement[] {
  if (a.length !== b.length) throw new RangeError(text.lengths(a.length, b.length));
  if (a.length === 0) throw new RangeError(text.empty("agreementByCode"));
  const setsA = a.map((u) => new Set(codesOf(u)));
  const setsB = b.map((u) => new Set(codesOf(u)));
  const codes = options.codes ?? [...new Set([...setsA, ...setsB].flatMap((s) => [...s]))];
  return codes.map((code) => {
    let both = 0;
    let onlyA = 0;
    let onlyB = 0;
    for (let u = 0; u < a.length; u++) {
      const inA = setsA[u].has(code);
      const inB = setsB[u].has(code);
      if (inA && inB) both++;
      else if (inA) onlyA++;
      else if (inB) onlyB++;
    }
    const n = a.length;
    const neither = n - both - onlyA - onlyB;
    const k = kappaFromTable([[both, onlyA], [onlyB, neither]], options.unit);
    return { code, unit: options.unit, n, both, neither, onlyA, onlyB, agreement: (both + neither) / n, kappa: k.kappa, ...(k.note ? { note: k.note } : {}) };
  });
}
