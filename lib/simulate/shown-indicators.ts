import type { ScenarioResult } from "./types";

/**
 * The indicators a table shows by default, in order: the codebook's headline indicators (its
 * headline_indicators, else every top-level tool's share and the mix measures; see
 * headlineIndicators), then every other share a scenario moves (a sub-tool's, a theme's; never a
 * tool × direction cell). One list for the terminal summary and the HTML tables alike.
 *
 * @example
 * shownIndicators([result]); // ["share.authority", …, "costOfChange", "share.land_supply.admission"]
 */
export function shownIndicators(results: readonly ScenarioResult[]): string[] {
  const headline = results[0]?.dataset.headline ?? [];
  const moved = results.flatMap((r) => Object.keys(r.scenario).filter((n) => /^share\./.test(n) && !/\.(promotion|constraint)$/.test(n) && r.scenario[n].median !== r.baseline[n].median));
  return [...new Set([...headline, ...moved])];
}

/**
 * Whether an indicator is a share or fraction (printed in percent): share.<node>, promotion…, authorityShare.
 *
 * @example
 * isPercentIndicator("share.incentive"); // true
 * isPercentIndicator("hhi");             // false
 */
export function isPercentIndicator(name: string): boolean {
  return name.startsWith("share.") || name.startsWith("promotion") || name === "authorityShare";
}
