/**
 * A cheap feature scoring for any design: the first-order effect of each lever estimated from the
 * experiments as they are — the share of the outcome's variance explained by the lever's bins,
 * Var(E[Y | X_i]) / Var(Y), with the experiments cut into equal-count bins of the lever.
 *
 * Reference: E. Plischke, An effective algorithm for computing global sensitivity indices (EASI),
 * Reliability Engineering & System Safety 95 (2010) 354–360, and E. Plischke, E. Borgonovo and
 * C. L. Smith, Global sensitivity measures from given data, EJOR 226 (2013) 536–550.
 *
 * @example
 * featureScores(points, y, ["x1", "x2"]); // [{ lever: "x1", score: 0.31 }, …]
 */

/** The number of bins for n experiments: about √n, between 2 and 50. */
const binsFor = (n: number) => Math.max(2, Math.min(50, Math.round(Math.sqrt(n))));

/** Each lever's share of the outcome's variance explained by its bins (0–1); NaN outcomes are left out. */
export function featureScores(points: readonly ArrayLike<number>[], y: readonly number[], levers: readonly string[]): Array<{ lever: string; score: number }> {
  const kept = y.map((v, i) => ({ v, i })).filter(({ v }) => Number.isFinite(v));
  const n = kept.length;
  const mean = kept.reduce((s, { v }) => s + v, 0) / Math.max(1, n);
  const variance = kept.reduce((s, { v }) => s + (v - mean) ** 2, 0) / Math.max(1, n);
  const bins = binsFor(n);
  return levers.map((lever, j) => {
    if (!(variance > 0)) return { lever, score: 0 };
    const order = [...kept].sort((a, b) => points[a.i][j] - points[b.i][j] || a.i - b.i);
    let between = 0;
    for (let b = 0; b < bins; b++) {
      const part = order.slice(Math.floor((b * n) / bins), Math.floor(((b + 1) * n) / bins));
      if (part.length === 0) continue;
      const m = part.reduce((s, { v }) => s + v, 0) / part.length;
      between += part.length * (m - mean) ** 2;
    }
    return { lever, score: between / n / variance };
  });
}
