import { numerics } from "../messages";
import { pad } from "../util/text-width";
import type { ScoreReport } from "./run";
import { rankScenarios, tieNote } from "./ranking";
import type { Mark } from "./types";

/**
 * Scorecards and the SMAA table as text for a terminal: first the ranking (one line per scenario:
 * place, median overall score, probability of rank 1, expected rank, how many criteria pass);
 * then per scenario the overall score (median and 95 % interval), the probability of beating the
 * baseline, and each criterion's score and mark (✓ pass, ◐ partial, ✗ fail) with its
 * recommendation's section; then rank acceptabilities, confidence factors, and the
 * recommendations the coded counts cannot measure. `color` adds ANSI colours to the marks (the
 * CLI asks for them on a terminal only, and never with NO_COLOR set).
 *
 * @example
 * console.log(formatScoreReport(scoreFiles(files, { draws: 10000, seed: 1 })));
 */
export function formatScoreReport(report: ScoreReport, options: { color?: boolean } = {}): string {
  const out: string[] = [...formatRanking(report), ""];
  const paint = (mark: Mark) => markText(mark, options.color === true);
  const width = Math.max(...report.scorecards[0].criteria.map((c) => c.criterion.length));
  for (const card of report.scorecards) {
    out.push(`${card.scenario} — ${card.title}`);
    out.push(
      card.pBeatsBaseline === null
        ? `  overall ${numerics.notDefinedText(card.overall.notDefined ?? numerics.noCriterion)}`
        : `  overall ${card.overall.median.toFixed(1)} [${card.overall.q025.toFixed(1)}, ${card.overall.q975.toFixed(1)}]  (baseline ${card.baselineOverall.median.toFixed(1)}; P(beats baseline) = ${card.pBeatsBaseline.toFixed(3)})`,
    );
    if (card.note) out.push(`  ${card.note}`);
    if (card.clippedDraws > 0) out.push(`  ${numerics.capped(card.clippedDraws, card.draws)}`);
    for (const c of card.criteria) {
      const score = c.notDefined !== undefined ? numerics.notDefinedText(c.notDefined) : `${pad(c.score.median.toFixed(0), 3, "right")} [${pad(c.score.q025.toFixed(0), 3, "right")}, ${pad(c.score.q975.toFixed(0), 3, "right")}]  ${paint(c.mark)}`;
      out.push(`  ${pad(c.criterion, width)}  ${pad(`§${c.section}`, 8)}  ${score}`);
    }
    out.push("");
  }
  const S = report.smaa.scenarios.length;
  const nameWidth = Math.max(...report.smaa.scenarios.map((s) => s.length));
  out.push(`Rank acceptability (SMAA-2, ${report.smaa.weightDraws} weight draws; columns: rank 1 … ${S}), and confidence factor`);
  if (report.smaa.note) out.push(`  ${report.smaa.note}`);
  const ties = tieNote(report);
  if (ties) out.push(`  ${ties}`);
  // In the ranking's order (expected rank), as the figure and the ranking above print them.
  for (const s of rankScenarios(report).map((r) => r.scenario)) {
    const i = report.smaa.scenarios.indexOf(s);
    const cf = report.smaa.confidence[i];
    out.push(`  ${pad(s, nameWidth)}  ${report.smaa.rankAcceptability[i].map((b) => b.toFixed(2)).join(" ")}   cf ${cf === null ? " – " : cf.toFixed(2)}`);
  }
  const unmeasured = report.catalogue.recommendations.filter((r) => !r.measurable);
  if (unmeasured.length > 0) {
    out.push("");
    out.push(`Not measurable from coded counts (${unmeasured.length}):`);
    for (const r of unmeasured) out.push(`  §${r.section} ${r.id}: ${r.not_measurable}`);
  }
  out.push(`\nseed ${report.seed}, ${report.draws} draws, catalogue ${report.catalogue.version}, toolmix ${report.kitVersion}`);
  return out.join("\n");
}

/** The ranking block: one line per scenario, best first (see rankScenarios). */
export function formatRanking(report: ScoreReport): string[] {
  const ranked = rankScenarios(report);
  const width = Math.max(...ranked.map((r) => r.scenario.length));
  const lines = ranked.map((r) => {
    const overall = pad(r.overall === null ? "–" : r.overall.toFixed(1), 5, "right");
    const marks = `${r.marks.pass} pass, ${r.marks.partial} partial, ${r.marks.fail} fail${r.marks.notDefined > 0 ? `, ${r.marks.notDefined} not defined` : ""}`;
    return `  ${pad(`${r.place}.`, 3)} ${pad(r.scenario, width)}  ${overall}  P(rank 1) ${r.firstRank.toFixed(2)}  expected rank ${r.expectedRank.toFixed(2)}  ${marks}`;
  });
  return ["Ranking (by expected SMAA-2 rank; median overall score 0–100; criteria marked)", ...lines];
}

/** A mark with its symbol, coloured on request (green pass, yellow partial, red fail). */
function markText(mark: Mark, color: boolean): string {
  const [symbol, code] = mark === "pass" ? ["✓", 32] : mark === "partial" ? ["◐", 33] : ["✗", 31];
  const text = `${symbol} ${mark}`;
  return color ? `\u001b[${code}m${text}\u001b[0m` : text;
}
