// The indicators' names and meanings, in a module with no imports: the codebook reader checks
// a codebook's headline_indicators against these names without importing the simulator (which
// imports the codebook).

/** What each tool-mix indicator means, for tables and documentation (one line each). */
export const INDICATOR_DOCS: Readonly<Record<string, string>> = {
  "share.<tool>": "share of all tool points held by the tool, sub-tool or (without directions) leaf tool (0–1)",
  "share.<tool>.<direction>": "share of all tool points in the tool × direction cell (0–1; codebooks with directions only)",
  "share.<theme>": "share of all points of the second dimension (themes, stages, …) held by the theme node (0–1; theme scenarios and criteria)",
  "promotion.<tool>": "promotion fraction within a top-level tool: promotion / (promotion + constraint) (codebooks with directions only)",
  authorityShare: "share of authority tools (the paper's 71.03 %; only where a top-level tool `authority` exists)",
  promotionShare: "share of promotion-type points over all tools (the paper's 66.81 %; codebooks with directions only)",
  entropy: "Shannon entropy of the top-level tool shares, natural log (nats)",
  evenness: "Pielou evenness: entropy / ln m over the m top-level tools (1 = all tools equal)",
  effectiveTools: "effective number of top-level tools, exp(entropy) (Hill number of order 1)",
  hhi: "Herfindahl–Hirschman concentration Σ p² of the top-level tool shares",
  distanceToReference: "Aitchison distance of the top-level tool shares to the reference mix (default: uniform, the even mix); cells below one point's worth (1/N) replaced by δ = 0.65/N (multiplicative replacement)",
  costOfChange:
    "size of the shift: percentage points of a dimension's points that change cell (tools) or node (themes), ½ Σ |x′ − x| × 100; the larger of the two when a scenario changes both, so a theme-only scenario is measured among theme points",
  aitchisonShift: "size of the shift in log-ratio units: Aitchison distance of the top-level tool shares plus, where directions exist, that of each tool's promotion/constraint split (zeros: multiplicative replacement, δ = 0.65/N)",
};

/**
 * The indicators with a fixed name (the others are share.<node> and promotion.<tool>).
 *
 * @example
 * fixedIndicatorNames().includes("hhi"); // true
 */
export function fixedIndicatorNames(): string[] {
  return Object.keys(INDICATOR_DOCS).filter((name) => !name.includes("<"));
}
