/** Types of two-dimensional cross-tabulations (NVivo's matrix coding query): X × Y counts and the passages behind them. */

/**
 * What one count in a cross-tab counts: a clause or sentence of a coded text, a segment of a
 * segments CSV, a coded passage of a QDA project (overlapping codings; touching text of one cell
 * joined, as NVivo counts a matrix cell's references), or a document.
 */
export type CountUnit = "clause" | "sentence" | "segment" | "passage" | "document";

/**
 * A cross-tab of two dimensions: `counts[i][j]` units coded at row node i and column node j.
 * A unit coded at several nodes counts in every cell it belongs to, so the cells need not sum to
 * the number of units (`units` says how many there are).
 */
export interface CrossTab {
  /** What is crossed, e.g. "tools" × "themes", or "tools" × "region" (a document variable). */
  rowDimension: string;
  colDimension: string;
  rowIds: readonly string[];
  colIds: readonly string[];
  /** Labels for display, in the same order as the ids. */
  rowLabels: readonly string[];
  colLabels: readonly string[];
  /** counts[row][col]; integers ≥ 0. */
  counts: readonly (readonly number[])[];
  /** The unit each count is of. */
  unit: CountUnit;
  /** Distinct units behind the table (a multi-coded unit is one unit). */
  units: number;
}

/**
 * A document variable a cross-tab can use as one of its dimensions: region, year, place (the
 * city), province, or any other variable the documents record (a text's `# level: city` header
 * line, a project's case attribute under its own name).
 */
export type DocumentVariable = string;

/** What one side of a cross-tab is: a codebook dimension at a level, or a document variable. */
export type DimensionSpec =
  | { kind: "nodes"; dimension: "tools" | "themes"; level: number }
  | { kind: "variable"; variable: DocumentVariable };

/**
 * A unit of coded text: a document's clause, sentence or coded passage and the kit nodes it is
 * coded at. Offsets are code points into the document's text, end exclusive (null when the
 * source does not give them, as in a segments CSV).
 */
export interface MatrixSegment {
  doc: string;
  /** The document's name or title, for display (the id when absent). */
  title?: string;
  /** The segment's id within its document (a clause index, a CSV segment_id, start–end). */
  id: string;
  start: number | null;
  end: number | null;
  text: string;
  /** Kit codebook node ids (tool cells, tools, themes); a unit coded at several counts in every cell it belongs to. */
  nodes: readonly string[];
}

/** The text behind a cell: one unit (or, for overlapping codings, one run of touching units). */
export interface Passage {
  doc: string;
  /** The document's name or title, when known. */
  title?: string;
  /** The segment's id, or the ids of the touching segments merged into this passage joined by "+". */
  segment: string;
  start: number | null;
  end: number | null;
  text: string;
}

/**
 * Per document, the variables a cross-tab can use, by name (absent where not recorded): the kit's
 * region, year, place and province, and any other variable under its own name. Read only with
 * Object.hasOwn (lib/matrix/dimension.ts), so a variable named "constructor" is an ordinary name.
 */
export type DocumentVariables = Readonly<Record<string, string | number>>;

/**
 * A cross-tab with everything NVivo's matrix coding query shows: units and files per cell, row and
 * column shares, and the passages behind every cell.
 */
export interface Matrix extends CrossTab {
  /** The source it was built from (a file, folder or "N texts"). */
  source: string;
  /** How units were formed and when a unit counts in a cell (shown with the table). */
  rule: string;
  /** English labels of the rows and columns, in the same order as the ids. */
  rowLabelsEn: readonly string[];
  colLabelsEn: readonly string[];
  /** What each side is, for titles: the codebook's dimension labels (e.g. 政策阶段 / Policy stage), or the variable's name. */
  rowTitle: { zh: string; en: string };
  colTitle: { zh: string; en: string };
  /** Levels of the two sides (null for a document variable). */
  rowLevel: number | null;
  colLevel: number | null;
  /** files[row][col]: documents with at least one unit in the cell. */
  files: number[][];
  /** counts[row][col] / the row's sum of cells (null for a row without units); rows sum to 1. */
  rowShares: (number | null)[][];
  /** counts[row][col] / the column's sum of cells (null for an empty column); columns sum to 1. */
  colShares: (number | null)[][];
  /** Sums of cells per row and column, and the grand total (a unit in k cells of a row adds k). */
  rowTotals: number[];
  colTotals: number[];
  total: number;
  /** Documents with at least one unit in a row (column) of the table. */
  rowFiles: number[];
  colFiles: number[];
  /** Documents with at least one unit in the table. */
  documents: number;
  /** passages[row][col], in document and text order; `counts[row][col] === passages[row][col].length`. */
  passages: Passage[][][];
  /**
   * Said with the unit when the cells count something other than the units behind the table
   * (coded ranges joined into passages), else null; also the first of `notes` it concerns.
   */
  unitNote: string | null;
  /** What else the reader should know: units left out and why. */
  notes: string[];
}
