/**
 * The tool-mix indicators one at a time, each a plain function of one draw's mix — the definitions
 * that lib/simulate/indicators.ts `toolIndicators` fuses into one pass over all draws for speed.
 * Nothing in the kit's pipeline calls these; tests/indicators-plain.test.ts holds the fused kernel to
 * them on random codebooks (with and without directions, sub-tools, tools coded directly) and
 * random mixes with zero cells. Read these to know what an indicator means.
 *
 * A mix is the shares of the dimension's slots (lib/mix/layout.ts), summing to 1.
 *
 * @example
 * const shares = toolShares(mix, layout, ["authority", "incentive"]); // [0.71, 0.06]
 * shannonEntropy(shares); // −Σ s ln s
 */
import { hasDirections } from "../dataset/codebook";
import type { IndexedCodebook } from "../dataset/types";
import { aitchisonDistance } from "../mix/compose";
import type { DimensionLayout } from "../mix/layout";
import { ZERO_REPLACEMENT } from "./indicators";

/** The sum of a mix over some of its slots. */
export function sumOf(mix: readonly number[], slots: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < slots.length; i++) s += mix[slots[i]];
  return s;
}

/** A node's share: the sum of the slots in its subtree. */
export function nodeShare(mix: readonly number[], layout: DimensionLayout, node: string): number {
  return sumOf(mix, layout.members.get(node) ?? []);
}

/** Each top-level tool's share. */
export function toolShares(mix: readonly number[], layout: DimensionLayout, tools: readonly string[]): number[] {
  return tools.map((t) => nodeShare(mix, layout, t));
}

/** A tool's slots of one direction (none in a scheme without directions). */
export function directionSlots(layout: DimensionLayout, codebook: IndexedCodebook, tool: string, direction: string): number[] {
  return [...(layout.members.get(tool) ?? [])].filter((s) => codebook.nodes.get(layout.slots[s])?.direction === direction);
}

/** A tool's promotion fraction p / (p + c) over its directed cells; NaN when the tool has no directed points. */
export function promotionFraction(mix: readonly number[], layout: DimensionLayout, codebook: IndexedCodebook, tool: string): number {
  const p = sumOf(mix, directionSlots(layout, codebook, tool, "promotion"));
  const c = sumOf(mix, directionSlots(layout, codebook, tool, "constraint"));
  return p + c > 0 ? p / (p + c) : NaN;
}

/** Shannon entropy −Σ s ln s of shares (0 ln 0 = 0). */
export function shannonEntropy(shares: readonly number[]): number {
  return shares.reduce((h, s) => (s > 0 ? h - s * Math.log(s) : h), 0);
}

/** Pielou evenness H / ln m; NaN for a single tool (0/0). */
export function pielouEvenness(shares: readonly number[]): number {
  return shares.length > 1 ? shannonEntropy(shares) / Math.log(shares.length) : NaN;
}

/** The effective number of tools, exp(H) (Hill number of order 1). */
export function effectiveNumber(shares: readonly number[]): number {
  return Math.exp(shannonEntropy(shares));
}

/** Herfindahl–Hirschman concentration Σ s². */
export function herfindahl(shares: readonly number[]): number {
  return shares.reduce((a, s) => a + s * s, 0);
}

/**
 * Multiplicative replacement of rounded zeros (see ZERO_REPLACEMENT): a slot below the detection
 * limit 1/max(N, k) becomes δ = 0.65 × the limit, and the others are scaled so the mix still sums to 1.
 */
export function replaceZeros(mix: readonly number[], points: number): number[] {
  const limit = 1 / Math.max(points, mix.length);
  const delta = ZERO_REPLACEMENT * limit;
  const below = mix.filter((v) => v < limit);
  const factor = (1 - below.length * delta) / (1 - below.reduce((a, b) => a + b, 0));
  return mix.map((v) => (v < limit ? delta : v * factor));
}

/** Aitchison distance between the tools' parts (after zero replacement) and a reference mix of the tools. */
export function distanceToReference(mix: readonly number[], layout: DimensionLayout, tools: readonly string[], reference: readonly number[], points: number): number {
  return aitchisonDistance(toolShares(replaceZeros(mix, points), layout, tools), reference);
}

/** Percentage points of the dimension's points that change slot: ½ Σ |x − base| × 100. */
export function costOfChange(mix: readonly number[], base: readonly number[]): number {
  return 50 * mix.reduce((a, v, i) => a + Math.abs(v - base[i]), 0);
}

/**
 * The nested Aitchison shift from base to mix (both after zero replacement): the distance of the
 * tools' parts, plus for each tool with directions the distance of its promotion/constraint split
 * (|Δ ln(p/c)| / √2), in quadrature.
 */
export function aitchisonShift(mix: readonly number[], base: readonly number[], layout: DimensionLayout, codebook: IndexedCodebook, tools: readonly string[], points: number): number {
  const a = replaceZeros(mix, points);
  const b = replaceZeros(base, points);
  let d2 = aitchisonDistance(toolShares(a, layout, tools), toolShares(b, layout, tools)) ** 2;
  if (hasDirections(codebook)) {
    for (const t of tools) {
      const logit = (x: number[]) => Math.log(sumOf(x, directionSlots(layout, codebook, t, "promotion")) / sumOf(x, directionSlots(layout, codebook, t, "constraint")));
      const la = logit(a);
      const lb = logit(b);
      if (la !== lb) d2 += (la - lb) ** 2 / 2;
    }
  }
  return Math.sqrt(d2);
}

/**
 * Every indicator `toolIndicators` gives, for one draw, by the functions above: the same names, so
 * a test can compare the two name by name. `base` null: the baseline itself (no cost or shift).
 */
export function plainToolIndicators(layout: DimensionLayout, codebook: IndexedCodebook, reference: readonly number[], mix: readonly number[], base: readonly number[] | null, points: number): Record<string, number> {
  const tools = codebook.tools.map((t) => t.id);
  const shares = toolShares(mix, layout, tools);
  const directed = hasDirections(codebook);
  const out: Record<string, number> = {};
  tools.forEach((t, j) => (out[`share.${t}`] = shares[j]));
  if (directed) for (const t of tools) out[`promotion.${t}`] = promotionFraction(mix, layout, codebook, t);
  const top = new Set([layout.dimension, ...tools]);
  for (const id of layout.members.keys()) if (!top.has(id) && codebook.nodes.get(id)?.kind !== "margin") out[`share.${id}`] = nodeShare(mix, layout, id);
  if (tools.includes("authority")) out.authorityShare = shares[tools.indexOf("authority")];
  if (directed) out.promotionShare = tools.reduce((a, t) => a + sumOf(mix, directionSlots(layout, codebook, t, "promotion")), 0);
  out.entropy = shannonEntropy(shares);
  out.evenness = pielouEvenness(shares);
  out.effectiveTools = effectiveNumber(shares);
  out.hhi = herfindahl(shares);
  out.distanceToReference = distanceToReference(mix, layout, tools, reference, points);
  out.costOfChange = base ? costOfChange(mix, base) : 0;
  out.aitchisonShift = base ? aitchisonShift(mix, base, layout, codebook, tools, points) : 0;
  return out;
}
