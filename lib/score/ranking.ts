import { smaaText } from "../messages";
import type { ScoreReport } from "./run";

/** One scenario's place in the ranking, with what a reader needs at a glance. */
export interface RankedScenario {
  scenario: string;
  title: string;
  /** 1-based place: by expected SMAA rank, ties by the higher median overall score, then by id. */
  place: number;
  /** Σ_r r · b_r over the rank acceptabilities (1 = always first). */
  expectedRank: number;
  /** Probability of rank 1 (SMAA-2's b¹). */
  firstRank: number;
  /** Median overall score, null when not defined. */
  overall: number | null;
  pBeatsBaseline: number | null;
  /** How many criteria pass, are partial, fail, or are not defined. */
  marks: { pass: number; partial: number; fail: number; notDefined: number };
}

/**
 * The scenarios ranked by their expected SMAA-2 rank (Lahdelma & Salminen 2001: the
 * acceptability-weighted mean rank), which accounts for weight and measurement uncertainty
 * together; ties go to the higher median overall score, then to the id, so the order is total
 * and the same on every machine.
 *
 * @example
 * rankScenarios(scoreFiles(files, { draws: 2000, seed: 1 }))[0].scenario; // "balanced-mix"
 */
export function rankScenarios(report: ScoreReport): RankedScenario[] {
  const { scenarios, rankAcceptability } = report.smaa;
  const rows = scenarios.map((scenario, i) => {
    const card = report.scorecards.find((c) => c.scenario === scenario);
    const marks = { pass: 0, partial: 0, fail: 0, notDefined: 0 };
    for (const c of card?.criteria ?? []) {
      if (c.mark === "not defined") marks.notDefined++;
      else marks[c.mark]++;
    }
    return {
      scenario,
      title: card?.title ?? scenario,
      place: 0,
      expectedRank: rankAcceptability[i].reduce((sum, b, r) => sum + b * (r + 1), 0),
      firstRank: rankAcceptability[i][0] ?? 0,
      overall: card && card.pBeatsBaseline !== null ? card.overall.median : null,
      pBeatsBaseline: card?.pBeatsBaseline ?? null,
      marks,
    };
  });
  rows.sort((a, b) => a.expectedRank - b.expectedRank || (b.overall ?? -1) - (a.overall ?? -1) || (a.scenario < b.scenario ? -1 : a.scenario > b.scenario ? 1 : 0));
  return rows.map((row, i) => ({ ...row, place: i + 1 }));
}

/**
 * Where ties made a rank column of the rank acceptabilities sum to more than 1 (tied scenarios
 * share the better rank), the sentence that says so; else null.
 *
 * @example
 * tieNote(report); // "tied scenarios share the better rank …: rank 1 sums to 1.28"
 */
export function tieNote(report: ScoreReport): string | null {
  const b = report.smaa.rankAcceptability;
  const columns = (b[0] ?? []).map((_, r) => ({ rank: r + 1, sum: b.reduce((s, row) => s + row[r], 0) })).filter((c) => c.sum > 1 + 1e-9);
  return columns.length > 0 ? smaaText.ties(columns) : null;
}
