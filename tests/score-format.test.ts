/**
 * The score report as text (formatScoreReport) and as HTML (scorecardsHtml, smaaHtml), on a
 * report built by hand, so that every branch is seen: a defined and an undefined overall score, a
 * note, capped draws, a criterion not defined, a share and a plain indicator, an SMAA note and a
 * scenario that never ranks first. The expected lines are written out in full, by hand.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { formatRanking, formatScoreReport } from "../lib/score/format";
import { rankScenarios } from "../lib/score/ranking";
import { rankingHtml, scorecardsHtml, smaaHtml } from "../lib/score/html";
import type { ScoreReport } from "../lib/score/run";
import type { CriterionScore, Scorecard } from "../lib/score/types";
import type { Summary } from "../lib/simulate/types";

const summary = (median: number, q025: number, q975: number): Summary => ({ mean: median, median, sd: 0, q025, q975 }) as Summary;
const NAN = summary(NaN, NaN, NaN);

function criterion(over: Partial<CriterionScore>): CriterionScore {
  return {
    criterion: "auth-down", label: "Authority share falls", recommendation: "r31", section: "3.1", indicator: "share.authority", weight: 0.25,
    baselineValue: summary(0.5, 0.4, 0.6), scenarioValue: summary(0.4123, 0.3, 0.5), baselineScore: summary(20, 10, 30),
    score: summary(71.6, 60.2, 80.5), mark: "partial", ...over,
  };
}

const defined: Scorecard = {
  scenario: "shift", title: "Shift to incentives",
  criteria: [criterion({}), criterion({ criterion: "entropy-up", label: "Entropy <rises>", section: "3.2", indicator: "entropy", weight: 0.75, baselineValue: summary(1.23456, 1, 2), scenarioValue: summary(2.5, 2, 3), score: summary(100, 99.5, 100), mark: "pass" })],
  overall: summary(92.94, 85.04, 95.55), baselineOverall: summary(40.25, 30, 50), pBeatsBaseline: 0.98765,
  excluded: [], clippedDraws: 3, seed: 7, draws: 100, hash: "h",
  note: "one criterion left out",
};
const undefinedCard: Scorecard = {
  scenario: "empty-tool", title: "No incentives",
  criteria: [criterion({ criterion: "entropy-up", label: "Entropy", score: NAN, mark: "not defined", notDefined: "no incentive points" })],
  overall: { ...NAN, notDefined: "nothing to score" } as Summary & { notDefined: string }, baselineOverall: NAN, pBeatsBaseline: null,
  excluded: ["entropy-up"], clippedDraws: 0, seed: 7, draws: 100, hash: "h",
};
const report: ScoreReport = {
  kitVersion: "9.9.9", seed: 7, draws: 100,
  catalogue: { file: "c.json", version: "2", recommendations: [
    { id: "r31", section: "3.1", quote_zh: "", paraphrase_en: "", measurable: true },
    { id: "r43", section: "4.3", quote_zh: "", paraphrase_en: "", measurable: false, not_measurable: "needs budgets" },
  ] },
  weights: {},
  scorecards: [defined, undefinedCard],
  smaa: { scenarios: ["shift", "empty-tool"], criteria: ["auth-down"], rankAcceptability: [[0.875, 0.125], [0.125, 0.875]], centralWeights: [[1], null], confidence: [0.9512, null], weightDraws: 50, excluded: ["entropy-up"], note: "entropy-up left out" },
};

describe("formatScoreReport", () => {
  it("writes every line of a scorecard, the SMAA table and the unmeasurable recommendations", () => {
    expect(formatScoreReport(report).split("\n")).toEqual([
      "Ranking (by expected SMAA-2 rank; median overall score 0–100; criteria marked)",
      "  1.  shift        92.9  P(rank 1) 0.88  expected rank 1.13  1 pass, 1 partial, 0 fail",
      "  2.  empty-tool      –  P(rank 1) 0.13  expected rank 1.88  0 pass, 0 partial, 0 fail, 1 not defined",
      "",
      "shift — Shift to incentives",
      "  overall 92.9 [85.0, 95.5]  (baseline 40.3; P(beats baseline) = 0.988)",
      "  one criterion left out",
      "  3 of 100 draws capped: a transfer took all the source held",
      "  auth-down   §3.1       72 [ 60,  81]  ◐ partial",
      "  entropy-up  §3.2      100 [100, 100]  ✓ pass",
      "",
      "empty-tool — No incentives",
      "  overall not defined (nothing to score)",
      "  entropy-up  §3.1      not defined (no incentive points)",
      "",
      "Rank acceptability (SMAA-2, 50 weight draws; columns: rank 1 … 2), and confidence factor",
      "  entropy-up left out",
      "  shift       0.88 0.13   cf 0.95",
      "  empty-tool  0.13 0.88   cf  – ",
      "",
      "Not measurable from coded counts (1):",
      "  §4.3 r43: needs budgets",
      "",
      "seed 7, 100 draws, catalogue 2, toolmix 9.9.9",
    ]);
  });

  it("says why the overall score is not defined when no reason is given", () => {
    const bare = { ...undefinedCard, overall: NAN };
    expect(formatScoreReport({ ...report, scorecards: [bare] })).toContain("  overall not defined (no criterion with a positive weight is defined for this scenario)");
  });

  it("leaves out the notes that do not apply", () => {
    const text = formatScoreReport({ ...report, scorecards: [{ ...defined, note: undefined, clippedDraws: 0 }], smaa: { ...report.smaa, note: undefined } });
    expect(text).not.toMatch(/capped|left out/);
    const allMeasurable = formatScoreReport({ ...report, catalogue: { ...report.catalogue, recommendations: report.catalogue.recommendations.filter((r) => r.measurable) } });
    expect(allMeasurable).not.toContain("Not measurable");
    expect(allMeasurable).toMatch(/cf  – \n\nseed 7/);
  });
});

describe("the ranking", () => {
  it("orders by expected SMAA-2 rank (Σ r·b_r, by hand: 1·0.875 + 2·0.125 = 1.125)", () => {
    const ranked = rankScenarios(report);
    expect(ranked.map((r) => [r.place, r.scenario, r.expectedRank, r.firstRank])).toEqual([[1, "shift", 1.125, 0.875], [2, "empty-tool", 1.875, 0.125]]);
    expect(ranked[0]).toMatchObject({ title: "Shift to incentives", overall: 92.94, pBeatsBaseline: 0.98765, marks: { pass: 1, partial: 1, fail: 0, notDefined: 0 } });
    expect(ranked[1]).toMatchObject({ overall: null, pBeatsBaseline: null, marks: { pass: 0, partial: 0, fail: 0, notDefined: 1 } });
  });

  it("breaks a tie of expected rank by the higher median overall score, then by id", () => {
    const tied = { ...report.smaa, scenarios: ["b", "a", "c"], rankAcceptability: [[0.5, 0.5, 0], [0.5, 0.5, 0], [0, 0, 1]], confidence: [null, null, null] };
    const card = (scenario: string, median: number) => ({ ...defined, scenario, overall: summary(median, 0, 100) });
    const ranked = (a: number, b: number) => rankScenarios({ ...report, smaa: tied, scorecards: [card("b", b), card("a", a), card("c", 99)] }).map((r) => r.scenario);
    expect(ranked(50, 60)).toEqual(["b", "a", "c"]);
    expect(ranked(60, 50)).toEqual(["a", "b", "c"]);
    expect(ranked(55, 55)).toEqual(["a", "b", "c"]);
  });

  it("is printed first, one line per scenario, and counts failing criteria", () => {
    const failing = { ...defined, criteria: [criterion({ mark: "fail" }), criterion({ mark: "fail" })] };
    expect(formatRanking({ ...report, scorecards: [failing, undefinedCard] })[1]).toContain("0 pass, 0 partial, 2 fail");
  });

  it("colours marks only when asked: green pass, yellow partial, red fail", () => {
    const coloured = formatScoreReport(report, { color: true });
    expect(coloured).toContain("\u001b[32m✓ pass\u001b[0m");
    expect(coloured).toContain("\u001b[33m◐ partial\u001b[0m");
    expect(formatScoreReport({ ...report, scorecards: [{ ...defined, criteria: [criterion({ mark: "fail" })] }, undefinedCard] }, { color: true })).toContain("\u001b[31m✗ fail\u001b[0m");
    expect(formatScoreReport(report)).not.toContain("\u001b[");
  });
});

describe("scorecardsHtml and smaaHtml", () => {
  // Built inside each test, not when the file is collected: Stryker activates mutants only in code a test runs.
  let html = "";
  beforeEach(() => {
    html = scorecardsHtml(report);
  });

  it("writes one table per scenario, or only the scenarios asked for", () => {
    expect(html.match(/<table class="tmscore">/g)).toHaveLength(2);
    expect(scorecardsHtml(report, ["empty-tool"]).match(/<table class="tmscore">/g)).toHaveLength(1);
    expect(scorecardsHtml(report, ["empty-tool"])).not.toContain("shift:");
  });

  it("writes each defined criterion's row in full: shares in percent, other indicators plain", () => {
    expect(html).toContain("<caption>shift: overall 92.9 [85.0, 95.5] · baseline 40.3 · P(beats baseline) 0.988<br><small>one criterion left out</small><br><small>3 of 100 draws capped: a transfer took all the source held</small></caption>");
    expect(html).toContain("<tr><td>Authority share falls</td><td>§3.1</td><td>50.00 %</td><td>41.23 %</td><td>72 [60, 81]</td><td class=\"partial\">partial</td><td>25.0 %</td></tr>");
    expect(html).toContain("<td>§3.2</td><td>1.23</td><td>2.50</td><td>100 [100, 100]</td><td class=\"pass\">pass</td><td>75.0 %</td></tr>");
  });

  it("escapes labels and scenario ids taken from user files", () => {
    expect(html).toContain("<td>Entropy &lt;rises&gt;</td>");
    const hostile = scorecardsHtml({ ...report, scorecards: [{ ...defined, scenario: "<x>" }] });
    expect(hostile).toContain("<caption>&lt;x&gt;:");
  });

  it("spans an undefined criterion's row and says why, and why the overall score is not defined", () => {
    expect(html).toContain('<tr><td>Entropy</td><td>§3.1</td><td colspan="4">not defined (no incentive points)</td><td>25.0 %</td></tr>');
    expect(html).toContain("<caption>empty-tool: overall not defined (nothing to score)</caption>");
    expect(scorecardsHtml({ ...report, scorecards: [{ ...undefinedCard, overall: NAN }] })).toContain("overall not defined (no criterion with a positive weight is defined for this scenario)</caption>");
  });

  it("writes the ranking as a sentence and a table, best first, escaping ids", () => {
    const html = rankingHtml(report);
    expect(html).toContain('<p class="ranking"><b>Ranking:</b> 1. shift · 2. empty-tool</p>');
    expect(html).toContain('<tr><td>1</td><td>shift</td><td>92.9</td><td>0.88</td><td>1.13</td><td class="pass">1</td><td class="partial">1</td><td class="fail">0</td></tr>');
    expect(html).toContain("<tr><td>2</td><td>empty-tool</td><td>–</td><td>0.13</td><td>1.88</td>");
    const hostile = { ...report, smaa: { ...report.smaa, scenarios: ["<s>", "empty-tool"] }, scorecards: [{ ...defined, scenario: "<s>" }, undefinedCard] };
    expect(rankingHtml(hostile)).toContain("1. &lt;s&gt;");
  });

  it("writes the SMAA table with one column per rank, a dash for no confidence, and its note", () => {
    const smaa = smaaHtml(report);
    expect(smaa).toContain("<caption>Rank acceptability (SMAA-2, 50 weight draws)<br><small>entropy-up left out</small></caption>");
    expect(smaa).toContain("<tr><th>scenario</th><th>rank 1</th><th>rank 2</th><th>confidence</th></tr>");
    expect(smaa).toContain("<tr><td>shift</td><td>0.88</td><td>0.13</td><td>0.95</td></tr>");
    expect(smaa).toContain("<tr><td>empty-tool</td><td>0.13</td><td>0.88</td><td>–</td></tr>");
    expect(smaaHtml({ ...report, smaa: { ...report.smaa, note: undefined } })).toContain("weight draws)</caption>");
  });
});

describe("tied scenarios in the rank acceptabilities", () => {
  it("says why a rank column sums to more than 1, and nothing when none does", async () => {
    const { tieNote } = await import("../lib/score/ranking");
    const report = (b: number[][]) => ({ smaa: { rankAcceptability: b } }) as unknown as Parameters<typeof tieNote>[0];
    // Hand case: A first always; B ties A in 28.13 % of draws (shares rank 1), else second.
    expect(tieNote(report([[1, 0], [0.2813, 0.7187]]))).toBe("tied scenarios share the better rank (rank ties.method \"min\"), so a rank column can sum to more than 1: rank 1 sums to 1.28");
    expect(tieNote(report([[0.5, 0.5], [0.5, 0.5]]))).toBeNull();
  });
});
