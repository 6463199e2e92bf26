/** Types of the validator's report. */

/** An error makes a dataset unusable; a warning records an inconsistency that is kept as printed. */
export type Severity = "error" | "warning";

/** The checks the validator runs, one id each. */
export type CheckId =
  | "share" // printed share differs from the recomputed share
  | "children-sum" // children's points exceed the parent's (error), or fall short without direct codings (warning)
  | "impossible" // a value no count can have: not a whole number 0…2^53−1, more files than points, points in no file
  | "files-total" // a file count exceeds the corpus's document total
  | "files-union" // a parent's files are below a child's, or above the children's sum without direct codings
  | "printed-twice" // a node printed in two places with different numbers
  | "missing" // a codebook node without counts
  | "dimension-total" // root points differ from dataset.json
  | "project" // a coded project's structure: ids, parents, codings, offsets within texts
  | "not-codable" // a coding on a code the project marks not codable
  | "missing-text"; // a source whose text the project does not carry (its offsets are unchecked)

/** One finding of the validator, located by table (source) and node. */
export interface Finding {
  severity: Severity;
  check: CheckId;
  /** Where the number is printed: `table3`, `text-2.2.2`, … (empty for codebook-level findings). */
  source: string;
  /** The node id. */
  node: string;
  /** The node's Chinese label as printed. */
  label: string;
  message: string;
  /** The row of counts.csv, when the finding is about one row. */
  line?: number;
}

/** The validator's report. */
export interface ValidationReport {
  errors: readonly Finding[];
  warnings: readonly Finding[];
}
