/**
 * NVivo's Coding Comparison query, recomputed: agreement and Cohen's kappa for each code × source,
 * counted in characters (a source's "size" is its number of characters). NVivo prints one row per
 * node × source and no overall value; its help answers "How can I calculate an average Kappa
 * coefficient … across multiple sources or nodes?" by exporting the rows to a spreadsheet (the body
 * of that answer was not available here). This module adds the two usual overall figures: the mean
 * of the rows' kappas weighted by source size, and the kappa of the pooled character table.
 *
 * For one code in one source of TU units (characters), with A the characters coder A coded at the
 * code and B those coder B coded:
 *   agreement = (A and B + not A and not B) / TU
 *   ΣEF = |A|·|B| / TU + (TU − |A|)·(TU − |B|) / TU        (expected agreement, in units)
 *   K = (TA − ΣEF) / (TU − ΣEF),  TA = units in agreement
 * This is Cohen's kappa of the 2 × 2 character table. NVivo's convention: "If the users are in
 * complete agreement then the Kappa coefficient (K) = 1", including a source that neither coded
 * (where the formula is 0/0); `nvivoKappa` follows it and says so in the row's note. A coder who
 * coded nothing against one who coded something gives K = 0, the "All my Kappa coefficients are
 * 0 or 1" case of the help.
 *
 * Units: offsets and sizes must be in the same unit. NVivo counts .NET characters (UTF-16 code
 * units); a REFI-QDA project may count code points. Overlapping spans of one coder are merged
 * (a character is coded or not).
 *
 * Reference: NVivo 9–12 help, "Run a Coding Comparison query"
 * (help-nv.qsrinternational.com/12/win/…/coding-comparison-query.htm,
 * help-nv9-en.qsrinternational.com/procedures/run_a_coding_comparison_query.htm): worked example
 * 1000 characters, 50 coded by both, 150 by one, 800 by neither → agreement (800 + 50) / 1000 = 85 %
 * (the help gives no kappa for it: kappa depends on how the 150 split between the users);
 * shared/reference/qda-formats.md §2.5 and §3.3.
 *
 * @example
 * nvivoCounts(1000, [[0, 200]], [[150, 250]]); // { size: 1000, aAndB: 50, aNotB: 150, bNotA: 50, notANotB: 750 }
 * nvivoKappa({ size: 1000, aAndB: 50, aNotB: 100, bNotA: 50, notANotB: 800 }); // 70 / 220 ≈ 0.318
 */
import { agreement as text } from "../messages";

/** A coded span [start, end) of one code in one source, by one coder. */
export interface CodedSpan {
  source: string;
  code: string;
  start: number;
  end: number;
}

/** A source compared, with its size in units (characters). */
export interface ComparisonSource {
  id: string;
  size: number;
}

/** The four cells of one code × source, in units. */
export interface NvivoCounts {
  size: number;
  aAndB: number;
  aNotB: number;
  bNotA: number;
  notANotB: number;
}

/** One row of the Coding Comparison result. */
export interface ComparisonRow extends NvivoCounts {
  code: string;
  source: string;
  /** Proportion 0–1 (NVivo prints it as a percentage). */
  agreement: number;
  disagreement: number;
  kappa: number;
  note?: string;
}

/** One code over all sources. */
export interface CodeComparison {
  code: string;
  /** Σ size·K / Σ size over the code's rows: the mean kappa weighted by source size. */
  kappaWeighted: number;
  /** Σ size·agreement / Σ size: the same as pooled agreement. */
  agreementWeighted: number;
  /** Kappa of the summed 2 × 2 tables: one table for the whole corpus, for comparison. */
  kappaPooled: number;
  units: number;
  sources: number;
}

/**
 * NVivo's kappa of one code × source: Cohen's kappa of the character table, 1 on complete
 * agreement (NVivo's convention, also when neither coded anything).
 *
 * @example
 * nvivoKappa({ size: 10, aAndB: 0, aNotB: 0, bNotA: 0, notANotB: 10 }); // 1 (neither coded: complete agreement)
 */
export function nvivoKappa(c: NvivoCounts): number {
  const total = c.size;
  if (!(total > 0)) throw new RangeError(text.badSize("(counts)", total));
  const agree = c.aAndB + c.notANotB;
  if (agree === total) return 1;
  const codedA = c.aAndB + c.aNotB;
  const codedB = c.aAndB + c.bNotA;
  const expected = (codedA * codedB) / total + ((total - codedA) * (total - codedB)) / total;
  return (agree - expected) / (total - expected);
}

/** Merges [start, end) spans into disjoint sorted spans. */
function merge(spans: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = [...spans].filter(([s, e]) => e > s).sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

function covered(spans: readonly [number, number][]): number {
  return spans.reduce((sum, [s, e]) => sum + (e - s), 0);
}

function overlap(a: readonly [number, number][], b: readonly [number, number][]): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i][0], b[j][0]);
    const hi = Math.min(a[i][1], b[j][1]);
    if (hi > lo) sum += hi - lo;
    if (a[i][1] < b[j][1]) i++;
    else j++;
  }
  return sum;
}

/**
 * The four cells for one code × source from each coder's spans (in units of the source).
 *
 * @example
 * nvivoCounts(10, [[0, 4], [2, 6]], []); // { size: 10, aAndB: 0, aNotB: 6, bNotA: 0, notANotB: 4 }
 */
export function nvivoCounts(size: number, spansA: readonly (readonly [number, number])[], spansB: readonly (readonly [number, number])[]): NvivoCounts {
  const a = merge(spansA);
  const b = merge(spansB);
  const aAndB = overlap(a, b);
  const aNotB = covered(a) - aAndB;
  const bNotA = covered(b) - aAndB;
  return { size, aAndB, aNotB, bNotA, notANotB: size - aAndB - aNotB - bNotA };
}

/**
 * Runs the comparison: one row per code × source (every code in `codes`, or that either coder
 * used, against every source), and one summary per code.
 *
 * @example
 * const r = codingComparison([{ id: "s1", size: 1000 }], [{ source: "s1", code: "c", start: 0, end: 150 }], [{ source: "s1", code: "c", start: 100, end: 200 }]);
 * r.rows[0].agreement; // 0.85  (50 both, 150 one only, 800 neither)
 */
export function codingComparison(
  sources: readonly ComparisonSource[],
  spansA: readonly CodedSpan[],
  spansB: readonly CodedSpan[],
  options: { codes?: readonly string[] } = {},
): { rows: ComparisonRow[]; byCode: CodeComparison[] } {
  if (sources.length === 0) throw new RangeError(text.empty("codingComparison"));
  const sizes = new Map<string, number>();
  for (const s of sources) {
    if (sizes.has(s.id)) throw new RangeError(text.duplicateSource(s.id));
    if (!(Number.isInteger(s.size) && s.size >= 1)) throw new RangeError(text.badSize(s.id, s.size));
    sizes.set(s.id, s.size);
  }
  const group = (spans: readonly CodedSpan[]) => {
    const out = new Map<string, [number, number][]>();
    for (const sp of spans) {
      const size = sizes.get(sp.source);
      if (size === undefined) throw new RangeError(text.unknownSource(sp.source));
      if (!(sp.start >= 0 && sp.start <= sp.end && sp.end <= size)) throw new RangeError(text.badSpan(sp.source, sp.code, sp.start, sp.end, size));
      const key = `${sp.code}\u0000${sp.source}`;
      out.set(key, [...(out.get(key) ?? []), [sp.start, sp.end]]);
    }
    return out;
  };
  const byA = group(spansA);
  const byB = group(spansB);
  const codes = options.codes ?? [...new Set([...spansA, ...spansB].map((s) => s.code))];
  const rows: ComparisonRow[] = [];
  const byCode: CodeComparison[] = [];
  for (const code of codes) {
    const pooled: NvivoCounts = { size: 0, aAndB: 0, aNotB: 0, bNotA: 0, notANotB: 0 };
    let weightedKappa = 0;
    for (const source of sources) {
      const key = `${code}\u0000${source.id}`;
      const c = nvivoCounts(source.size, byA.get(key) ?? [], byB.get(key) ?? []);
      const kappa = nvivoKappa(c);
      const agreement = (c.aAndB + c.notANotB) / c.size;
      const complete = c.aAndB + c.notANotB === c.size;
      rows.push({ code, source: source.id, ...c, agreement, disagreement: 1 - agreement, kappa, ...(complete ? { note: text.nvivoComplete } : {}) });
      weightedKappa += kappa * c.size;
      for (const k of ["size", "aAndB", "aNotB", "bNotA", "notANotB"] as const) pooled[k] += c[k];
    }
    byCode.push({
      code,
      kappaWeighted: weightedKappa / pooled.size,
      agreementWeighted: (pooled.aAndB + pooled.notANotB) / pooled.size,
      kappaPooled: nvivoKappa(pooled),
      units: pooled.size,
      sources: sources.length,
    });
  }
  return { rows, byCode };
}
