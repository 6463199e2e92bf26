/**
 * A score report as spreadsheet sheets (`toolmix score --csv DIR`, `--xlsx FILE`): the ranking first
 * (place, expected SMAA rank, P(rank 1), overall score, P(beats baseline), marks), every criterion of
 * every scorecard (values and scores with their 95 % intervals, weight, mark, the paper's section),
 * the rank acceptabilities, and the provenance (file hash, seed, draws). Numbers as numbers; a
 * criterion not defined for a scenario has empty cells and says why.
 *
 * @example
 * scoreSheets(scoreFiles(files, { seed: 1 }))[0].name; // "排序 ranking"
 */
import type { FileSheet } from "../io/sheets-export";
import { resultSheets as t } from "../messages";
import { finiteCell, summaryCells } from "../simulate/sheets";
import { rankScenarios } from "./ranking";
import type { ScoreReport } from "./run";


/** The sheets of `report`: ranking, criteria, rank acceptability, provenance. */
export function scoreSheets(report: ScoreReport): FileSheet[] {
  const c = t.columns;
  const ranking: (string | number | null)[][] = [[c.place, c.scenario, c.title, c.expectedRank, c.firstRank, c.overall, c.beats, ...c.marks]];
  for (const r of rankScenarios(report)) ranking.push([r.place, r.scenario, r.title, r.expectedRank, r.firstRank, finiteCell(r.overall), finiteCell(r.pBeatsBaseline), r.marks.pass, r.marks.partial, r.marks.fail, r.marks.notDefined]);
  const criteria: (string | number | null)[][] = [[c.scenario, c.criterion, c.label, c.section, c.weight, ...t.summary(t.baselineValue), ...t.summary(t.scenarioValue), ...t.summary(t.score), c.mark, c.note]];
  for (const card of report.scorecards) {
    for (const k of card.criteria) criteria.push([card.scenario, k.criterion, k.label, k.section, k.weight, ...summaryCells(k.baselineValue), ...summaryCells(k.scenarioValue), ...summaryCells(k.score), k.mark, k.notDefined ?? null]);
  }
  const ranks = report.smaa.scenarios.map((_, r) => c.rank(r + 1));
  const acceptability: (string | number | null)[][] = [[c.scenario, ...ranks], ...report.smaa.scenarios.map((s, i) => [s, ...report.smaa.rankAcceptability[i]])];
  const provenance: (string | number | null)[][] = [[c.scenario, c.sha256, c.seed, c.draws, c.kit, c.clipped], ...report.scorecards.map((card) => [card.scenario, card.hash, card.seed, card.draws, report.kitVersion, card.clippedDraws])];
  return [
    { name: t.names.ranking, file: "ranking.csv", rows: ranking },
    { name: t.names.criteria, file: "criteria.csv", rows: criteria },
    { name: t.names.ranks, file: "rank-acceptability.csv", rows: acceptability },
    { name: t.names.provenance, file: "provenance.csv", rows: provenance },
  ];
}
