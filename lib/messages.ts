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
  toolmix simulate FILE… --seed S [--draws N] [--prior A] [--deff D] [--json]
                                         simulate scenarios (default 10 000 draws, prior 0.5, deff 1)
  toolmix score FILE… --seed S [--draws N] [--weight-draws T] [--weights FILE] [--catalogue FILE] [--json]
                                         score scenarios against the paper's recommendations (SMAA-2)
  toolmix figures [--out DIR] [--lang zh|en|both] [--format svg,png] [--seed S] [--documents DIR]
                                         every figure as SVG/PNG (300 dpi) with manifest.json
  toolmix synth --seed S [--out DIR]     write a SYNTHETIC document-level corpus that reproduces the
                                         paper's margins (default output/synthetic-S), for teaching
  toolmix run [--out DIR]                the main job: every figure into DIR/figures and every notebook
                                         executed into DIR/notebooks (default DIR: output/)
  toolmix help                           this text
`,
  unknownCommand: (name: string) => `unknown command "${name}"; run \`toolmix help\` for the list`,
  unknownOption: (name: string, command: string) => `unknown option "${name}" for \`toolmix ${command}\``,
  missingValue: (name: string) => `option ${name} needs a value`,
  needsSeed: "simulate needs --seed S: every random result takes an explicit seed",
  synthNeedsSeed: "synth needs --seed S: the synthetic corpus is generated from an explicit seed",
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
  protectedFolder: (dir: string, folder: string) => `refusing to write the synthetic dataset into ${dir}: it is inside the kit's read-only folder ${folder}; choose a folder under output/ or elsewhere`,
  notAFolder: (dir: string) => `refusing to write the synthetic dataset to ${dir}: it exists and is not a folder`,
  nonEmptyFolder: (dir: string) =>
    `refusing to write the synthetic dataset into ${dir}: the folder is not empty and is not an earlier synthetic output (its dataset.json does not say id "synthetic-m0", synthetic: true); choose an empty or new folder`,
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
  quote: "the Chinese sentence the recommendation rests on",
  notMeasurable: "for a recommendation marked measurable: false, the data that would be needed",
  criteriaPresent: "criteria for a recommendation marked measurable: true",
  weightsObject: 'a JSON object {"weights": {criterion: w}} and/or {"bounds": {criterion: [low, high]}}',
  knownCriterion: (ids: readonly string[]) => `a criterion id of the catalogue (${ids.join(", ")})`,
  nonNegativeWeight: "a weight ≥ 0",
  weightsSumToOne: (sum: number) => `weights that sum to 1 (they sum to ${sum})`,
  bounds: "[low, high] with 0 ≤ low ≤ high ≤ 1",
  feasibleBounds: "bounds whose lows sum to at most 1 and highs to at least 1",
} as const;

/** Messages of `toolmix figures`. */
export const figuresText = {
  protectedFolder: (dir: string, folder: string) => `refusing to write figures into ${dir}: it is inside the kit's read-only folder ${folder}; choose a folder under output/ or elsewhere`,
  badFormat: (value: string) => `--format is "${value}", expected svg, png or svg,png`,
  badLang: (value: string) => `--lang is "${value}", expected zh, en or both`,
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
  summary: (o: { file: string; out: string; documents: number; codes: number; mapped: number; points: number; unmapped: readonly string[]; ignored: number; missingTexts: number }) =>
    `Imported ${o.file} → ${o.out}: ${o.documents} documents, ${o.codes} foreign codes (${o.mapped} mapped, ${o.ignored} ignored on purpose), ${o.points} reference points on the kit's codebook.` +
    (o.unmapped.length ? `\nUnmapped codes with codings (${o.unmapped.length}), left out and listed in dataset.json: ${o.unmapped.join(", ")}` : "\nEvery coded code is mapped.") +
    (o.missingTexts ? `\n${o.missingTexts} source texts are not in the file (counts do not need them).` : ""),
} as const;
