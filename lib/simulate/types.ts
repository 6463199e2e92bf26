/** Types of simulation results. */

/** Mean, median and the 90 % and 95 % central intervals of an indicator over the draws. */
export interface Summary {
  mean: number;
  median: number;
  /** 5 % and 95 % quantiles (90 % interval). */
  q05: number;
  q95: number;
  /** 2.5 % and 97.5 % quantiles (95 % interval). */
  q025: number;
  q975: number;
  /**
   * Set when the indicator is not defined in some draws (e.g. a tool with no points has no
   * promotion fraction): the reason, with how many draws. Every number is then NaN (null in JSON).
   */
  notDefined?: string;
}

/** How baseline draws were made. */
export interface UncertaintyModel {
  /** `dirichlet`: posterior from aggregate counts; `bayesian-bootstrap`: document weights ~ Dirichlet(1, …, 1). */
  method: "dirichlet" | "bayesian-bootstrap";
  /** Dirichlet prior added to every slot (aggregate counts only). */
  prior: number | null;
  /** Design effect dividing the counts for points clustered in documents (aggregate counts only). */
  designEffect: number | null;
  /** Documents resampled (bootstrap only). */
  documents: number | null;
}

/** Options of a simulation run. */
export interface SimulationOptions {
  /** Number of draws; each draw is one baseline mix and the scenario applied to it. */
  draws: number;
  /** Seed of every random number; the same seed gives the same bytes on any machine. */
  seed: number;
  /** Dirichlet prior per slot (default 0.5, Jeffreys). */
  prior?: number;
  /** Kish design effect 1 + (m̄ − 1)·ICC for aggregate counts (default 1: points independent). */
  designEffect?: number;
  /** Reference mix of the top-level tools (by id) for the Aitchison distance indicator (default: uniform, the even mix, for any scheme). */
  reference?: Record<string, number>;
  /** Keep the per-draw indicator values (for scoring): all (true) or the named ones; default none. */
  keepDraws?: boolean | readonly string[];
  /** Theme nodes to report for every scenario (simulating the themes dimension even where no operation touches it). */
  themeNodes?: readonly string[];
  /** The file that asked for `themeNodes` (the catalogue), named when one is not a theme node of the dataset. */
  themeNodesFile?: string;
  /** What a caller holds besides the simulation, for the memory check before any draw (lib/simulate/memory.ts). */
  memory?: { extraPerDraw?: number; extraBytes?: number };
}

/** Per-draw values of every indicator, when `keepDraws` is set. */
export type IndicatorDraws = Record<string, Float64Array>;

/** One scenario's simulation: baseline and scenario summaries of every indicator, with provenance. */
export interface ScenarioResult {
  id: string;
  title: string;
  /** The scenario's Chinese title, where its file gives one. */
  title_zh?: string;
  file: string;
  /** SHA-256 of the scenario file. */
  hash: string;
  seed: number;
  draws: number;
  kitVersion: string;
  /** The dataset simulated, with the id of its codebook's coding scheme (a score catalogue must name the same). */
  dataset: {
    id: string;
    scheme: string;
    synthetic: boolean;
    filter: { region?: string; city?: string };
    /** The codebook's top-level tools with their labels, in codebook order (what charts of the result name). */
    tools: ReadonlyArray<{ id: string; zh: string; en: string }>;
    /** The indicators tables of the result show first, in order (see headlineIndicators). */
    headline: readonly string[];
  };
  uncertainty: UncertaintyModel;
  /** Draws in which an operation could not be applied in full (a transfer larger than the source held). */
  clippedDraws: number;
  /** Indicator name → summary, for the baseline and the scenario (same draws: common random numbers). */
  baseline: Record<string, Summary>;
  scenario: Record<string, Summary>;
  /** Per-draw values, only with `keepDraws`. */
  baselineDraws?: IndicatorDraws;
  scenarioDraws?: IndicatorDraws;
}
