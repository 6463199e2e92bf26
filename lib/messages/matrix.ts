import { counted } from "./common";

/** Messages of the X–Y matrix (lib/matrix, `toolmix matrix`): input errors, notes, the unit rules, the test. Part of lib/messages (see index.ts). */

const SOURCES = "raw .txt texts (coded by the dictionary), a REFI-QDA project (.qdpx, .qde) or project folder with its mapping, or a segments CSV (doc_id,segment_id,node_id[,text])";

/** Texts of lib/matrix and `toolmix matrix`. */
export const matrixText = {
  /** A document variable's value where the document does not record it. */
  notRecorded: "(not recorded)",
  /** How units were formed, shown with the table (and in JSON as `rule`). */
  rule: {
    coder: "clauses of the dictionary coder; a clause counts in a cell when it is coded at the row and at the column (a clause has one tool cell and any number of themes)",
    schemeCoder: "clauses of the scheme coder (the scheme's cue words or a keyword list); a clause counts in a cell when it is coded at the row and at the column (a clause has one tool node and any number of second-dimension nodes)",
    project: "coded passages: text coded at both the row node and the column node (codings that overlap, as NVivo's matrix coding query with AND); touching text of one cell is one passage",
    csv: "segments of the CSV (one doc_id + segment_id); a segment counts in every cell whose row and column it is coded at",
  },
  expected: {
    dimension: (names: readonly string[]) => `one of ${names.join(", ")}, or the name of another document variable (letters, digits, _ . - and spaces; at most 64): tools and themes are the codebook's dimensions, the others document variables`,
    noLevelForVariable: (name: string) => `no level: "${name}" is a document variable (levels are for tools and themes)`,
    level: (dimension: string, deepest: number, names: readonly string[]) =>
      deepest === 1 ? `level 1, the only level of ${dimension} (${names.join("; ")})` : `a level of ${dimension} from 1 to ${deepest} (${names.join("; ")})`,
    levelNumber: "a whole number ≥ 1",
    variable: (variable: string, recorded: readonly string[], suggestion?: string) =>
      `${suggestion ? `${suggestion} (did you mean it?), or ` : ""}documents that record ${variable} (a \`# ${variable}: …\` header line in each text, or a project variable ${variable}, or one named in the mapping's "variables")${recorded.length > 0 ? `; these documents record ${recorded.join(", ")}` : "; these documents record no variable"}; the codebook's dimensions are tools and themes`,
    segmentsCsv: "a segments CSV with columns doc_id, segment_id, node_id (optional text), one row per coding; a matrix needs segment-level data",
    nonEmptyCell: (column: string) => `a non-empty ${column}`,
    codableNode: "a node id of the codebook (a tool cell such as authority.promotion, a tool, or a theme such as land_supply.admission)",
    codingOnce: (line: number) => `each node once per segment (row ${line} has it)`,
    sameText: (segment: string) => `the same text in every row of segment ${segment} (or an empty text)`,
    source: `${SOURCES}`,
    segmentLevel: `segment-level data: ${SOURCES}`,
    paperSegments: `segment-level data: the paper printed no tool × theme table — only its two margins (Table 2 and Tables 3–7) — and no coded passages, so its data cannot give a matrix; a matrix needs ${SOURCES}`,
    oneProject: "one project, CSV or dataset at a time (several raw .txt texts are fine)",
    mapOrScheme: "a mapping file (--map FILE, or NAME-map.json next to the project), or --scheme CODEBOOK when the project's codes are that scheme's node ids or labels (a .qdpx written by toolmix code --scheme)",
  },
  found: {
    noVariable: (variable: string) => `${variable} (recorded by no document)`,
    documentLevelCsv: (columns: readonly string[]) => `document-level counts (columns ${columns.join(", ")}), not segments`,
    paperData: "the paper's data (aggregate counts only)",
    datasetFolder: "a dataset folder: counts per document and node, not coded segments",
    kind: (what: string) => what,
    projectWithoutMap: "no mapping file, and no coded code is a node id or label of the scheme",
    noSuchPath: "no such file or folder",
    folderWithoutCodings: "a folder without dataset.json or codings.json",
    noExtension: "a file without extension",
    extension: (extension: string) => `a ${extension} file`,
    inputs: (n: number) => `${n} inputs`,
  },
  /** The title of the tool side of a matrix (the second dimension's comes from its codebook). */
  toolsTitle: { zh: "政策工具", en: "Policy tools" },
  /** Titles of the usual document variables; any other variable is titled by its own name. */
  variableTitle: (variable: string): { zh: string; en: string } => {
    const known: Record<string, { zh: string; en: string }> = { region: { zh: "地区", en: "Region" }, city: { zh: "城市", en: "City" }, province: { zh: "省份", en: "Province" }, year: { zh: "年份", en: "Year" }, level: { zh: "层级", en: "Level" }, place: { zh: "地点", en: "Place" } };
    // Own keys only: a variable named constructor is titled by its name, not by Object's.
    return Object.hasOwn(known, variable) ? known[variable] : { zh: variable, en: variable };
  },
  note: {
    aboveLevel: (count: number, side: string, level: number) => `${count} unit${count === 1 ? " is" : "s are"} coded in ${side} only above level ${level} (e.g. at a parent theme): in no ${side} category of this table`,
    outside: (count: number, missing: string, present: string) =>
      `${count} unit${count === 1 ? " is" : "s are"} coded at no ${missing} node${missing === "tools" ? " (only at the second dimension, e.g. a stage or theme)" : missing === "themes" ? " (only at a tool)" : ""} and ${count === 1 ? "is" : "are"} in no cell of this ${present === "tools" || present === "themes" ? "table" : `table of ${missing} × ${present}`}`,
    withoutOffsets: (count: number) => `${count} coding${count === 1 ? "" : "s"} without offsets (no text selection) left out: their overlap with other codings is unknown`,
    emptyRanges: (count: number) => `${count} coding${count === 1 ? "" : "s"} of no text (start = end) left out`,
    unmapped: (codes: readonly string[]) => `${codes.length} code${codes.length === 1 ? "" : "s"} with codings map to no node and are left out: ${codes.join(", ")}`,
    merged: (units: number, passages: number) =>
      `the cells count passages: the ${units} coded range${units === 1 ? "" : "s"} behind the table (text cut at every coding's ends; touching codings at the same nodes are one range, so a project with a coding per clause has fewer ranges than codings) form${units === 1 ? "s" : ""} ${passages} passage${passages === 1 ? "" : "s"} in its cells once touching ranges of one cell are joined (a passage in several cells counts in each)`,
    missingTexts: (count: number) => `${count} source${count === 1 ? "" : "s"} without text: passages are given by offsets only`,
  },
  /** The `note` column of matrix.csv, for cells whose shares or test values are blank. */
  csvNote: {
    noUnits: (row: boolean, col: boolean) =>
      `${row && col ? "row and column have" : row ? "row has" : "column has"} no units: ${row ? "row share undefined; " : ""}${col ? "column share undefined; " : ""}left out of the chi-square test`,
    noTest: "fewer than two rows or columns with units: no chi-square test",
  },
  test: {
    tooSmall: (rows: number, cols: number) => `fewer than two rows or columns with units (${rows} × ${cols}): no test of independence`,
    smallExpected: (small: number, cells: number, belowOne: number) =>
      `${small} of ${cells} cells (${((100 * small) / cells).toFixed(0)} %) expect fewer than 5 units${belowOne > 0 ? `, ${belowOne} fewer than 1` : ""}: the chi-square approximation is doubtful (Cochran's rule: at most 20 % below 5, none below 1); merge categories or use a coarser level`,
    dropped: (what: string, names: readonly string[]) => `${what} without units left out of the test: ${names.join(", ")}`,
  },
  text: {
    title: (rows: string, cols: string, source: string) => `X–Y matrix: ${rows} × ${cols} — ${source}`,
    unit: (unit: string, units: number, documents: number, rule: string) =>
      `Unit: ${unit === "passage" ? "coded passage" : unit} (${unit === "passage" ? counted(units, "coded range") : counted(units, "unit")} in ${counted(documents, "document")}) — ${rule}.`,
    cellHeader: (rows: string, cols: string, units: number, files: number) => `${rows} × ${cols} — ${counted(units, "unit")} in ${counted(files, "file")}`,
    multi: "A unit coded at several nodes counts in every cell it belongs to; a cell shows units (row share).",
    files: "Files: documents with at least one unit in the cell.",
    total: "total",
    chi: (x: string, df: number, p: string, v: string, n: number) => `Chi-square test of independence: X² = ${x}, df = ${df}, p = ${p}, Cramér's V = ${v} (n = ${n} cell units)`,
    chiNone: (reason: string) => `Chi-square test of independence: not defined (${reason})`,
    residuals: "Largest standardized residuals (|r| > 2 departs from independence at about the 5 % level):",
    noResiduals: "No standardized residual beyond ±2.",
    passages: (cap: number) => `Passages (at most ${cap} per cell; --json gives all):`,
    more: (n: number) => `… ${n} more`,
    written: (dir: string, files: readonly string[]) => `Written to ${dir}: ${files.join(", ")}`,
  },
  cli: {
    needsSource: `toolmix matrix needs a SOURCE: ${SOURCES}. Example: toolmix matrix data/examples/m0-example.qdpx --rows tools --cols themes`,
    jsonAndCsv: "toolmix matrix takes --json or --csv, not both",
    levelValue: (option: string, value: string) => `${option} needs a whole number ≥ 1, got "${value}"`,
  },
  internal: {
    gammaArgument: (fn: string, value: number) => `${fn} needs a finite argument > 0 (x ≥ 0), got ${value}`,
    ragged: (row: number, length: number, width: number) => `chiSquareTest needs rows of equal length: row ${row} has ${length} cells, row 0 has ${width}`,
    badCount: (value: number, row: number, col: number) => `chiSquareTest needs whole counts ≥ 0, got ${value} at [${row}][${col}]`,
  },
} as const;
