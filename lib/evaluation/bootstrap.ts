/**
 * Confidence intervals for per-label kappa by the cluster (document) bootstrap: documents, not
 * clauses, are drawn with replacement, because clauses of one document share its drafting style
 * and their errors are not independent; a clause-level bootstrap would give intervals too narrow.
 * Each replicate sums the drawn documents' 2 × 2 tables; the interval is the 2.5th and 97.5th
 * percentile of the replicates' kappas (replicates where kappa is undefined are left out, and the
 * interval is null when more than half are).
 *
 * Reference: Field & Welsh (2007), "Bootstrapping clustered data", JRSS B 69(3); Efron & Tibshirani
 * (1993), ch. 13 (percentile interval).
 *
 * @example
 * const units = [{ document: "a", gold: ["x"], predicted: ["x"] }, { document: "b", gold: [], predicted: [] }];
 * kappaIntervals(units, ["x"], { seed: 1, replicates: 200 }).get("x"); // an interval such as [1, 1], or null
 */
import { Rng } from "../random/prng";
import { binaryKappa } from "./metrics";

/** One unit: its document and its gold and predicted label sets. */
export interface BootstrapUnit {
  document: string;
  gold: readonly string[];
  predicted: readonly string[];
}

/** The percentile `q` (0–1) of sorted values, linearly interpolated (numpy's default, "linear"). */
export function quantileSorted(sorted: readonly number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** 95 % percentile intervals of kappa per label, documents resampled with replacement. */
export function kappaIntervals(units: readonly BootstrapUnit[], labels: readonly string[], options: { seed: number; replicates?: number }): Map<string, [number, number] | null> {
  const replicates = options.replicates ?? 2000;
  const documents = [...new Set(units.map((u) => u.document))];
  const index = new Map(documents.map((d, i) => [d, i]));
  // tables[label][doc] = [both, onlyGold, onlyPredicted, n]
  const tables = labels.map(() => documents.map(() => [0, 0, 0, 0]));
  for (const u of units) {
    const d = index.get(u.document)!;
    const g = new Set(u.gold);
    const p = new Set(u.predicted);
    labels.forEach((label, l) => {
      const t = tables[l][d];
      const a = g.has(label);
      const b = p.has(label);
      if (a && b) t[0]++;
      else if (a) t[1]++;
      else if (b) t[2]++;
      t[3]++;
    });
  }
  const rng = new Rng(options.seed);
  const draws: number[][] = [];
  for (let r = 0; r < replicates; r++) draws.push(documents.map(() => rng.nextInt(documents.length)));
  const out = new Map<string, [number, number] | null>();
  labels.forEach((label, l) => {
    const kappas: number[] = [];
    for (const draw of draws) {
      let both = 0, onlyGold = 0, onlyPredicted = 0, n = 0;
      for (const d of draw) {
        const t = tables[l][d];
        both += t[0]; onlyGold += t[1]; onlyPredicted += t[2]; n += t[3];
      }
      const k = binaryKappa(both, onlyGold, onlyPredicted, n - both - onlyGold - onlyPredicted);
      if (k !== null) kappas.push(k);
    }
    if (kappas.length * 2 < replicates) return out.set(label, null);
    kappas.sort((a, b) => a - b);
    out.set(label, [quantileSorted(kappas, 0.025), quantileSorted(kappas, 0.975)]);
  });
  return out;
}
