/** Types of the recomputed tables (Tables 2–7 of the paper), the shape `toolmix tables --json` prints. */
import type { Finding } from "../validate/types";

/** Counts at one node: documents, reference points, and the share of the parent's points. */
export interface CountCell {
  /** Documents coded at the node; null where the source does not print it. */
  files: number | null;
  /** Reference points; null where the dataset has no count for the node. */
  points: number | null;
  /** Share of the parent's points in percent, recomputed, two decimals. */
  pct: number | null;
  /** The share as printed in the source, for comparison; null where not printed. */
  pctPrinted: number | null;
}

/** A row of Table 2: one tool, split into promotion and constraint. */
export interface ToolRow {
  id: string;
  /** Chinese label as printed. */
  label: string;
  label_en: string;
  promotion: CountCell;
  constraint: CountCell;
  points: number | null;
  /** Share of all tool points. */
  pct: number | null;
  pctPrinted: number | null;
}

/** A node of the theme tables (Tables 3–7) with its children. */
export interface ThemeRow extends CountCell {
  id: string;
  label: string;
  label_en: string;
  /** Where the node's counts are printed (`table4`, `text-2.2.1`). */
  source: string | null;
  children: ThemeRow[];
}

/** All recomputed tables of a dataset, with the validator's warnings. */
export interface Tables {
  tools: ToolRow[];
  toolTotal: ToolRow;
  themes: ThemeRow[];
  /** Reference points of the themes dimension (1 680 in the paper). */
  themeTotal: number | null;
  warnings: Finding[];
  errors: Finding[];
}
