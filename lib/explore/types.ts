/** Types of the scenario-space exploration: levers, experiments, sensitivity and scenario discovery. */

/** How lever settings are drawn: Monte Carlo, Latin hypercube, or the Sobol' sequence (with Saltelli's design). */
export type Sampler = "mc" | "lhs" | "sobol";

/** A lever: one intensity of a scenario's operation that a range leaves open. */
export interface Lever {
  /** `op<k>.<field>`: the operation's position in the scenario (1-based) and the intensity's field. */
  id: string;
  /** What the operation does (`transfer authority.promotion → incentive.promotion`), and its note. */
  label: string;
  min: number;
  max: number;
}

/** First- and total-order Sobol' indices of one outcome, with bootstrap intervals. */
export interface SobolIndices {
  outcome: string;
  levers: string[];
  first: number[];
  total: number[];
  /** 95 % bootstrap intervals (percentile), per lever. */
  firstInterval: Array<[number, number]>;
  totalInterval: Array<[number, number]>;
  /** Base samples N (the model ran N × (levers + 2) times). */
  samples: number;
  replicates: number;
}

/** One box on PRIM's peeling trajectory. */
export interface PrimBox {
  /** Limits per lever (unrestricted levers keep the sample's range). */
  limits: Array<{ lever: string; min: number; max: number; restricted: boolean }>;
  /** Share of all cases of interest inside the box. */
  coverage: number;
  /** Share of the box's experiments that are cases of interest. */
  density: number;
  /** Share of all experiments inside the box. */
  mass: number;
  /** Experiments inside the box. */
  count: number;
}

/** PRIM's answer: the peeling trajectory, the chosen box after pasting, and a quasi-p-value per restricted lever. */
export interface PrimResult {
  trajectory: PrimBox[];
  box: PrimBox;
  /** For each restricted lever: how likely the box's density would be reached without that restriction (one-sided binomial). */
  quasiP: Array<{ lever: string; p: number }>;
  /** The density the box was chosen at (the highest-coverage box at or above it). */
  threshold: number;
}
