import type { IndexedCodebook } from "../dataset/types";
import type { DimensionLayout } from "../mix/layout";
import type { IndicatorDraws } from "./types";

/** What each tool-mix indicator means, for tables and documentation (one line each). */
export const INDICATOR_DOCS: Readonly<Record<string, string>> = {
  "share.<tool>": "share of all tool points held by the tool (0–1)",
  "share.<tool>.<direction>": "share of all tool points in the tool × direction cell (0–1)",
  "promotion.<tool>": "promotion fraction within the tool: promotion / (promotion + constraint)",
  authorityShare: "share of authority tools (the paper's 71.03 %)",
  promotionShare: "share of promotion-type points over all tools (the paper's 66.81 %)",
  entropy: "Shannon entropy of the five tool shares, natural log (nats)",
  evenness: "Pielou evenness: entropy / ln 5 (1 = all tools equal)",
  effectiveTools: "effective number of tools, exp(entropy) (Hill number of order 1)",
  hhi: "Herfindahl–Hirschman concentration Σ p² of the five tool shares",
  distanceToReference: "Aitchison distance of the five tool shares to the reference mix (default: uniform)",
  costOfChange: "size of the shift: percentage points of all tool points that change cell, ½ Σ |x′ − x| × 100",
  aitchisonShift: "size of the shift in log-ratio units: Aitchison distance of the tool shares plus that of each promotion/constraint split",
};

/** Per-draw logs of a mix that the size-of-shift indicators compare against: ln(tool share), logit(promotion fraction). */
export interface MixLogs {
  logTool: Float64Array;
  logit: Float64Array;
}

/**
 * Computes the tool-mix indicators for every draw. `x` holds the mixes (draws × slots); `base`
 * the baseline mixes of the same draws and their logs (for the size of the shift), or null for
 * the baseline itself. Returns one Float64Array per indicator (fixed order of names) and the
 * mix's logs, which the baseline's call hands to every scenario's so they are taken once.
 * `reuse` (a previous call's result for the same layout and n) is overwritten instead of
 * allocating again.
 *
 * @example
 * const { values } = toolIndicators(layout, paper.codebook, reference, draws, null, 1000);
 * values.authorityShare[0]; // the first draw's authority share, ≈ 0.71
 */
export function toolIndicators(
  layout: DimensionLayout,
  codebook: IndexedCodebook,
  reference: Float64Array,
  x: Float64Array,
  base: { mix: Float64Array; logs: MixLogs } | null,
  n: number,
  reuse?: { values: IndicatorDraws; logs: MixLogs },
): { values: IndicatorDraws; logs: MixLogs } {
  const k = layout.slots.length;
  const tools = codebook.tools.map((t) => t.id);
  const m = tools.length;
  const promoSlot = tools.map((t) => layout.members.get(`${t}.promotion`)![0]);
  const constrSlot = tools.map((t) => layout.members.get(`${t}.constraint`)![0]);
  const out: IndicatorDraws = {};
  // A caller that discards each scenario's draws after summarising passes last call's arrays back.
  const column = (name: string) => (out[name] = reuse?.values[name] ?? new Float64Array(n));
  const toolShare = tools.map((t) => column(`share.${t}`));
  const promotion = tools.map((t) => column(`promotion.${t}`));
  const cells = layout.slots.map((s) => column(`share.${s}`));
  const authorityAt = tools.indexOf("authority");
  const authority = authorityAt >= 0 ? column("authorityShare") : null;
  const promotionShare = column("promotionShare");
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
  // Column by column: each pass streams through one output array, which keeps the loops in cache.
  for (let j = 0; j < m; j++) {
    const share = toolShare[j];
    const fraction = promotion[j];
    const ps = promoSlot[j];
    const cs = constrSlot[j];
    for (let i = 0, at = 0, lt = j; i < n; i++, at += k, lt += m) {
      const p = x[at + ps];
      const c = x[at + cs];
      const s = p + c;
      share[i] = s;
      fraction[i] = s > 0 ? p / s : NaN;
      logs.logTool[lt] = Math.log(s);
      // ln p − ln c as one log of a ratio; ±Infinity when a side is zero (bootstrap data).
      logs.logit[lt] = Math.log(p / c);
    }
  }
  for (let j = 0; j < k; j++) {
    const cell = cells[j];
    for (let i = 0, at = j; i < n; i++, at += k) cell[i] = x[at];
  }
  if (authority) authority.set(toolShare[authorityAt]);
  for (let i = 0, lt = 0; i < n; i++, lt += m) {
    let h = 0;
    let sq = 0;
    let promo = 0;
    let meanLog = 0;
    for (let j = 0; j < m; j++) {
      const s = toolShare[j][i];
      const ls = logs.logTool[lt + j];
      if (s > 0) h -= s * ls;
      sq += s * s;
      promo += s * promotion[j][i];
      meanLog += ls;
    }
    promotionShare[i] = promo;
    entropy[i] = h;
    evenness[i] = h / lnM;
    effective[i] = Math.exp(h);
    hhi[i] = sq;
    meanLog /= m;
    let d2 = 0;
    for (let j = 0; j < m; j++) d2 += (logs.logTool[lt + j] - meanLog - clrRef[j]) ** 2;
    distance[i] = Math.sqrt(d2);
  }
  if (base !== null) {
    for (let i = 0, at = 0, lt = 0; i < n; i++, at += k, lt += m) {
      let moved = 0;
      for (let j = 0; j < k; j++) moved += Math.abs(x[at + j] - base.mix[at + j]);
      cost[i] = 50 * moved;
      shift[i] = nestedAitchison(logs, base.logs, lt, m);
    }
  }
  return { values: out, logs };
}

function clrOfLogs(logs: number[]): number[] {
  const mean = logs.reduce((a, b) => a + b, 0) / logs.length;
  return logs.map((l) => l - mean);
}

/**
 * Aitchison distance of the tool shares plus that of each tool's two-part promotion/constraint
 * split (a two-part composition's Aitchison distance is |Δ logit| / √2), from precomputed logs.
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
 * Shares of theme nodes for every draw (`share.<theme id>`): the four parent themes and any node
 * an operation touches.
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
