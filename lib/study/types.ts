/**
 * Types of a study file (`study.json`): a worked example as plain data, in the manner of EMA
 * Workbench's scenarios and policies: which texts, coded in which scheme with which words, which
 * matrices, scenarios and catalogue, with which seed. `toolmix run` runs every shipped study;
 * schemas/study.schema.json is generated from `StudyFile` (`npm run schema`).
 */

/** One X–Y matrix of a study: two sides as `toolmix matrix --rows/--cols` names them. */
export interface StudyMatrix {
  /** "tools", "themes" or a document variable (region, year, level, …). */
  rows: string;
  cols: string;
  /** Levels of tools or themes (default 1). */
  levelRows?: number;
  levelCols?: number;
}

/** A study file. Paths are relative to the study file's folder. */
export interface StudyFile {
  /** The schema, for editors: "…/schemas/study.schema.json". */
  $schema?: string;
  /** The study's id: the folder of its outputs (output/examples/ID) and the coded dataset's id. */
  id: string;
  /** A title on one line: the coded dataset's title. */
  title: string;
  /** Raw UTF-8 policy texts, one document each, with `#` header lines. */
  texts: string[];
  /** A codebook.json or a folder with one. */
  scheme: string;
  /** A keyword list `term,code[,weight]` replacing the scheme's cue words. */
  dictionary?: string;
  /** Matrices of the coded texts. */
  matrices: StudyMatrix[];
  /** Scenario files to simulate (each names its baseline dataset). */
  scenarios: string[];
  /** The study's recommendation catalogue, to score the scenarios against. */
  catalogue?: string;
  /** Seed of every random result; a whole number from 0 to 2³² − 1. */
  seed: number;
  /** Monte Carlo draws of simulate and score (default 10 000). */
  draws?: number;
}
