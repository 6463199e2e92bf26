/**
 * Types of a scenario file (scenarios/*.json). scenarios/scenario.schema.json is generated from
 * `ScenarioFile` by `npm run schema`; a test fails if the two drift apart.
 */

/** A fixed intensity, or a range sampled uniformly per draw. */
export type Intensity = number | IntensityRange;

/** A range of intensities, sampled uniformly in [min, max] for every draw. */
export interface IntensityRange {
  min: number;
  max: number;
}

/** A destination of a transfer, with its part of the moved share (weights are normalised). */
export interface TransferTarget {
  /** Codebook node id: a tool, a tool cell (`incentive.promotion`) or a theme node. */
  node: string;
  /**
   * Relative weight of this destination; default 1 (an even split).
   * @exclusiveMinimum 0
   */
  weight?: number;
}

/** Move a share from one node to one or more nodes of the same dimension. Give `pp` or `fraction`. */
export interface TransferOperation {
  op: "transfer";
  from: string;
  /** @minItems 1 */
  to: TransferTarget[];
  /** Percentage points of the dimension's total to move. */
  pp?: Intensity;
  /** Fraction (0–1) of the source node's share to move. */
  fraction?: Intensity;
  note?: string;
}

/** Multiply a node's weight within its parent (compositional perturbation); siblings re-close. */
export interface ReweightOperation {
  op: "reweight";
  node: string;
  /** Multiplier > 0; 2 doubles the node's odds against its siblings. */
  factor: Intensity;
  note?: string;
}

/** Fix a node's share (0–1) within its parent, or of the whole dimension; the others re-close proportionally. */
export interface SetOperation {
  op: "set";
  node: string;
  share: Intensity;
  /** What the share is of: the node's parent (default) or the whole dimension. */
  of?: "parent" | "dimension";
  note?: string;
}

/** Move the children of `within` a fraction λ of the way to a reference mix along the Aitchison geodesic. */
export interface TowardOperation {
  op: "toward";
  /** The parent whose children's mix moves: `tools` for the five tools, a tool for its promotion/constraint split, a theme node. */
  within: string;
  /** Reference shares of every child of `within` (each > 0), or "uniform". */
  reference: Record<string, number> | "uniform";
  /** 0 keeps the mix, 1 reaches the reference. */
  lambda: Intensity;
  note?: string;
}

/** Add reference points to a node in count space; the way to create a tool that has none today. */
export interface AddOperation {
  op: "add";
  node: string;
  /** Reference points to add (the paper's tools dimension has 2 040). */
  points: Intensity;
  note?: string;
}

/** One step of a scenario; steps apply in order. */
export type Operation = TransferOperation | ReweightOperation | SetOperation | TowardOperation | AddOperation;

/** The mix a scenario starts from. */
export interface BaselineSpec {
  /** A shipped dataset name (`paper-m0`) or a folder path relative to the scenario file. */
  dataset: string;
  /** Keep only documents of one region (needs document-level data). */
  region?: "northeast" | "east" | "central" | "west";
  /** Keep only documents of one city, as written in documents.csv `place` (needs document-level data). */
  city?: string;
}

/** A scenario file: plain data, as EMA Workbench keeps its policies. */
export interface ScenarioFile {
  /**
   * Stable id: lower-case letters, digits and dashes.
   * @pattern ^[a-z0-9][a-z0-9-]*$
   */
  id: string;
  title: string;
  title_zh?: string;
  /** Which recommendation of the paper this follows, and why. */
  rationale: string;
  /** Sections of the paper the scenario rests on, e.g. ["3.1"]. */
  sections?: string[];
  baseline: BaselineSpec;
  operations: Operation[];
}
