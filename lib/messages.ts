/**
 * Every user-facing message of the kit, in one place (as vega-lite keeps its log messages), so
 * wording stays consistent and can be reviewed or translated together.
 */

/** "expected …" phrases of input errors: what the kit requires of a value. */
export const expected = {
  aFile: "a readable file",
  datasetFolder: "a dataset folder with dataset.json, codebook.json and counts.csv",
  nonEmptyFile: "a non-empty file",
  utf8: "UTF-8 text (save the file as UTF-8; GBK/GB18030 and UTF-16 are not read)",
  json: "valid JSON",
  csvHeader: (required: readonly string[]) => `a header row${required.length ? ` with columns ${required.join(", ")}` : ""}`,
  column: (name: string) => `a column named "${name}"`,
  uniqueColumns: "each column name once",
  cellCount: (n: number) => `${n} cells, one per header column (quote cells that contain commas)`,
  dataRows: "at least one data row",
  closedQuote: "a closing double quote",
  count: "a whole number ≥ 0",
  percent: "a percentage between 0 and 100 (or empty where not printed)",
  nonEmpty: "a non-empty text",
  oneOf: (allowed: readonly string[]) => `one of ${allowed.join(", ")}`,
  year: (min: number, max: number) => `a year between ${min} and ${max}`,
  object: "a JSON object",
  array: "a JSON array",
  nonEmptyArray: "a non-empty JSON array",
  codebookObject: "a JSON object with directions, tools and themes",
  nodeId: "an id of lower-case letters, digits and underscores, parts joined by dots (e.g. land_supply.admission)",
  bothDirections: "exactly the directions promotion, constraint in this order",
  cueDirection: "promotion, constraint or null",
  uniqueNodeId: "an id not used by another node (tools, themes and tools.promotion/constraint are reserved)",
  knownNode: "a node id defined in codebook.json (tool ids, tool.direction cells, theme ids, tools, themes)",
  oncePerSource: (source: string, line: number) => `each node once per source; "${source}" already has it at row ${line}`,
  documentTotal: "the number of documents in the corpus, a whole number ≥ 1",
  uniqueDocId: (line: number) => `a doc_id not used before (row ${line} has it)`,
  knownDocId: "a doc_id listed in documents.csv",
  positiveCount: "a whole number ≥ 1 (leave out documents without points)",
  oncePerDocument: (line: number) => `each (doc_id, node_id) pair once; row ${line} has it`,
} as const;

/** Messages of the validator's findings; `where` names the table (or text section) and node. */
export const finding = {
  shareMismatch: (recomputed: number, printed: number, points: number, parentPoints: number, truncates: boolean) =>
    `printed share ${printed.toFixed(2)} % differs from the recomputed ${recomputed.toFixed(2)} % (${points} / ${parentPoints})` +
    (truncates ? "; truncating instead of rounding gives the printed value" : ""),
  childrenSum: (sum: number, points: number, children: readonly string[]) =>
    `children sum to ${sum} points, the parent prints ${points} (children: ${children.join(", ")})`,
  filesAboveTotal: (files: number, total: number) => `${files} files exceed the corpus total of ${total} documents`,
  filesBelowChild: (files: number, child: string, childFiles: number) =>
    `${files} files, fewer than its child ${child} (${childFiles}); a parent's files are a union of its children's`,
  filesAboveChildSum: (files: number, sum: number) => `${files} files, more than the sum of its children's files (${sum})`,
  printedTwice: (source: string, other: string, field: string, a: number | null, b: number | null) =>
    `${field} printed as ${a} in ${source} but ${b} in ${other}`,
  missingNode: "no count is given for this node",
  dimensionTotal: (points: number, declared: number) => `the dimension root has ${points} points, dataset.json declares ${declared}`,
} as const;

/** CLI texts. */
export const cli = {
  usage: `toolmix — policy-tool analysis kit

Usage:
  toolmix tables [--data DIR] [--json]   recomputed Tables 2–7 of a dataset (default: the paper's data)
  toolmix validate [PATH]                validate a dataset folder; exits 1 on errors
  toolmix run [--out DIR]                the main job: execute every notebook into output/
  toolmix help                           this text
`,
  unknownCommand: (name: string) => `unknown command "${name}"; run \`toolmix help\` for the list`,
  unknownOption: (name: string, command: string) => `unknown option "${name}" for \`toolmix ${command}\``,
  missingValue: (name: string) => `option ${name} needs a value`,
  valid: (dir: string, warnings: number) => `${dir}: valid (${warnings} warning${warnings === 1 ? "" : "s"})`,
  invalid: (dir: string, errors: number) => `${dir}: ${errors} error${errors === 1 ? "" : "s"}`,
} as const;
