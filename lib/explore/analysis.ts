/**
 * What the experiments say, for the three questions an analyst asks of a scenario space:
 *  1. which lever moves each outcome most — Sobol' indices with intervals (Saltelli's design, the
 *     `sobol` sampler) and, for any design, feature scores (./feature-scores.ts);
 *  2. which lever ranges give a yes/no outcome ("passes 3.1-authority-down with probability ≥ 0.9")
 *     — PRIM's box (./prim.ts);
 *  3. how the ranking of settings holds — each experiment's rank by its overall score.
 *
 * @example
 * analyse(run, { outcome: "3.1-incentive-promotion", probability: 0.9, seed: 1 }).prim.box.limits;
 */
import { InputError } from "../errors";
import { exploreText } from "../messages";
import { closestName } from "../util/closest";
import type { ExperimentRun } from "./experiments";
import { featureScores } from "./feature-scores";
import { prim } from "./prim";
import { sobolIndices } from "./sobol-indices";
import type { PrimResult, SobolIndices } from "./types";

/** What {@link analyse} gives. */
export interface Analysis {
  /** The yes/no outcome PRIM explains: the recommendation passed with at least this probability. */
  outcome: {
    recommendation: string;
    probability: number;
    cases: number;
    experiments: number;
    /** The recommendations and sections reached at this probability in some experiments but not all: the outcomes these levers decide. */
    decided: string[];
    /** The outcome's recommendations (itself, or a section's) reached in no experiment: what keeps it from passing. */
    neverReached: string[];
  };
  /** Outcomes with the same value in every experiment (no lever moves them): not given Sobol' indices or feature scores. */
  constant: Array<{ outcome: string; value: number }>;
  /** Sobol' indices of the overall score and of the outcome's pass probability (Saltelli designs only). */
  sobol: SobolIndices[];
  featureScores: Array<{ outcome: string; scores: Array<{ lever: string; score: number }> }>;
  prim: PrimResult | null;
  /** Experiments by overall median score, best first (ties by index). */
  ranking: Array<{ index: number; overall: number | null; rank: number }>;
}

/** An outcome must be one a run records (`outcomes`: its recommendations and sections); the nearest name is suggested. */
export function checkOutcome(outcome: string, outcomes: readonly string[]): void {
  if (!outcomes.includes(outcome)) throw new InputError([{ file: "--outcome", field: "outcome", found: outcome, expected: exploreText.knownOutcome(outcomes, closestName(outcome, outcomes)) }]);
}

/** Analyses a whole run (every experiment of its design). */
export function analyse(run: ExperimentRun, options: { outcome: string; probability: number; seed: number; replicates?: number; density?: number }): Analysis {
  const known = Object.keys(run.experiments[0]?.pass ?? {});
  checkOutcome(options.outcome, known);
  const levers = run.design.levers.map((l) => l.id);
  const points = run.experiments.map((e) => e.levers);
  const overall = run.experiments.map((e) => e.overall ?? NaN);
  const passing = run.experiments.map((e) => e.pass[options.outcome]);
  const all: Array<[string, number[]]> = [["overall", overall], [`P(pass ${options.outcome})`, passing]];
  const constant = all.filter(([, y]) => y.every((v) => v === y[0] || (Number.isNaN(v) && Number.isNaN(y[0])))).map(([outcome, y]) => ({ outcome, value: y[0] }));
  const outcomes = all.filter(([name]) => !constant.some((c) => c.outcome === name));
  const sobol =
    run.design.layout === "saltelli" && run.experiments.length === run.total
      ? outcomes.map(([name, y]) => sobolIndices(y.map((v) => (Number.isFinite(v) ? v : 0)), run.design.samples, levers, name, { seed: options.seed, replicates: options.replicates }))
      : [];
  const cases = passing.map((p) => p >= options.probability);
  const box = cases.some(Boolean) && !cases.every(Boolean) ? prim(points.map((p) => Float64Array.from(p)), cases, levers, { threshold: options.density ?? 0.8 }) : null;
  const order = run.experiments.map((e) => ({ index: e.index, overall: e.overall })).sort((a, b) => (b.overall ?? -Infinity) - (a.overall ?? -Infinity) || a.index - b.index);
  return {
    outcome: { recommendation: options.outcome, probability: options.probability, cases: cases.filter(Boolean).length, experiments: cases.length, decided: decidedOutcomes(run, known, options.probability), neverReached: neverReached(run, options.outcome, options.probability) },
    constant,
    sobol,
    featureScores: outcomes.map(([name, y]) => ({ outcome: name, scores: featureScores(points, y, levers) })),
    prim: box,
    ranking: order.map((o, r) => ({ ...o, rank: r + 1 })),
  };
}

/** Outcomes reached with `probability` in some experiments and not in others. */
function decidedOutcomes(run: ExperimentRun, outcomes: readonly string[], probability: number): string[] {
  return outcomes.filter((id) => {
    const reached = run.experiments.filter((e) => e.pass[id] >= probability).length;
    return reached > 0 && reached < run.experiments.length;
  });
}

/** The recommendations of `outcome` (a section's, or the recommendation itself) that no experiment reaches with `probability`. */
function neverReached(run: ExperimentRun, outcome: string, probability: number): string[] {
  const members = run.catalogue?.sections?.[outcome] ?? [outcome];
  return members.filter((id) => run.experiments.every((e) => !(e.pass[id] >= probability)));
}
