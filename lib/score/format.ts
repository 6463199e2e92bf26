import { numerics } from "../messages";
import { pad } from "../util/text-width";
import type { ScoreReport } from "./run";

/**
 * Scorecards and the SMAA table as text for a terminal: per scenario the overall score (median
 * and 95 % interval), the probability of beating the baseline, and each criterion's score and mark
 * with its recommendation's section; then rank acceptabilities, confidence factors, and the
 * recommendations the coded counts cannot measure.
 *
 * @example
 * console.log(formatScoreReport(scoreFiles(files, { draws: 10000, seed: 1 })));
 */
export function formatScoreReport(report: ScoreReport): string {
  const out: string[] = [];
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
      const score = c.notDefined !== undefined ? numerics.notDefinedText(c.notDefined) : `${pad(c.score.median.toFixed(0), 3, "right")} [${pad(c.score.q025.toFixed(0), 3, "right")}, ${pad(c.score.q975.toFixed(0), 3, "right")}]  ${c.mark}`;
      out.push(`  ${pad(c.criterion, width)}  ${pad(`§${c.section}`, 8)}  ${score}`);
    }
    out.push("");
  }
  const S = report.smaa.scenarios.length;
  const nameWidth = Math.max(...report.smaa.scenarios.map((s) => s.length));
  out.push(`Rank acceptability (SMAA-2, ${report.smaa.weightDraws} weight draws; columns: rank 1 … ${S}), and confidence factor`);
  if (report.smaa.note) out.push(`  ${report.smaa.note}`);
  report.smaa.scenarios.forEach((s, i) => {
    const cf = report.smaa.confidence[i];
    out.push(`  ${pad(s, nameWidth)}  ${report.smaa.rankAcceptability[i].map((b) => b.toFixed(2)).join(" ")}   cf ${cf === null ? " – " : cf.toFixed(2)}`);
  });
  const unmeasured = report.catalogue.recommendations.filter((r) => !r.measurable);
  out.push("");
  out.push(`Not measurable from coded counts (${unmeasured.length}):`);
  for (const r of unmeasured) out.push(`  §${r.section} ${r.id}: ${r.not_measurable}`);
  out.push(`\nseed ${report.seed}, ${report.draws} draws, catalogue ${report.catalogue.version}, toolmix ${report.kitVersion}`);
  return out.join("\n");
}
