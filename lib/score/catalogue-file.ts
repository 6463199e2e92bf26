/**
 * The shapes of the score command's JSON inputs as files: a recommendation catalogue
 * (`--catalogue`, data/recommendations.json) and a weights file (`--weights`). The JSON Schemas in
 * schemas/ are generated from these types by `npm run schema` (scripts/generate-schema.mjs), and
 * the loaders check every file against them before the semantic checks.
 *
 * @example
 * const file: WeightsFile = { weights: { "authority-share": 0.5, "tool-evenness": 0.5 } };
 */
import type { Recommendation } from "./types";

/** A recommendation catalogue as written in its JSON file. */
export interface CatalogueFile {
  /** The schema this file follows (editors use it for completion); ignored by the kit. */
  $schema?: string;
  version?: string;
  /**
   * The coding scheme the criteria apply to (a codebook's `scheme.id`); default `schneider-ingram`,
   * the paper's. Scoring a dataset coded in another scheme is refused.
   * @pattern ^[a-z0-9][a-z0-9-]*$
   */
  scheme?: string;
  /** Where the recommendations come from (the paper's sections). */
  source?: string;
  /** Score thresholds (0–100) of the marks pass and partial (default 70 and 30). */
  marks?: { pass: number; partial: number; note?: string };
  recommendations: Recommendation[];
}

/** A weights file: fixed weights for the scorecards and/or bounds on each weight for SMAA. */
export interface WeightsFile {
  /** The schema this file follows; ignored by the kit. */
  $schema?: string;
  /** A note for the reader of the file; ignored by the kit. */
  about?: string;
  /** Criterion id → weight ≥ 0; the weights sum to 1, criteria not named get 0. */
  weights?: Record<string, number>;
  /** Criterion id → [low, high] with 0 ≤ low ≤ high ≤ 1, for SMAA's weight draws. */
  bounds?: Record<string, [number, number]>;
}
