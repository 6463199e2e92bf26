/**
 * The known name nearest to a mistyped one, for "did you mean …?" in messages: a command
 * (simulte → simulate), an option (--sceme → --scheme), a node id of a keyword list
 * (demand.procurment → demand.procurement). Distance is Damerau–Levenshtein's optimal string
 * alignment (insertions, deletions, substitutions, swaps of neighbours), compared case-blind; a
 * name is suggested only within 1 edit for up to 4 characters, 2 for up to 10, 3 beyond, so a
 * wild guess gets no suggestion. Ties go to the name listed first.
 *
 * Reference: Damerau (1964), Commun. ACM 7(3) 171–176; Levenshtein (1966), Soviet Physics
 * Doklady 10(8) 707–710.
 *
 * @example
 * closestName("scroe", ["tables", "score"]);                 // "score"
 * closestName("demand.procurment", ["demand.procurement"]);  // "demand.procurement"
 * closestName("xyz", ["score"]);                              // undefined
 */
export function closestName(name: string, names: readonly string[]): string | undefined {
  const wanted = name.toLowerCase();
  const limit = wanted.length <= 4 ? 1 : wanted.length <= 10 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of names) {
    const d = editDistance(wanted, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // A command typed short (fig, sim) names the only one it begins.
  if (best === undefined && wanted.length >= 2) {
    const starting = names.filter((n) => n.toLowerCase().startsWith(wanted));
    if (starting.length === 1) return starting[0];
  }
  return best;
}

/**
 * Optimal string alignment distance between two strings (by UTF-16 unit).
 *
 * @example
 * editDistance("scroe", "score"); // 1 (a swap)
 */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
