/**
 * The shape of codebook.json as a file. schemas/codebook.schema.json is generated from
 * `CodebookFile` by `npm run schema` (scripts/generate-schema.mjs); tests/input-schemas.test.ts
 * fails when the two drift apart. Every codebook is checked against the schema when it is indexed
 * (lib/dataset/codebook.ts), after the reader's own checks, which name the usual mistakes in the
 * codebook's own terms. The format is documented in docs/codebook.md.
 *
 * @example
 * const file: CodebookFile = {
 *   scheme: { id: "supply-demand-environment" },
 *   tools: [{ id: "supply", label_zh: "供给型", label_en: "Supply-side", children: [{ id: "supply.talent", label_zh: "人才培养", label_en: "Talent training" }] }],
 *   themes: [{ id: "stage_rd", label_zh: "研发", label_en: "R&D" }],
 * };
 */
import type { Direction } from "./types";

/** A cue word as written: `direction` null or absent where none applies (always in a scheme without directions). */
export interface CueFile {
  /** @minLength 1 */
  term: string;
  direction?: Direction | null;
  /** Where the cue comes from (a section of the source, a citation). */
  section?: string;
}

/** A direction of the scheme; a codebook with directions lists promotion, then constraint. */
export interface DirectionFile {
  id: Direction;
  /** @minLength 1 */
  label_zh: string;
  /** @minLength 1 */
  label_en: string;
}

/** A tool, or a sub-tool of any depth up to the codebook's depth limit. */
export interface ToolFile {
  /** @pattern ^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$ */
  id: string;
  /** @minLength 1 */
  label_zh: string;
  /** @minLength 1 */
  label_en: string;
  summary_en?: string;
  cues?: CueFile[];
  /** @minItems 1 */
  children?: ToolFile[];
}

/** A node of the second dimension (a theme, a policy stage …) with its children. */
export interface ThemeFile {
  /** @pattern ^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$ */
  id: string;
  /** @minLength 1 */
  label_zh: string;
  /** @minLength 1 */
  label_en: string;
  summary_en?: string;
  cues?: CueFile[];
  /** @minItems 1 */
  children?: ThemeFile[];
}

/** Which scheme the codebook follows; a score catalogue names the scheme it applies to. */
export interface SchemeFile {
  /**
   * Lower-case letters, digits and dashes.
   * @pattern ^[a-z0-9][a-z0-9-]*$
   */
  id: string;
  label_zh?: string;
  label_en?: string;
  /** The citation the scheme rests on. */
  reference?: string;
}

/** codebook.json. */
export interface CodebookFile {
  /** The schema this file follows (editors use it for completion); ignored by the kit. */
  $schema?: string;
  version?: string;
  /** Where the codebook comes from (sections of a paper, a citation). */
  source?: string;
  /** The scheme; absent: `schneider-ingram` (the paper's) when the codebook has directions, else `custom`. */
  scheme?: SchemeFile;
  /** Absent or empty: a scheme without directions (tools carry points themselves). */
  directions?: DirectionFile[];
  /** What the second dimension is called (default 政策主题 / Policy themes). */
  theme_dimension?: { label_zh: string; label_en: string };
  /**
   * The simulation indicators that tables of a simulation show first, in this order: fixed names
   * (evenness, hhi, …) or share.<node id> / promotion.<tool id>. Absent: every top-level tool's
   * share, then the mix measures.
   */
  headline_indicators?: string[];
  /** @minItems 1 */
  tools: ToolFile[];
  /** @minItems 1 */
  themes: ThemeFile[];
}
