/** Messages of the policy-mix measures (lib/measures): why a value is not defined, contract errors, what the paper's data allows. Part of lib/messages (see index.ts). */

/** Reasons, errors and notes of lib/measures. */
export const measureText = {
  /** Reasons a measure is not defined (reported as `notDefined`, `null` in JSON). */
  noCategories: "no categories (an empty vector)",
  noPoints: "no points",
  oneCategory: "a single category (evenness = H / ln 1 is 0 / 0)",
  noCells: "no cells (a table without rows or columns)",
  noColumns: "no columns in this row",
  noDirectionPoints: "no points with a direction in this theme",
  emptyPortfolio: "an empty portfolio (no instrument × target cell in use)",
  oneTarget: "fewer than two targets in use (AID compares each target with the others)",
  noInstruments: "no instruments (a portfolio space without rows)",
  /** Group name of documents that do not record the grouping variable (region or year). */
  notRecorded: "(not recorded)",
  /** Contract errors (a caller broke a function's contract), not users' files. */
  badCount: (fn: string, value: number, at: string) => `${fn} needs finite counts ≥ 0, got ${value} at ${at}`,
  notFinite: (value: number) => `a measure must be a finite number, got ${value} (a measure that does not exist is notDefined with its reason)`,
  ragged: (fn: string, row: number, length: number, expected: number) => `${fn} needs rows of equal length: row ${row} has ${length} cells, row 0 has ${expected}`,
  badOrder: (q: number) => `hillNumber needs a finite order q ≥ 0, got ${q}`,
  directionsLength: (rows: number, directions: number) => `directionBalance needs one direction (or null) per row: ${rows} rows, ${directions} directions`,
  /** What the paper's published aggregates allow (lib/measures/paper-data.ts). */
  paper: {
    tools: "Table 2 prints the points of every tool × direction cell: the tool shares and any balance measure across tools or cells follow",
    themes: "Tables 3–7 and section 2.2 print the points of every theme node: balance across themes (or sub-themes within a theme) follows",
    directions: "Table 2 prints promotion and constraint points per tool: the promotion share and the balance index per tool and overall follow",
    joint: "the paper prints no tool × theme table, only the two margins (Table 2 and Tables 3–7); many tables share the same margins (with every margin positive, a table using every cell and one using only a few both fit), so no measure of the joint table follows",
    perTheme: "promotion and constraint per theme need the tool × direction × theme table, which the paper does not print (its section 3.2 asks for this 收放 balance per theme)",
    groups: "per document, region or year needs document-level counts; the paper prints totals over its 68 documents only (figures 5–7 show regional shares as images, not as counts); the kit's synthetic corpus has document-level counts but is invented",
  },
} as const;
