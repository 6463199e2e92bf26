import { numerics } from "../messages";
import type { ScenarioResult, Summary } from "./types";
import { escapeHtml } from "../util/html";
import { fixed } from "../util/fixed";
import { INDICATOR_DOCS } from "./indicator-docs";
import { isPercentIndicator, shownIndicators } from "./shown-indicators";

/**
 * An HTML table per scenario: baseline and scenario medians with 95 % intervals of the main
 * indicators (shares in percent), and the run's provenance (seed, draws, model, file hash). By
 * default each table lists the codebook's headline indicators and the shares its own scenario
 * moves (see shownIndicators); `indicators` gives one list for every table instead.
 *
 * @example
 * showHtml(simulationHtml(simulateFiles(files, { draws: 10000, seed: 1 })));
 */
export function simulationHtml(results: readonly ScenarioResult[], indicators?: readonly string[]): string {
  const tables = results.map((r) => {
    // By default each table shows the headline and the shares this scenario moves, not another's.
    const rows = (indicators ?? shownIndicators([r]))
      .filter((n) => Object.hasOwn(r.scenario, n))
      .map((n) => `<tr><td>${n}</td><td>${cell(n, r.baseline[n])}</td><td>${cell(n, r.scenario[n])}</td><td>${delta(n, r)}</td></tr>`);
    const model = r.uncertainty.method === "dirichlet" ? `Dirichlet posterior (prior ${r.uncertainty.prior}, design effect ${r.uncertainty.designEffect})` : `Bayesian bootstrap over ${r.uncertainty.documents} documents`;
    const synthetic = r.dataset.synthetic ? ' <b style="color:#b00020">SYNTHETIC data</b>' : "";
    return `<table class="toolmix"><caption>${escapeHtml(r.id)}: ${escapeHtml(r.title)}${synthetic}<br><small>${r.draws} draws · seed ${r.seed} · ${model} · sha256 ${r.hash.slice(0, 12)}</small></caption>
<tr><th>indicator</th><th>baseline median [95 %]</th><th>scenario median [95 %]</th><th>change of medians</th></tr>${rows.join("")}</table>`;
  });
  return `<style>table.toolmix{border-collapse:collapse;font-size:13px;margin:4px 0 14px}table.toolmix td,table.toolmix th{padding:2px 8px;border-bottom:1px solid #ddd;text-align:right}table.toolmix td:first-child{text-align:left}table.toolmix caption{text-align:left;font-weight:bold}</style>${tables.join("")}`;
}

export { shownIndicators } from "./shown-indicators";

/**
 * A glossary of the indicators a table shows: each name with its one-line meaning (INDICATOR_DOCS;
 * share.<node> and promotion.<tool> by their pattern; `tools` are the top-level tool ids, which
 * tell a tool's share from a theme's), so a reader of a report never meets a bare id.
 */
export function indicatorGlossaryHtml(names: readonly string[], tools: readonly string[]): string {
  const isTool = (n: string) => tools.includes(n.slice("share.".length).split(".")[0]);
  const meaning = (n: string) =>
    Object.hasOwn(INDICATOR_DOCS, n) ? INDICATOR_DOCS[n]
      : n.startsWith("promotion.") ? INDICATOR_DOCS["promotion.<tool>"]
      : !isTool(n) ? INDICATOR_DOCS["share.<theme>"]
      : /\.(promotion|constraint)$/.test(n) ? INDICATOR_DOCS["share.<tool>.<direction>"] : INDICATOR_DOCS["share.<tool>"];
  const rows = [...new Set(names)].map((n) => `<dt><code>${escapeHtml(n)}</code></dt><dd>${escapeHtml(meaning(n))}</dd>`).join("");
  return `<dl class="glossary">${rows}</dl>`;
}


function fmt(n: string, v: number): string {
  return isPercentIndicator(n) ? fixed(100 * v, 2) : fixed(v, 3);
}

function cell(n: string, s: Summary): string {
  if (s.notDefined !== undefined) return escapeHtml(numerics.notDefinedText(s.notDefined));
  return `${fmt(n, s.median)} [${fmt(n, s.q025)}, ${fmt(n, s.q975)}]`;
}

function delta(n: string, r: ScenarioResult): string {
  if (r.scenario[n].notDefined !== undefined || r.baseline[n].notDefined !== undefined) return "–";
  // The sign of the rounded change: a change that rounds to zero reads +0.00, never 0.00 or -0.00.
  const text = fmt(n, r.scenario[n].median - r.baseline[n].median);
  return `${text.startsWith("-") ? "" : "+"}${text}${isPercentIndicator(n) ? " pp" : ""}`;
}
