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
  /** For a count too large to be held exactly (JavaScript numbers are exact up to 2^53 − 1). */
  countMax: `a whole number ≥ 0 and at most ${Number.MAX_SAFE_INTEGER}`,
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
  themeDepth: (max: number) => `a theme tree at most ${max} levels deep (themes, their children, …)`,
} as const;

/** "found …" phrases shared by every reader of text files and archive entries. */
export const found = {
  utf16: "UTF-16 text (byte-order mark)",
  notUtf8: "bytes that are not UTF-8",
  noSuchFile: "no such file",
  notRegularFile: "not a regular file",
  /** A long number, shown by its first digits and its length. */
  deeperThan: (level: number) => `themes nested deeper than ${level} levels`,
  digits: (raw: string) => (raw.length > 24 ? `${raw.slice(0, 16)}… (${raw.length} digits)` : raw),
} as const;

/** Messages of the validator's findings; `where` names the table (or text section) and node. */
export const finding = {
  shareMismatch: (recomputed: number, printed: number, points: number, parentPoints: number, truncates: boolean) =>
    `printed share ${printed.toFixed(2)} % differs from the recomputed ${recomputed.toFixed(2)} % (${points} / ${parentPoints})` +
    (truncates ? "; truncating instead of rounding gives the printed value" : ""),
  childrenSum: (sum: number, points: number, children: readonly string[]) =>
    `children sum to ${sum} points, the parent prints ${points} (children: ${children.join(", ")})`,
  childrenAbove: (sum: number, points: number, children: readonly string[]) =>
    `children sum to ${sum} points, more than the parent's ${points}: a parent counts every point of its children (children: ${children.join(", ")})`,
  notACount: (field: string, value: number) =>
    `${field} is ${Number.isFinite(value) && Math.abs(value) >= 1e21 ? `${value.toExponential()} (${Math.floor(Math.log10(Math.abs(value))) + 1} digits)` : String(value)}, which no count can be: expected a whole number from 0 to ${Number.MAX_SAFE_INTEGER}`,
  filesAbovePoints: (files: number, points: number) =>
    `${files} files but only ${points} points: every file counted at a node holds at least one of its points`,
  pointsWithoutFiles: (points: number) => `${points} points in 0 files: a point is always coded in some file`,
  filesAboveTotal: (files: number, total: number) => `${files} files exceed the corpus total of ${total} documents`,
  filesBelowChild: (files: number, child: string, childFiles: number) =>
    `${files} files, fewer than its child ${child} (${childFiles}); a parent's files are a union of its children's`,
  filesAboveChildSum: (files: number, sum: number) =>
    `${files} files, more than the sum of its children's files (${sum}), and the dataset has no codings at this node itself`,
  printedTwice: (source: string, other: string, field: string, a: number | null, b: number | null) =>
    `${field} printed as ${a} in ${source} but ${b} in ${other}`,
  missingNode: "no count is given for this node",
  dimensionTotal: (points: number, declared: number) => `the dimension root has ${points} points, dataset.json declares ${declared}`,
} as const;

/** CLI texts. */
export const cli = {
  usage: `toolmix — policy-tool analysis kit

Usage:
  toolmix tables [--data PATH] [--map FILE] [--json]
                                         recomputed Tables 2–7 of a dataset (default: the paper's data)
                                         or of a coded project mapped with --map (or NAME-map.json)
  toolmix validate [PATH] [--map FILE] [--json]
                                         validate a dataset folder, a REFI-QDA project (.qdpx, .qde)
                                         or a project folder (codings.json + texts/); exits 1 on errors
  toolmix simulate FILE… --seed S [--draws N] [--prior A] [--deff D] [--json]
                                         simulate scenarios (default 10 000 draws, prior 0.5, deff 1)
  toolmix score FILE… --seed S [--draws N] [--weight-draws T] [--weights FILE] [--catalogue FILE] [--json]
                                         score scenarios against the paper's recommendations (SMAA-2)
  toolmix figures [--out DIR] [--lang zh|en|both] [--format svg,png] [--seed S] [--documents DIR] [--force]
                                         every figure as SVG/PNG (300 dpi) with manifest.json
  toolmix synth --seed S [--out DIR] [--force]
                                         write a SYNTHETIC document-level corpus that reproduces the
                                         paper's margins (default output/synthetic-S), for teaching
  toolmix import FILE [--map MAP] --out DIR [--force]
                                         a REFI-QDA project, NVivo matrix or tidy CSV → a dataset folder
  toolmix code TEXTS… --out DIR [--qdpx FILE] [--force]
                                         code raw Chinese policy texts with the dictionary → a dataset
  toolmix run [--out DIR] [--force]      the main job: every figure into DIR/figures and every notebook
                                         executed into DIR/notebooks (default DIR: output/)
  toolmix help                           this text

Outputs never go into the kit's data/, scenarios/ or notebooks/, onto an input, inside an input
folder or into the folder holding an input file. A non-empty --out folder that toolmix did not
write (it has no .toolmix-output.json) is refused unless --force; with --force toolmix writes its
own files there and leaves the others alone. Files are written to a temporary name and renamed.

Every command accepts --debug (print the stack of an unexpected error) and -- (end of options).
Exit codes: 0 ok, 1 an input or consistency error (the message names the file, row or field),
2 a usage mistake (unknown command or option, a missing or malformed option value).

Limits of every reader (every command; README, "Limits"), refused with a message before reading:
  --max-input-mb N   largest input file, and bytes an archive may inflate to, in MiB (default 256, ≤ 2047)
  --max-entries N    entries of a .qdpx or .xlsx archive (default 10000)
  --max-cells N      cells of an .xlsx matrix export (default 1000000)
  --max-depth N      nesting depth of XML and JSON inputs (default 100)
  --max-memory-gb N  memory simulate and score may need for their draws (default ¾ of the machine's)
`,
  unknownCommand: (name: string) => `unknown command "${name}"; run \`toolmix help\` for the list`,
  unknownOption: (name: string, command: string) => `unknown option "${name}" for \`toolmix ${command}\``,
  missingValue: (name: string) => `option ${name} needs a value`,
  repeatedOption: (name: string) => `option ${name} is given twice; give it once`,
  flagWithValue: (name: string) => `option ${name} takes no value`,
  tooManyArguments: (command: string, extra: readonly string[], max: number) =>
    `\`toolmix ${command}\` takes ${max === 0 ? "no file or folder arguments" : `at most ${max} argument${max === 1 ? "" : "s"}`}; unexpected: ${extra.join(" ")}`,
  internalError: (message: string) => `internal error: ${message} (run with --debug for details)`,
  scoreNeedsSeed: "score needs --seed S: every random result takes an explicit seed",
  scoreNeedsFiles: "score needs at least one scenario file, e.g. scenarios/incentive-and-learning.json",
  noScenarioFiles: (given: readonly string[]) =>
    `no scenario file among ${given.join(" ")} (scenario.schema.json is the schema, not a scenario); give files such as scenarios/incentive-and-learning.json`,
  needsSeed: "simulate needs --seed S: every random result takes an explicit seed",
  synthNeedsSeed: "synth needs --seed S: the synthetic corpus is generated from an explicit seed",
  codeNeedsTexts: "code needs one or more UTF-8 text files, one policy document each",
  importNeedsFile: "import needs a file: a .qdpx, .qde, .qdc, an NVivo matrix .xlsx/.csv, or a tidy .csv",
  needsOut: (command: string) => `${command} needs --out DIR, the dataset folder to write (e.g. output/my-project)`,
  needsFiles: "simulate needs at least one scenario file, e.g. scenarios/incentive-and-learning.json",
  badNumber: (name: string, value: string, wanted: string) => `option ${name} is "${value}", expected ${wanted}`,
  valid: (dir: string, warnings: number) => `${dir}: valid (${warnings} warning${warnings === 1 ? "" : "s"})`,
  invalid: (dir: string, errors: number) => `${dir}: ${errors} error${errors === 1 ? "" : "s"}`,
} as const;

/** "expected …" phrases of scenario errors; each error also names the file, operation and value. */
export const scenarioExpected = {
  schema: (message: string) => `a value that fits scenarios/scenario.schema.json (${message})`,
  knownNode: "a node id of the dataset's codebook (a tool, a tool cell such as incentive.promotion, or a theme node)",
  sameDimension: (dimension: string) => `a node of the same dimension as the source (${dimension})`,
  disjoint: "a destination that neither contains nor lies inside the source",
  range: "a range with min ≤ max",
  share: "a share between 0 and 1",
  fraction: "a fraction between 0 and 1",
  pp: "percentage points between 0 and 100",
  factor: "a factor > 0 (use set with share 0 to remove a node)",
  lambda: "λ between 0 and 1",
  points: "a number of points ≥ 0",
  oneAmount: "exactly one of pp or fraction",
  notRoot: "a node below the dimension's root (the root's share is always 1)",
  notMargin: "a tool, a tool cell or a theme node (tools.promotion / tools.constraint are cross-cutting sums)",
  parentWithChildren: "a node with at least two children (tools, a tool, or a theme with children)",
  referenceKeys: (children: readonly string[]) => `a share for every child: ${children.join(", ")}`,
  referencePositive: "reference shares > 0 (a geodesic cannot reach a zero part; use set or transfer)",
  notMoreThanHeld: (held: number) => `at most what the source holds in the baseline (${held.toFixed(2)} pp)`,
  reweightZero: "a node with points in the baseline: reweighting cannot create a node that has none (use add)",
  dataset: "a shipped dataset name (e.g. paper-m0) or a dataset folder relative to the scenario file",
  documentLevel: "a dataset with document-level data (document_counts.csv) for a region or city filter, e.g. one written by `toolmix synth`",
  nonEmptyFilter: "a filter that keeps at least one document",
} as const;

/** Messages of the synthetic corpus (lib/synth, lib/dataset/aggregate.ts) and of `toolmix synth`. */
export const synth = {
  badSeed: (seed: unknown) => `the seed must be a whole number between 0 and 4294967295, got ${JSON.stringify(seed)}`,
  corpusSize: (documents: number, planned: number) =>
    `the synthetic corpus is planned for the paper's ${planned} documents (Table 1's 34 and 34 invented), but the source dataset declares ${documents}`,
  listedCount: (found: number, wanted: number) => `the source's documents.csv lists ${found} documents; the synthetic registry is built around Table 1's ${wanted}`,
  unknownPlace: (place: string, row: number) => `documents.csv row ${row}: no province is known for the place "${place}" (lib/synth/places.ts PROVINCE_OF)`,
  badPlan: (group: string) => `placement group "${group}" asks for more new cities than it has documents or pool cities`,
  noWeight: "weighted draw over weights that are all 0",
  badWeight: (w: number) => `weights must be whole numbers ≥ 0, got ${w}`,
  weightsLength: (items: number, weights: number) => `${items} items but ${weights} weights`,
  sampleSize: (k: number, n: number) => `cannot draw ${k} distinct items from ${n}`,
  childAboveParent: (child: number, parent: number) => `a child with ${child} files inside a node of ${parent} files`,
  childrenBelowParent: (sum: number, parent: number) =>
    `children's files summing to at least the node's ${parent} files (they sum to ${sum}; a node's files are a union of its children's)`,
  needsRow: "a counts.csv row for this node (the synthetic corpus reproduces every node's printed counts)",
  needsFiles: "a printed file count (the synthetic corpus needs the number of documents at this node)",
  marginSum: (sum: number) => `the points of this direction's cells (they sum to ${sum})`,
  cellSum: (sum: number) => `the sum of the tool's two cells (${sum}); points cannot be coded directly at a tool`,
  childrenAbove: (sum: number) => `at least the sum of its children's points (${sum})`,
  directWithoutFiles: (points: number) => `a document to hold the ${points} point(s) coded directly at this node`,
  pointsBelowFiles: (files: number) => `at least one point per file (${files} files), and no points without files`,
  unknownNode: (node: string, line: number) => `document count on line ${line}: node "${node}" is not in the codebook`,
  badPoints: (node: string, doc: string, points: number) => `document ${doc}, node ${node}: points must be a whole number ≥ 0, got ${points}`,
  selfCheck: (node: string, files: number | null, points: number, gotFiles: number, gotPoints: number) =>
    `internal error: the synthetic corpus gives ${node} ${gotFiles} files / ${gotPoints} points, the source prints ${files ?? "(no files)"} / ${points}`,
  attemptsExhausted: (seed: number, attempts: number) =>
    `no synthetic corpus met every regional statement of section 2.3.2 within ${attempts} attempts for seed ${seed}; try another seed`,
  directReason: (label: string, node: string, points: number, childSum: number, files: number | null) =>
    `${label} (${node}) is printed with ${points} points, but its children sum to ${childSum}; ` +
    `the missing ${points - childSum === 1 ? "point is" : `${points - childSum} points are`} coded directly at the node in one document that already has a child point there, so its ${files ?? "unprinted"} files stay exact`,
  noOutFolder: "an output folder is needed (--out DIR)",
  datasetDescription: (o: { seed: number; kitVersion: string; source: string; documents: number; invented: number; direct: readonly string[] }) =>
    `SYNTHETIC DATA. Generated by toolmix ${o.kitVersion} from seed ${o.seed} (\`toolmix synth --seed ${o.seed}\`), for bootstrap demonstrations and teaching. ` +
    `It is never a claim about the real documents: the paper publishes only totals, and every document-level code here is made up. ` +
    `Its ${o.documents} documents are Table 1's ${o.documents - o.invented} listed documents (real titles, invented codes; doc_ids t01…t${o.documents - o.invented}) ` +
    `and ${o.invented} invented documents (s01…s${o.invented}) placed in real cities so that section 2.3.1 holds (Guangdong, Zhejiang and Jiangsu 33 of 68 = 48.5 %, central region 11 = 16.2 %, 50 cities, 20 provinces; ` +
    `the provincial document of 广西 counts as a province, not a city; the document of 吉林 is the city's). ` +
    `Aggregated as NVivo does (points of a node and its descendants; files = distinct documents), it reproduces every printed count of the ${o.source} dataset (its counts.csv: Tables 2–7, text of 2.2) exactly, ` +
    `and its regional shares satisfy the statements of section 2.3.2 within the tolerance recorded under synthesis.regional_tolerance. ` +
    `The paper's one inconsistency is resolved by direct coding at an internal node: ${o.direct.join(" ")}`,
  summary: (o: { seed: number; out: string; documents: number; invented: number; cities: number; provinces: number; rows: number; statements: number; statementTotal: number }) =>
    `Wrote a SYNTHETIC dataset (seed ${o.seed}) to ${o.out}: ${o.documents} documents (${o.invented} invented) in ${o.cities} cities and ${o.provinces} provinces, ` +
    `${o.rows} document-level count rows whose totals reproduce every printed count of the paper, and ${o.statements} of ${o.statementTotal} regional statements of section 2.3.2 met. ` +
    `It is made up for bootstrap demonstrations and teaching, never a claim about the real documents; load it with loadDataset("${o.out}").`,
} as const;

/** "expected …" phrases of catalogue and weights errors. */
export const scoreExpected = {
  catalogueObject: "a JSON object with version, marks and recommendations",
  criterionId: "a criterion id of lower-case letters, digits and dashes, used once in the catalogue",
  cutoffs: "at least two cutoffs in increasing order, one value (0–1) per cutoff",
  weight: "a weight ≥ 0",
  direction: "increase, decrease or band",
  indicator: 'an indicator name (e.g. "authorityShare") or {"ratio": {"numerator": [...], "denominator": [...]}}',
  indicatorName: (fixed: readonly string[]) =>
    `an indicator the simulation produces (${fixed.join(", ")}, share.<node id>, promotion.<tool id>) or {"ratio": {"numerator": [names…], "denominator": [names…]}} with non-empty lists`,
  marks: "marks with 0 ≤ partial ≤ pass ≤ 100",
  someCriterion: "at least one recommendation marked measurable: true, with criteria",
  someWeight: "criteria whose weights sum to more than 0 (a score is their weighted mean)",
  quote: "the Chinese sentence the recommendation rests on",
  notMeasurable: "for a recommendation marked measurable: false, the data that would be needed",
  criteriaPresent: "criteria for a recommendation marked measurable: true",
  weightsObject: 'a JSON object {"weights": {criterion: w}} and/or {"bounds": {criterion: [low, high]}}',
  knownCriterion: (ids: readonly string[]) => `a criterion id of the catalogue (${ids.join(", ")})`,
  nonNegativeWeight: "a weight ≥ 0",
  weightsSumToOne: (sum: number) => `weights that sum to 1 (they sum to ${sum})`,
  bounds: "[low, high] with 0 ≤ low ≤ high ≤ 1",
} as const;

/** Messages of `toolmix figures`. */
export const figuresText = {
  badFormat: (value: string) => `--format is "${value}", expected svg, png or svg,png`,
  badLang: (value: string) => `--lang is "${value}", expected zh, en or both`,
  noDocumentCounts: "no document_counts.csv (region and city figures need document-level counts)",
  summary: (n: number, dir: string) => `Wrote ${n} figures to ${dir} (manifest.json lists each figure, its source in the paper and its files).`,
} as const;

/** "expected …" phrases and summaries of mapping a foreign project onto the kit's codebook. */
export const mapping = {
  mappingObject: 'a JSON object {"codes": {"<foreign code name or path>": "<kit node id>" | null}, "variables": {...}, "values": {...}}',
  knownTarget: "a kit node id (a tool cell such as authority.promotion, or a theme node such as land_supply.admission), or null to ignore the code",
  cellTarget: "a tool cell (<tool>.promotion or <tool>.constraint): the kit counts tools by direction",
  unknownForeign: (names: readonly string[]) => `a code of the imported project (it has ${names.slice(0, 8).join(", ")}${names.length > 8 ? ", …" : ""})`,
  regionValue: "northeast, east, central or west (map other spellings under values.region)",
  yearValue: "a four-digit year",
  summary: (o: { file: string; out: string; documents: number; codes: number; mapped: number; points: number; unmapped: readonly string[]; ignored: number; missingTexts: number; verb?: string }) =>
    `${o.verb ?? "Imported"} ${o.file} → ${o.out}: ${o.documents} documents, ${o.codes} foreign codes (${o.mapped} mapped, ${o.ignored} ignored on purpose), ${o.points} reference points on the kit's codebook.` +
    (o.unmapped.length ? `\nUnmapped codes with codings (${o.unmapped.length}), left out and listed in dataset.json: ${o.unmapped.join(", ")}` : "\nEvery coded code is mapped.") +
    (o.missingTexts ? `\n${o.missingTexts} source texts are not in the file (counts do not need them).` : ""),
} as const;

/** The name of an offset unit in qda messages. */
function unitName(unit: string): string {
  return unit === "utf16" ? "UTF-16 code units" : unit === "codepoint" ? "Unicode code points" : "an unknown unit";
}

/** Messages of the foreign-project readers and the .qdpx writer (lib/qda). */
export const qda = {
  /** How an archive entry is named in messages: the archive, then the entry. */
  entryName: (archive: string, entry: string) => `${archive} › ${entry}`,
  /** The origin recorded for a project read from an NVivo matrix export (the file names no tool). */
  matrixOrigin: "NVivo (Export Coding Matrix)",
  expected: {
    zip: "a zip archive (a .qdpx project or an .xlsx workbook is a zip file)",
    maxEntries: (n: number, option: string) => `at most ${n} entries in the archive (raise the limit with ${option} N)`,
    maxBytes: (n: number, option: string) => `at most ${n} bytes (${(n / 1024 / 1024).toFixed(0)} MiB) once unpacked (raise the limit with ${option} N, in MiB)`,
    honestSizes: "an archive whose headers give each entry's true size (the file is damaged or was crafted to mislead)",
    safePath: "a relative entry path without '..', a leading slash or a drive letter",
    noDoctype: "XML without a DOCTYPE or ENTITY declaration (REFI-QDA and Excel files never need one; they are refused because entities can fetch files or expand without bound)",
    wellFormedXml: "well-formed XML",
    knownEntity: "one of the XML entities &lt; &gt; &amp; &quot; &apos; or a character reference such as &#20320;",
    guid: "a guid attribute",
    uniqueGuid: (line: number) => `a guid not used by another element (line ${line} has it)`,
    codeName: "a non-empty code name",
    knownVariable: "the guid of a Variable declared under Variables",
    position: "a whole-number text position",
    qdeInArchive: "a .qde project file (project.qde) at the top level of the archive",
    oneQde: "exactly one .qde project file, or one named project.qde",
    refiRoot: "a REFI-QDA <Project> (.qde, .qdpx) or <CodeBook> (.qdc) root element",
    knownCode: "the guid of a Code in the CodeBook",
    knownSource: "the guid of a source under Sources",
    uniqueId: "a non-empty id used once",
    knownProjectCode: "the guid of a code of the project",
    knownProjectSource: "the guid of a source of the project",
    noCycle: "a parent chain that ends at a top-level code (no code may be its own ancestor)",
    count: "a whole number ≥ 0",
    bothOffsets: "both start and end, or neither",
    xmlCharacters: "names, texts and variable values without control characters (XML 1.0 cannot carry them)",
    textToConvert: "the source's text, to convert UTF-16 offsets to the code points REFI-QDA requires",
    worksheet: "a workbook with a first worksheet (xl/workbook.xml, xl/worksheets/…)",
    sharedString: (n: number) => `an index into the workbook's ${n} shared strings`,
    cellInSheet: (rows: number, columns: number) => `a cell within Excel's limits (${rows} rows, ${columns} columns)`,
    maxCells: (n: number, option: string) => `at most ${n} cells in the sheet (raise the limit with ${option} N)`,
    matrixShape: "a matrix: a header row of items or codes and at least one row below it, with a label column on the left",
    emptyCorner: "an empty top-left cell, as NVivo's Export Coding Matrix writes it",
    codeLabel: "a code label (e.g. 1 : Authority\\Promotion)",
    itemLabel: "a label naming a document, case or attribute value",
    labelOnce: "each label once on its side of the matrix",
    matrixCount: "a whole number ≥ 0, or an empty cell (export the matrix with cell content Coding References)",
    countOrSegment: "exactly one of the columns count (references per document and node) or segment (one row per coded segment)",
    startAndEnd: "both columns start and end, or neither",
    documentName: "a document name",
    nodePath: "a node name or path such as 政策工具/权威型",
    segmentText: "the text of the coded segment",
    endAfterStart: "an end ≥ start",
    oneValuePerDocument: (document: string, value: string, line: number) => `one value per document: "${document}" has "${value}" at row ${line}`,
    foreignExtension: "a file ending in .qdpx, .qde, .qdc (REFI-QDA), .xlsx (NVivo matrix export) or .csv (tidy codings or a matrix export)",
    csvKind: "a tidy CSV (columns document, node and count or segment) or an NVivo matrix export (an empty first header cell)",
    offsetsInText: (length: number, unit: string) =>
      Number.isFinite(length) ? `0 ≤ start ≤ end ≤ ${length}, the text's length in ${unitName(unit)}` : "0 ≤ start ≤ end",
  },
  found: {
    emptyFile: "an empty file",
    emptyBytes: "no bytes at all",
    notZip: (head: string) => `bytes starting ${head}, not the zip signature 50 4b 03 04 ("PK")`,
    damagedZip: (detail: string) => `a damaged zip archive (${detail})`,
    entries: (n: number) => `${n} entries`,
    declaredSize: (n: number) => `entries declaring ${n} bytes unpacked`,
    sizeMismatch: (declared: number, real: string) => `declared ${declared} bytes, inflates to ${real} bytes`,
    moreThan: (n: number) => `more than ${n}`,
    compression: (name: string, method: number) => `entry ${name} uses compression method ${method}; only stored (0) and deflate (8) are read`,
    nulInPath: (name: string) => `an entry path with a NUL byte: ${JSON.stringify(name)}`,
    driveLetter: (name: string) => `an entry path with a drive letter: ${name}`,
    absolutePath: (name: string) => `an absolute entry path: ${name}`,
    parentSegment: (name: string) => `an entry path that climbs out with '..': ${name}`,
    noRootElement: "no root element",
    halfSpan: "only one of start and end",
    noExtension: "no extension",
    row: (r: string) => `row ${r}`,
    column: (c: number) => `column ${c}`,
    columns: (columns: readonly string[]) => `columns ${columns.join(", ")}`,
    cells: (n: number) => `${n} cells`,
    atLeastCells: (n: number) => `at least ${n} cells (<c> tags in the sheet)`,
    matrixSize: (rows: number, columns: number) => `${rows} row(s) × ${columns} column(s)`,
    noText: (source: string, codings: number) => `${codings} coding(s) with UTF-16 offsets on source "${source}", which has no text`,
    missingAttribute: "(missing)",
    entryList: (names: readonly string[]) => (names.length === 0 ? "an empty archive" : `entries ${names.slice(0, 8).join(", ")}${names.length > 8 ? ", …" : ""}`),
    offsets: (start: number, end: number, source: string) => `start ${start}, end ${end} in source "${source}"`,
  },
  note: {
    offsetsBeyondCodePoints: (n: number) =>
      `Offsets count UTF-16 code units (as NVivo writes them), not the code points of the REFI-QDA standard: ${n} selection(s) end beyond their text's length in code points but within its length in UTF-16 units. Slice texts with JavaScript string indices.`,
    offsetsSplitPairs: (n: number) =>
      `Offsets count Unicode code points, as the REFI-QDA standard says: read as UTF-16 units, ${n} selection boundary(ies) would fall inside an emoji or other astral character.`,
    offsetsWordEdges: (unit: string, utf16: number, codepoint: number) =>
      `Offsets count ${unitName(unit)}: where the two readings differ, ${unit === "utf16" ? utf16 : codepoint} selection boundaries fall on word edges under that reading against ${unit === "utf16" ? codepoint : utf16} under the other.`,
    offsetsContradict: (beyond: number, split: number) =>
      `The offsets contradict each other: ${beyond} selection(s) only fit the text in UTF-16 units, ${split} boundary(ies) only make sense in code points; the offset unit is recorded as unknown.`,
    offsetsFromOrigin: (unit: string, origin: string | undefined, e: { spans: number; differing?: number; edgesUtf16?: number; edgesCodePoint?: number }) =>
      `Offset unit ${unit === "unknown" ? "unknown" : `taken as ${unitName(unit)}`}${origin ? `, as the writing tool (${origin}) suggests` : " (the file names no writing tool)"}: ` +
      (e.spans === 0
        ? "no selection could be checked against a text."
        : e.differing === undefined
          ? `the ${e.spans} selection(s) with texts come before any emoji or other astral character, where UTF-16 units and code points agree, so the texts cannot tell them apart.`
          : `${e.differing} selection boundary(ies) after an emoji or other astral character fall on word edges ${e.edgesUtf16} time(s) read as UTF-16 units and ${e.edgesCodePoint} time(s) read as code points, too close to tell.`),
    textsMissing: (n: number, file: string) =>
      `${file} is a project file without its sources folder: ${n} text source(s) have no text (listed in missingTexts); their offsets were checked only for start ≤ end. Import the .qdpx archive to check them against the texts.`,
    textsNotInArchive: (n: number) => `${n} text source(s) have no text in the archive (listed in missingTexts); their offsets were checked only for start ≤ end.`,
    externalTexts: (n: number) => `${n} text source(s) point to files outside the archive (relative:// or absolute://); the kit does not read files outside what it was given.`,
    codebookOnly: "A codebook (.qdc): codes only, no sources or codings.",
    mediaCodings: (n: number) => `${n} coding(s) are on PDF, picture, audio or video sources: they count as references but have no text offsets.`,
    pdfRepeats: (n: number) => `${n} PDF text-representation selection(s) repeat a PDF selection under the same guid (as ATLAS.ti writes them) and were counted once.`,
    comments: (n: number) => `${n} selection(s) carry no coding (comments or annotations) and are not references.`,
    caseCodings: (n: number) => `${n} coding(s) point to a case rather than a code (NVivo's case membership) and are not references.`,
    flattenedHierarchy: (n: number) =>
      `${n} code name(s) contain "::", ATLAS.ti's way of writing a hierarchy into names; the file has no nesting, so they are kept as top-level codes.`,
    matrixOrientation: (codesOn: string, rule: number) =>
      `Codes are the matrix's ${codesOn}` +
      [
        "",
        " (as asked).",
        " (their labels carry NVivo's hierarchy separator \\, the other side's do not).",
        ` (the ${codesOn === "rows" ? "columns" : "rows"} are attribute values, "Attribute = Value").`,
        ": NVivo's default layout; nothing in the labels says otherwise. Pass codes: \"columns\" if the codes are across the top.",
      ][rule],
    matrixCells:
      "Cells are read as coding references (NVivo's default cell content); the export does not say which content was chosen. Each item counts as a file of a code when its cell is above 0.",
    tidyOffsets: (unit: string, utf16: number, codepoint: number) =>
      unit === "unknown"
        ? utf16 + codepoint === 0
          ? "The offsets' unit is unknown: no segment has an emoji or other astral character, where UTF-16 units and code points differ."
          : `The offsets' unit is unknown: ${utf16} segment(s) fit UTF-16 units and ${codepoint} fit code points.`
        : `Offsets count ${unitName(unit)}: ${unit === "utf16" ? utf16 : codepoint} segment(s) with an astral character have end − start equal to their length in that unit.`,
    variableConflict: (source: string, variable: string, kept: string, other: string, from: string) =>
      `Source ${source} has two values for variable "${variable}": "${kept}" (kept) and "${other}"${from ? ` (from case ${from})` : ""}.`,
  },
  internal: {
    emptyPath: "CodePaths.add needs at least one segment",
    unwritable: (value: string) => `a character XML 1.0 cannot carry in ${JSON.stringify(value.slice(0, 40))}`,
    unsafeWrite: (name: string) => `refusing to write a zip entry with an unsafe path: ${name}`,
  },
} as const;

/** Messages of the inter-coder agreement statistics (lib/agreement). */
export const agreement = {
  empty: (what: string) => `${what} needs at least one unit to compare`,
  lengths: (a: number, b: number) => `the two codings must cover the same units: coder A has ${a} units, coder B has ${b}`,
  squareTable: (rows: number, cols: number) => `a kappa table must be square (categories × categories), got ${rows} rows and ${cols} columns`,
  badCount: (value: number) => `counts must be finite numbers ≥ 0, got ${value}`,
  badSpan: (source: string, code: string, start: number, end: number, size: number) =>
    `coded span ${start}–${end} of code "${code}" in source "${source}" must satisfy 0 ≤ start ≤ end ≤ ${size} (the source size)`,
  unknownSource: (source: string) => `a coded span names source "${source}", which is not among the sources compared`,
  badSize: (source: string, size: number) => `source "${source}" must have a size (number of units) that is a whole number ≥ 1, got ${size}`,
  duplicateSource: (source: string) => `source "${source}" is listed twice`,
  fewCoders: (n: number) => `Krippendorff's alpha needs a reliability matrix with at least two coders (rows), got ${n}`,
  raggedMatrix: (row: number, length: number, expected: number) => `coder ${row + 1} has ${length} values, coder 1 has ${expected}: every coder needs one value (or a missing value) per unit`,
  noVariationKappa:
    "kappa is undefined (0/0): expected agreement is 1 because both coders used one and the same category for every unit; reported as NaN (NVivo's Coding Comparison reports 1 for complete agreement, see nvivoKappa)",
  noVariationAlpha: "alpha is undefined (0/0): every pairable value is the same, so expected disagreement is 0; reported as NaN",
  noPairs: "alpha is undefined: no unit has two or more values, so there is nothing to compare; reported as NaN",
  nvivoComplete: "complete agreement: NVivo reports kappa 1 when the two coders agree on every unit, including when neither coded anything",
} as const;

/** Messages of the dictionary coder (lib/coding). */
export const coding = {
  lexiconFile: "lib/coding/lexicon.json",
  expected: {
    lexiconObject: "a JSON object with version, cells, priority, roles and themes",
    knownCell: (cells: readonly string[]) => `a tool cell: one of ${cells.join(", ")}`,
    cueObject: 'a cue object {"term": "…"} with optional "regex", "notIn" (longer words that contain the term), "tier" and "modal"',
    regex: (message: string) => `a valid JavaScript regular expression (${message})`,
    notInContains: (term: string) => `longer words that contain the term "${term}"`,
    knownTier: (tiers: readonly string[]) => `a tier of "priority": ${tiers.join(", ")}`,
    priorityCells: "a priority list that names every tool cell exactly once (plus optional extra tiers such as duty)",
    role: "a role object {\"role\": name, \"patterns\": [regex, …]} with optional yieldsTo (tool cells) and yieldsToModal",
    themeId: "a theme node id of the kit's codebook (data/paper-m0/codebook.json)",
    nonEmptyArray: "a non-empty array",
  },
  noTexts: "codeTexts needs at least one text",
  textId: (i: number) => `text ${i + 1} needs a non-empty string id`,
  duplicateId: (id: string) => `text id "${id}" is used twice; ids name sources and documents, so they must be unique`,
  textBody: (id: string) => `text "${id}" needs its text as a string`,
  projectNote: (version: string, texts: number, segments: number, coded: number) =>
    `Coded by the toolmix dictionary coder (lexicon ${version}): ${texts} text(s), ${segments} segment(s), ${coded} with a tool. ` +
    "One tool cell per clause by priority; themes by cue words. Offsets are Unicode code points, as the REFI-QDA standard asks. Machine coding: check it against a hand-coded sample before use.",
  origin: (version: string) => `toolmix dictionary coder (lexicon ${version})`,
  indexOutside: (index: number, length: number) => `UTF-16 index ${index} is outside 0…${length}`,
  evaluationEmpty: "the evaluation needs at least one hand-coded clause",
  unknownHandCode: (code: string, id: string) => `clause ${id}: hand code "${code}" is neither a tool cell nor "none"`,
} as const;

/** Numerics of simulate and score (lib/simulate, lib/score): undefined values, memory and weight bounds. */
export const numerics = {
  notDefined: (count: number, draws: number, reason: string) => (count === draws ? reason : `${reason} in ${count} of ${draws} draws`),
  notFinite: "a value that is not a finite number",
  emptyTool: "no points",
  emptyRatio: "denominator 0",
  oneTool: "a single tool (evenness = entropy / ln 1 is 0 / 0)",
  themeNode: (dataset: string) => `share.<a theme node of the dataset ${dataset}> (the catalogue's theme criteria name nodes of the paper's codebook; use --catalogue with criteria for this codebook)`,
  knownIndicator: (names: readonly string[]) => `an indicator the simulation produces for this dataset (${names.slice(0, 12).join(", ")}${names.length > 12 ? ", …" : ""})`,
  notDefinedText: (reason: string) => `not defined (${reason})`,
  noCriterion: "no criterion with a positive weight is defined for this scenario",
  renormalised: (excluded: readonly string[]) =>
    `overall score over the defined criteria only, weights renormalised to sum to 1 (not defined: ${excluded.join(", ")})`,
  smaaExcluded: (criteria: readonly string[]) =>
    `SMAA ranks on the criteria defined for every scenario; left out: ${criteria.join(", ")} (their weight is spread over the rest)`,
  capped: (draws: number, total: number) => `${draws} of ${total} draws capped: a transfer took all the source held`,
  memory: (draws: number, gb: number) => `${draws} draws, needing about ${gb.toFixed(1)} GB of memory`,
  memoryExpected: (budgetGb: number, maxDraws: number) =>
    `at most ${budgetGb} GB (--draws ≤ ${maxDraws} here; the limit is ¾ of the machine's memory by default, set it with --max-memory-gb)`,
  infeasibleBounds: (lowSum: number, highSum: number, criteria: readonly string[]) =>
    `bounds whose lows sum to at most 1 and highs to at least 1 (lows sum to ${+lowSum.toFixed(6)}, highs to ${+highSum.toFixed(6)}; criteria: ${criteria.join(", ")})`,
} as const;

/** Messages of writing outputs (lib/io/output.ts): where the kit may write and what it may replace. */
export const output = {
  found: {
    protectedFolder: (folder: string) => `inside the kit's read-only folder ${folder}`,
    isInput: (input: string) => `the command's input ${input} itself`,
    insideInput: (input: string) => `inside the input folder ${input}`,
    holdsInput: (input: string) => `the folder that holds the input ${input}`,
    notAFolder: "an existing file, not a folder",
    aFolder: "an existing folder, not a file",
    foreignFolder: (entries: readonly string[]) =>
      `a non-empty folder that toolmix did not write (${entries.length} entr${entries.length === 1 ? "y" : "ies"}: ${entries.slice(0, 3).join(", ")}${entries.length > 3 ? ", …" : ""})`,
    foreignFile: "an existing file that toolmix did not write",
    folderAtFileName: "a folder where toolmix writes a file",
    locked: (pid: string, seconds: number) => `another toolmix run (process ${pid}) writing into the folder for more than ${seconds} s`,
    escapes: (value: string) => `"${value}", which leads outside the folder`,
  },
  expected: {
    outsideKit: "a path outside the kit's data/, scenarios/ and notebooks/ (e.g. under output/)",
    apartFromInputs: "an output apart from the command's inputs: not an input, not inside an input folder, not the folder holding an input file (e.g. under output/)",
    folder: "a folder (new, empty, or written by toolmix before)",
    file: "a file name",
    ownFolder: "an empty or new folder, a folder toolmix wrote before, or --force to write toolmix's files into it (other files are left alone)",
    ownFile: "a new file name, a file toolmix wrote before, or --force to replace it",
    noFolderThere: "no folder at that name (remove or rename it)",
    unlocked: "that run to finish; if no toolmix run is active, delete the lock file",
    inside: (dir: string) => `a relative path to a file inside the folder ${dir} (no "..", no absolute path, no link leading out)`,
  },
} as const;

/** Messages of the command line's checks on its arguments and of the CLI-level input errors (lib/cli). */
export const cliInput = {
  numberRange: (b: { min: number; max: number; integer: boolean; minIncluded?: boolean }) =>
    `${b.integer ? "a whole number" : "a number"} written in decimal digits, ${b.minIncluded === false ? `> ${b.min} and at most ${b.max}` : `between ${b.min} and ${b.max}`}`,
  sameFile: "the same file given again",
  fileOnce: (earlier: string) => `each input file once (it was given before as ${earlier})`,
  sameId: (id: string) => `scenario id "${id}"`,
  uniqueScenarioId: (other: string) => `an id not used by ${other} too (results are keyed by scenario id)`,
  sameName: (id: string) => `document id "${id}" (the file name without its extension)`,
  uniqueTextName: (other: string) => `a file name not used by ${other} too: a document's id is its file name without the extension (rename one of them)`,
} as const;

/** Messages of the readers' resource limits (lib/io/limits.ts): file sizes, nesting depth, folders. */
export const limits = {
  found: {
    fileSize: (bytes: number) => `a file of ${bytes} bytes (${mib(bytes)})`,
    depth: (depth: number) => `nesting ${depth} levels deep`,
    folder: "a folder, not a file",
    file: "a file, not a folder",
  },
  expected: {
    maxFileSize: (bytes: number, option: string) => `at most ${bytes} bytes (${mib(bytes)}) (raise the limit with ${option} N, in MiB, up to 2047)`,
    nodeMaxFile: "a file under 2 GiB (2147483647 bytes): Node cannot read a larger file into memory; split it",
    maxString: (chars: number) => `at most ${chars} bytes of text: a JavaScript string holds no more characters (split the file)`,
    maxDepth: (limit: number, option: string) => `at most ${limit} levels of nesting (raise the limit with ${option} N)`,
  },
} as const;

/** Bytes as MiB for messages: one decimal below 10 MiB, whole above. */
function mib(bytes: number): string {
  const m = bytes / 1024 / 1024;
  return `${m < 10 ? m.toFixed(1) : m.toFixed(0)} MiB`;
}

/** Messages of checking JSON inputs against the kit's generated schemas (lib/io/json-schema.ts). */
export const schemaText = {
  fits: (name: string, reason: string) => `a value that fits schemas/${name}.schema.json (${reason})`,
  unknownKey: (key: string) => `no property "${key}" here; check its spelling`,
  oneOf: (values: readonly string[]) => `one of ${values.join(", ")}`,
} as const;

/** Texts of errors that are programming mistakes (a caller broke a function's contract) or of the set-up, not of users' files. */
export const internal = {
  sharePct: (part: number, whole: number) => `sharePct needs a part and a whole ≥ 0, got ${part} and ${whole}`,
  emptyFrame: "frame needs at least one row (danfojs cannot build an empty frame from records)",
  unknownExercise: (name: string, known: readonly string[]) => `no exercise "${name}"; exercises: ${known.join(", ")}`,
  noCjkFont: (files: readonly string[]) => `renderPng needs a CJK font at ${files.join(" or ")}; run \`npm run setup\` (installs fonts-wqy-microhei)`,
  emptyInputError: "InputError needs at least one issue",
  dirichletParts: (k: number) => `dirichlet needs at least 2 parts, got ${k}`,
  dirichletAlpha: (j: number, alpha: number) => `dirichlet needs every alpha > 0, got alpha[${j}] = ${alpha}`,
  dirichletDraws: (draws: number) => `dirichlet needs a whole number of draws ≥ 1, got ${draws}`,
  rngSeed: (seed: number) => `Rng needs a whole-number seed between 0 and 4294967295, got ${seed}`,
  nextInt: (n: number) => `nextInt needs a whole number n ≥ 1, got ${n}`,
  gammaShape: (shape: number) => `gamma needs a shape > 0, got ${shape}`,
} as const;

/** Errors in the shipped example project (data/examples/m0-example/codings.json). */
export const exampleText = {
  unknownDocument: (doc: string) => `a document listed under documents (found "${doc}" is not)`,
  unknownCode: (code: string) => `a code listed under codes (found "${code}" is not)`,
  quoteNotInText: (doc: string) => `a quotation that occurs in texts/${doc}.txt`,
} as const;

/** What `toolmix validate PATH` and `tables --data PATH` recognise (lib/validate/input.ts). */
export const inputKind = {
  label: {
    dataset: "a dataset folder",
    qdpx: "a REFI-QDA project archive (.qdpx)",
    qde: "a REFI-QDA project file (.qde)",
    "project-folder": "a project folder (codings.json and texts/)",
  },
  found: {
    missing: "no such file or folder",
    fileNoExtension: "a file without an extension",
    file: (extension: string) => `a ${extension} file`,
    projectWithoutMap: (kind: string) => `a coded project (${kind}) without --map`,
    datasetWithMap: "a dataset folder given with --map",
  },
  expected: {
    any: "a dataset folder (with dataset.json), a REFI-QDA project (.qdpx or .qde) or a project folder (codings.json and texts/)",
    mapFile: "--map FILE (or NAME-map.json next to the project), the mapping of the project's codes onto the kit's codebook (as for `toolmix import`), e.g. data/examples/m0-example-map.json",
    projectForMap: "--map only with a coded project (.qdpx, .qde or a project folder); a dataset folder is already on the kit's codebook",
  },
} as const;

/** Findings and summaries of validating a coded project (lib/validate/project.ts, lib/cli/validate.ts). */
export const projectFinding = {
  notCodable: (name: string) => `coded at "${name}", which the project marks as not codable`,
  missingText: "the project does not carry this source's text, so its codings' offsets cannot be checked",
  recognised: (path: string, kind: string) => `${path}: ${kind}`,
  structure: (p: { sources: number; codes: number; codings: number; parentCodings: number }) =>
    `project: ${p.sources} source${p.sources === 1 ? "" : "s"}, ${p.codes} code${p.codes === 1 ? "" : "s"}, ${p.codings} coding${p.codings === 1 ? "" : "s"}` +
    (p.parentCodings > 0 ? ` (${p.parentCodings} at a parent code, which is valid: coded at the parent itself)` : ""),
  mapped: (mapFile: string, found: boolean) =>
    `mapped with ${mapFile}${found ? " (found next to the project; --map FILE chooses another)" : ""} onto the kit's codebook:`,
  notMapped: "structure only; give --map FILE to validate the dataset it maps to",
} as const;
