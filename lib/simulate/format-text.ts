import { numerics } from "../messages";
import { pad } from "../util/text-width";
import { fixed } from "../util/fixed";
import { isPercentIndicator, shownIndicators } from "./shown-indicators";
import type { ScenarioResult, Summary } from "./types";

/**
 * A readable summary of simulation results: per scenario, the baseline and scenario medians with
 * 95 % intervals of the main indicators (shares in percent), with seed, draws and file hash: the
 * codebook's headline indicators (see headlineIndicators), then every other share the scenario
 * changes (a sub-tool's, a theme's; not the tool × direction cells).
 *
 * @example
 * console.log(formatSimulation(simulateFiles(files, { draws: 10000, seed: 1 })));
 */
export function formatSimulation(results: readonly ScenarioResult[]): string {
  return results
    .map((r) => {
      const names = shownIndicators([r]).filter((n) => Object.hasOwn(r.scenario, n));
      const rows = names.map((n) => [n, interval(n, r.baseline[n]), interval(n, r.scenario[n])]);
      const width = [Math.max(...rows.map((x) => x[0].length)), Math.max(8, ...rows.map((x) => x[1].length)), 0];
      const lines = rows.map(([n, b, s]) => `  ${pad(n, width[0])}  ${pad(b, width[1])}  →  ${s}`);
      const model = r.uncertainty.method === "dirichlet" ? `Dirichlet posterior, prior ${r.uncertainty.prior}, design effect ${r.uncertainty.designEffect}` : `Bayesian bootstrap over ${r.uncertainty.documents} documents`;
      const head = `${r.id} — ${r.title}\n  ${r.draws} draws, seed ${r.seed}, ${model}; dataset ${r.dataset.id}${r.dataset.synthetic ? " (SYNTHETIC)" : ""}; sha256 ${r.hash.slice(0, 12)}${r.clippedDraws ? `; ${numerics.capped(r.clippedDraws, r.draws)}` : ""}`;
      return `${head}\n  ${pad("indicator", width[0])}  ${pad("baseline median [95 %]", width[1])}     scenario median [95 %]\n${lines.join("\n")}`;
    })
    .join("\n\n");
}

function interval(name: string, s: Summary): string {
  if (s.notDefined !== undefined) return numerics.notDefinedText(s.notDefined);
  const percent = isPercentIndicator(name);
  const f = (v: number) => (percent ? fixed(100 * v, 2) : fixed(v, 3));
  return `${f(s.median)} [${f(s.q025)}, ${f(s.q975)}]${percent ? " %" : ""}`;
}
