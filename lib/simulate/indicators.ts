import { hasDirections } from "../dataset/codebook";
import type { IndexedCodebook } from "../dataset/types";
import type { DimensionLayout } from "../mix/layout";
import { numerics, internal } from "../messages";
import type { IndicatorDraws } from "./types";

export { INDICATOR_DOCS } from "./indicator-docs";

/** Per-draw logs of a mix that the size-of-shift indicators compare against: ln(tool share), logit(promotion fraction), after the zero treatment. */
export interface MixLogs {
  logTool: Float64Array;
  logit: Float64Array;
}

/**
 * The zero treatment of the log-ratio indicators (distanceToReference, aitchisonShift): counted
 * data cannot see a share below one point's worth, 1/N of the dimension's N points (the detection
 * limit; 1/k for a dataset with fewer points than its k cells), so a cell below it is a rounded
 * zero. It is replaced by δ = 0.65 × the limit and the other cells are scaled so the cells still
 * sum to 1 — multiplicative replacement (Martín-Fernández, Barceló-Vidal & Pawlowsky-Glahn 2003,
 * "Dealing with zeros and missing values in compositional data sets using nonparametric
 * imputation", Math. Geol. 35: 253–278; δ = 65 % of the detection limit as they recommend).
 * Ratios among the cells above the limit are kept, so a mix with every cell above it is
 * untouched; shares, entropy, evenness, HHI and the promotion fractions use the raw draws.
 */
export const ZERO_REPLACEMENT = 0.65;

/** Per top-level tool, its slots split by direction (`other`: slots that are not cells, e.g. leaf tools of a scheme without directions, or a tool coded directly). */
interface ToolSlots {
  promotion: Int32Array;
  constraint: Int32Array;
  other: Int32Array;
}

function toolSlots(layout: DimensionLayout, codebook: IndexedCodebook, tools: readonly string[], directed: boolean): ToolSlots[] {
  const directionOf = (slot: number) => (directed ? codebook.nodes?.get(layout.slots[slot])?.direction : undefined);
  return tools.map((t) => {
    const members = [...(layout.members.get(t) ?? [])];
    return {
      promotion: Int32Array.from(members.filter((s) => directionOf(s) === "promotion")),
      constraint: Int32Array.from(members.filter((s) => directionOf(s) === "constraint")),
      other: Int32Array.from(members.filter((s) => directionOf(s) === undefined)),
    };
  });
}

function sumAt(x: Float64Array, at: number, slots: Int32Array): number {
  let s = 0;
  for (let j = 0; j < slots.length; j++) s += x[at + slots[j]];
  return s;
}

/**
 * Computes the tool-mix indicators for every draw, for any codebook: shares of every tool node
 * (top-level tools, sub-tools, cells), entropy, evenness, effective number, HHI and the Aitchison
 * measures over the top-level tools; the promotion fractions and promotion share only where the
 * codebook has directions; the authority share only where a top-level tool `authority` exists.
 * `x` holds the mixes (draws × slots); `base` the baseline mixes of the same draws and their logs
 * (for the size of the shift), or null for the baseline itself; `points` the dimension's observed
 * points N (the detection limit 1/N of the zero treatment, {@link ZERO_REPLACEMENT}). Returns one
 * Float64Array per indicator (fixed order of names) and the mix's logs, which the baseline's call
 * hands to every scenario's so they are taken once. `reuse` (a previous call's result for the same
 * layout and n) is overwritten instead of allocating again. A tool with no points in a draw has no
 * promotion fraction (NaN there; the summary says "not defined"); every other indicator is finite.
 *
 * @example
 * const { values } = toolIndicators(layout, paper.codebook, reference, draws, null, 1000, 2040);
 * values.authorityShare[0]; // the first draw's authority share, ≈ 0.71
 */
export function toolIndicators(
  layout: DimensionLayout,
  codebook: IndexedCodebook,
  reference: Float64Array,
  x: Float64Array,
  base: { mix: Float64Array; logs: MixLogs } | null,
  n: number,
  points: number,
  reuse?: { values: IndicatorDraws; logs: MixLogs },
): { values: IndicatorDraws; logs: MixLogs } {
  if (!(points > 0)) throw new RangeError(internal.observedPoints(points));
  const k = layout.slots.length;
  const tools = codebook.tools.map((t) => t.id);
  const m = tools.length;
  const directed = hasDirections(codebook);
  const slotsOf = toolSlots(layout, codebook, tools, directed);
  const promoSlots = Int32Array.from(slotsOf.flatMap((t) => [...t.promotion]));
  const out: IndicatorDraws = {};
  // A caller that discards each scenario's draws after summarising passes last call's arrays back.
  const column = (name: string) => (out[name] = reuse?.values[name] ?? new Float64Array(n));
  const toolShare = tools.map((t) => column(`share.${t}`));
  const promotion = directed ? tools.map((t) => column(`promotion.${t}`)) : [];
  // Every other node of the dimension gets its share: sub-tools, cells, leaf tools (margins and the root are sums of these).
  const top = new Set([layout.dimension, ...tools]);
  const nodeIds = [...layout.members.keys()].filter((id) => !top.has(id) && codebook.nodes?.get(id)?.kind !== "margin");
  const nodeShares = nodeIds.map((id) => ({ values: column(`share.${id}`), members: layout.members.get(id)! }));
  const authorityAt = tools.indexOf("authority");
  const authority = authorityAt >= 0 ? column("authorityShare") : null;
  const promotionShare = directed ? column("promotionShare") : null;
  const entropy = column("entropy");
  const evenness = column("evenness");
  const effective = column("effectiveTools");
  const hhi = column("hhi");
  const distance = column("distanceToReference");
  const cost = column("costOfChange");
  const shift = column("aitchisonShift");
  const logs: MixLogs = reuse?.logs ?? { logTool: new Float64Array(n * m), logit: new Float64Array(n * m) };
  const clrRef = clrOfLogs(Array.from(reference, Math.log));
  const lnM = Math.log(m);
  // With fewer points than cells the limit is 1/k: some cell always reaches it, and the replaced
  // cells can never take all the mass (z·δ ≤ 0.65), so the factor below stays positive.
  const limit = 1 / Math.max(points, k);
  const delta = ZERO_REPLACEMENT * limit;
  // Per draw, the factor of the multiplicative replacement for cells above the detection limit
  // (the promotion share — the sum of the promotion cells, never Σ share × fraction, which is
  // 0 × NaN for an empty tool — is taken in the same pass).
  const factor = new Float64Array(n);
  for (let i = 0, at = 0; i < n; i++, at += k) {
    let below = 0;
    let replaced = 0;
    for (let j = 0; j < k; j++) {
      const v = x[at + j];
      if (v < limit) {
        below += v;
        replaced += delta;
      }
    }
    if (promotionShare) promotionShare[i] = sumAt(x, at, promoSlots);
    factor[i] = (1 - replaced) / (1 - below);
  }
  const kept = (v: number, i: number) => (v < limit ? delta : v * factor[i]);
  const keptAt = (at: number, i: number, slots: Int32Array) => {
    let s = 0;
    for (let j = 0; j < slots.length; j++) s += kept(x[at + slots[j]], i);
    return s;
  };
  // Column by column: each pass streams through one output array, which keeps the loops in cache.
  for (let j = 0; j < m; j++) {
    const share = toolShare[j];
    const fraction = promotion[j];
    const { promotion: ps, constraint: cs, other: os } = slotsOf[j];
    for (let i = 0, at = 0, lt = j; i < n; i++, at += k, lt += m) {
      const p = sumAt(x, at, ps);
      const c = sumAt(x, at, cs);
      const s = os.length > 0 ? p + c + sumAt(x, at, os) : p + c;
      share[i] = s;
      const pr = keptAt(at, i, ps);
      const cr = keptAt(at, i, cs);
      logs.logTool[lt] = Math.log(os.length > 0 ? pr + cr + keptAt(at, i, os) : pr + cr);
      if (!fraction) continue;
      // Not defined for a tool without points: NaN here, "not defined (the tool has no points)" in the summary.
      fraction[i] = p + c > 0 ? p / (p + c) : NaN;
      logs.logit[lt] = Math.log(pr / cr);
    }
  }
  for (const { values, members } of nodeShares) {
    for (let i = 0, at = 0; i < n; i++, at += k) values[i] = sumAt(x, at, members);
  }
  if (authority) authority.set(toolShare[authorityAt]);
  for (let i = 0, lt = 0; i < n; i++, lt += m) {
    let h = 0;
    let sq = 0;
    let meanLog = 0;
    for (let j = 0; j < m; j++) {
      const s = toolShare[j][i];
      if (s > 0) h -= s * Math.log(s);
      sq += s * s;
      meanLog += logs.logTool[lt + j];
    }
    entropy[i] = h;
    // Pielou evenness is 0/0 with a single tool: not defined (NaN here, explained in the summary).
    evenness[i] = m > 1 ? h / lnM : NaN;
    effective[i] = Math.exp(h);
    hhi[i] = sq;
    meanLog /= m;
    let d2 = 0;
    for (let j = 0; j < m; j++) d2 += (logs.logTool[lt + j] - meanLog - clrRef[j]) ** 2;
    distance[i] = Math.sqrt(d2);
  }
  if (base !== null) {
    for (let i = 0, at = 0, lt = 0; i < n; i++, at += k, lt += m) {
      cost[i] = costOf(x, base.mix, at, k);
      shift[i] = nestedAitchison(logs, base.logs, lt, m);
    }
  }
  return { values: out, logs };
}

/** Percentage points of a dimension's points that change slot between two mixes: ½ Σ |x′ − x| × 100. */
export function costOf(x: Float64Array, base: Float64Array, at: number, k: number): number {
  let moved = 0;
  for (let j = 0; j < k; j++) moved += Math.abs(x[at + j] - base[at + j]);
  return 50 * moved;
}

/** The reason an indicator may be undefined in a draw, for its summary. */
export function undefinedReason(name: string): string | undefined {
  return name.startsWith("promotion.") ? numerics.emptyTool : name === "evenness" ? numerics.oneTool : undefined;
}

function clrOfLogs(logs: number[]): number[] {
  const mean = logs.reduce((a, b) => a + b, 0) / logs.length;
  return logs.map((l) => l - mean);
}

/**
 * Aitchison distance of the tool shares plus that of each tool's two-part promotion/constraint
 * split (a two-part composition's Aitchison distance is |Δ logit| / √2), from precomputed logs.
 * Without directions every logit is 0, so only the tool shares count.
 */
function nestedAitchison(a: MixLogs, b: MixLogs, lt: number, m: number): number {
  let meanA = 0;
  let meanB = 0;
  let splits = 0;
  for (let j = 0; j < m; j++) {
    meanA += a.logTool[lt + j];
    meanB += b.logTool[lt + j];
    const la = a.logit[lt + j];
    const lb = b.logit[lt + j];
    if (la !== lb) splits += (la - lb) ** 2 / 2;
  }
  meanA /= m;
  meanB /= m;
  let d2 = 0;
  for (let j = 0; j < m; j++) d2 += (a.logTool[lt + j] - meanA - (b.logTool[lt + j] - meanB)) ** 2;
  return Math.sqrt(d2 + splits);
}

/**
 * Shares of theme nodes for every draw (`share.<theme id>`): the top-level nodes of the second
 * dimension and any node an operation touches.
 *
 * @example
 * themeIndicators(themes.layout, ["land_supply"], draws, 1000)["share.land_supply"][0]; // ≈ 0.4
 */
export function themeIndicators(layout: DimensionLayout, nodeIds: readonly string[], x: Float64Array, n: number): IndicatorDraws {
  const k = layout.slots.length;
  const out: IndicatorDraws = {};
  for (const id of nodeIds) {
    const members = layout.members.get(id)!;
    const values = (out[`share.${id}`] = new Float64Array(n));
    for (let i = 0, at = 0; i < n; i++, at += k) {
      let s = 0;
      for (let j = 0; j < members.length; j++) s += x[at + members[j]];
      values[i] = s;
    }
  }
  return out;
}
