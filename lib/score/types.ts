/** Types of the recommendation catalogue, scorecards and SMAA results. */
import type { Summary } from "../simulate/types";

/** An indicator of the simulation, or a ratio of sums of indicators (e.g. constraint share within two tools). */
export type IndicatorRef = string | { ratio: { numerator: string[]; denominator: string[] } };

/** How a criterion's value function runs: up is better, down is better, or best inside a band. */
export type CriterionDirection = "increase" | "decrease" | "band";

/** A measurable criterion of a recommendation, with its piecewise-linear value function on absolute anchors. */
export interface Criterion {
  id: string;
  label: string;
  /** Its Chinese label, for figures and tables in Chinese (the id stands in where absent). */
  label_zh?: string;
  indicator: IndicatorRef;
  direction: CriterionDirection;
  /** Indicator values at which the value function changes slope, increasing. */
  cutoffs: number[];
  /** Values (0–1) at the cutoffs; clipped outside (as R smaa's pvf with outOfBounds = "clip"). */
  values: number[];
  /** Default weight (normalised over all criteria). */
  weight: number;
  reasoning: string;
  /** The dimension the indicator lives in (default tools). */
  dimension?: "tools" | "themes";
}

/** A recommendation of the paper (sections 3.1–3.3, 4.1–4.3). */
export interface Recommendation {
  id: string;
  section: string;
  /** The Chinese sentence it rests on, quoted from the paper. */
  quote_zh: string;
  paraphrase_en: string;
  measurable: boolean;
  criteria?: Criterion[];
  /** For a recommendation the coded counts cannot measure: the data that would be needed. */
  not_measurable?: string;
}

/** A criterion with the recommendation it serves (its provenance). */
export interface CatalogueCriterion extends Criterion {
  recommendation: string;
  section: string;
}

/** The recommendation catalogue (data/recommendations.json), with its criteria flattened. */
export interface Catalogue {
  file: string;
  version: string;
  /** The coding scheme the criteria apply to; absent: `schneider-ingram`, the paper's (loadCatalogue always sets it). */
  scheme?: string;
  marks: { pass: number; partial: number };
  recommendations: Recommendation[];
  criteria: CatalogueCriterion[];
}

/** Pass, partial or fail, from a criterion's score against the catalogue's marks; "not defined" when it cannot be computed. */
export type Mark = "pass" | "partial" | "fail" | "not defined";

/** One criterion of one scenario's scorecard. */
export interface CriterionScore {
  criterion: string;
  label: string;
  label_zh?: string;
  recommendation: string;
  section: string;
  indicator: IndicatorRef;
  weight: number;
  /** The indicator at baseline and in the scenario (over the simulation draws). */
  baselineValue: Summary;
  scenarioValue: Summary;
  /** Scores 0–100 over the draws. */
  baselineScore: Summary;
  score: Summary;
  /** From the median score. */
  mark: Mark;
  /** Why the criterion cannot be computed for this scenario (then it is not scored: every number NaN, null in JSON). */
  notDefined?: string;
}

/** A scenario's scorecard. */
export interface Scorecard {
  scenario: string;
  title: string;
  /** The scenario's Chinese title, where its file gives one. */
  title_zh?: string;
  criteria: CriterionScore[];
  /** Weighted score 0–100 over the draws, for the scenario and its baseline. */
  overall: Summary;
  baselineOverall: Summary;
  /** P(scenario's weighted score > baseline's) over the draws; ties count half. null when the overall score is not defined. */
  pBeatsBaseline: number | null;
  /** Criteria not defined for this scenario, left out of the overall score (whose weights are renormalised over the rest). */
  excluded: string[];
  /** Says how the overall score was taken when criteria were left out. */
  note?: string;
  /** Draws in which a transfer was capped at what its source held (as in `simulate`). */
  clippedDraws: number;
  /** Provenance of the simulation behind it. */
  seed: number;
  draws: number;
  hash: string;
}

/** SMAA-2 results (Lahdelma & Salminen 2001; as R package smaa). */
export interface SmaaResult {
  scenarios: string[];
  criteria: string[];
  /** rankAcceptability[s][r]: probability that scenario s takes rank r + 1. */
  rankAcceptability: number[][];
  /** Mean weight vector over the draws where the scenario ranks first; null if it never does. */
  centralWeights: Array<number[] | null>;
  /** Probability of ranking first under its central weights (over the measurement draws); null without central weights. */
  confidence: Array<number | null>;
  /** Weight draws used. */
  weightDraws: number;
  /** Criteria left out because they are not defined for some scenario (no scenario is ranked on an undefined value). */
  excluded: string[];
  /** Says so when criteria were left out. */
  note?: string;
}
