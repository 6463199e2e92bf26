import { numerics } from "../messages";
import type { ScoreReport } from "./run";
import { isShareIndicator } from "./scorecard";
import { escapeHtml } from "../util/html";
import { rankScenarios, tieNote } from "./ranking";

const STYLE = `<style>table.tmscore{border-collapse:collapse;font-size:12px;margin:4px 0 14px}table.tmscore td,table.tmscore th{padding:2px 6px;border-bottom:1px solid #ddd;text-align:right}table.tmscore td:first-child,table.tmscore th:first-child{text-align:left}table.tmscore caption{text-align:left;font-weight:bold}.pass{color:#1a7f37}.partial{color:#9a6700}.fail{color:#b00020}table.tmscore.rank td:nth-child(2),table.tmscore.rank th:nth-child(2){text-align:left}</style>`;

/**
 * HTML scorecards: one table per scenario with each criterion's section, indicator at baseline and
 * in the scenario (median), score with 95 % interval and mark, and the overall score.
 *
 * @example
 * showHtml(scorecardsHtml(scoreFiles(files, { draws: 10000, seed: 1 })));
 */
export function scorecardsHtml(report: ScoreReport, only?: readonly string[]): string {
  const cards = report.scorecards.filter((c) => !only || only.includes(c.scenario));
  return STYLE + cards.map((card) => {
    const rows = card.criteria
      .map((c) =>
        c.notDefined !== undefined
          ? `<tr><td>${escapeHtml(c.label)}</td><td>§${escapeHtml(c.section)}</td><td colspan="4">${escapeHtml(numerics.notDefinedText(c.notDefined))}</td><td>${(100 * c.weight).toFixed(1)} %</td></tr>`
          : `<tr><td>${escapeHtml(c.label)}</td><td>§${escapeHtml(c.section)}</td><td>${fmt(c.baselineValue.median, isShareIndicator(c.indicator))}</td><td>${fmt(c.scenarioValue.median, isShareIndicator(c.indicator))}</td><td>${c.score.median.toFixed(0)} [${c.score.q025.toFixed(0)}, ${c.score.q975.toFixed(0)}]</td><td class="${c.mark}">${c.mark}</td><td>${(100 * c.weight).toFixed(1)} %</td></tr>`,
      )
      .join("");
    const overall =
      card.pBeatsBaseline === null
        ? `overall ${escapeHtml(numerics.notDefinedText(card.overall.notDefined ?? numerics.noCriterion))}`
        : `overall ${card.overall.median.toFixed(1)} [${card.overall.q025.toFixed(1)}, ${card.overall.q975.toFixed(1)}] · baseline ${card.baselineOverall.median.toFixed(1)} · P(beats baseline) ${card.pBeatsBaseline.toFixed(3)}`;
    const notes = [card.note, card.clippedDraws > 0 ? numerics.capped(card.clippedDraws, card.draws) : undefined].filter((x): x is string => x !== undefined);
    return `<table class="tmscore"><caption>${escapeHtml(card.scenario)}: ${overall}${notes.map((n) => `<br><small>${escapeHtml(n)}</small>`).join("")}</caption>
<tr><th>criterion</th><th>section</th><th>baseline value</th><th>scenario value</th><th>score [95 %]</th><th>mark</th><th>weight</th></tr>${rows}</table>`;
  }).join("");
}

/**
 * The ranking as one sentence and a table, best first (see rankScenarios): place, scenario,
 * median overall score, probability of rank 1, expected rank, and how many criteria pass,
 * are partial or fail.
 */
export function rankingHtml(report: ScoreReport): string {
  const ranked = rankScenarios(report);
  const sentence = `<p class="ranking"><b>Ranking:</b> ${ranked.map((r) => `${r.place}. ${escapeHtml(r.scenario)}`).join(" · ")}</p>`;
  const rows = ranked.map((r) => `<tr><td>${r.place}</td><td>${escapeHtml(r.scenario)}</td><td>${r.overall === null ? "–" : r.overall.toFixed(1)}</td><td>${r.firstRank.toFixed(2)}</td><td>${r.expectedRank.toFixed(2)}</td><td class="pass">${r.marks.pass}</td><td class="partial">${r.marks.partial}</td><td class="fail">${r.marks.fail}</td></tr>`).join("");
  return `${STYLE}${sentence}<table class="tmscore rank"><caption>Scenarios ranked by expected SMAA-2 rank (ties: higher median overall score)</caption><tr><th>place</th><th>scenario</th><th>overall (median)</th><th>P(rank 1)</th><th>expected rank</th><th>pass</th><th>partial</th><th>fail</th></tr>${rows}</table>`;
}

/** HTML table of the SMAA-2 results: rank acceptabilities, confidence factors. */
export function smaaHtml(report: ScoreReport): string {
  const S = report.smaa.scenarios.length;
  const head = `<tr><th>scenario</th>${Array.from({ length: S }, (_, r) => `<th>rank ${r + 1}</th>`).join("")}<th>confidence</th></tr>`;
  // In the ranking's order (expected rank), as the figure and the ranking print them.
  const order = rankScenarios(report).map((r) => report.smaa.scenarios.indexOf(r.scenario));
  const rows = order.map((i) => [report.smaa.scenarios[i], i] as const).map(([s, i]) => `<tr><td>${escapeHtml(s)}</td>${report.smaa.rankAcceptability[i].map((b) => `<td>${b.toFixed(2)}</td>`).join("")}<td>${report.smaa.confidence[i]?.toFixed(2) ?? "–"}</td></tr>`).join("");
  const note = [report.smaa.note, tieNote(report)].filter((n): n is string => n !== null && n !== undefined && n !== "").map((n) => `<br><small>${escapeHtml(n)}</small>`).join("");
  return `${STYLE}<table class="tmscore"><caption>Rank acceptability (SMAA-2, ${report.smaa.weightDraws} weight draws)${note}</caption>${head}${rows}</table>`;
}


function fmt(x: number, share: boolean): string {
  return share ? `${(100 * x).toFixed(2)} %` : x.toFixed(2);
}
