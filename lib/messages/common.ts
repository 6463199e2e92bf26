/** Shared phrases of input errors and findings, internal (programming) errors, numeric notes and what `validate` recognises. Part of lib/messages (see index.ts). */

/**
 * A count with its noun, singular for one: counted(1, "unit") is "1 unit", counted(3, "unit")
 * "3 units"; an irregular plural is given (counted(2, "passage", "passages")).
 *
 * @example
 * counted(1, "file"); // "1 file"
 */
export const counted = (n: number, singular: string, plural = `${singular}s`): string => `${n} ${n === 1 ? singular : plural}`;

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

/** Messages of checking JSON inputs against the kit's generated schemas (lib/io/json-schema.ts). */
export const schemaText = {
  fits: (name: string, reason: string) => `a value that fits schemas/${name}.schema.json (${reason})`,
  unknownKey: (key: string) => `no property "${key}" here; check its spelling`,
  oneOf: (values: readonly string[]) => `one of ${values.join(", ")}`,
} as const;

/** Texts of errors that are programming mistakes (a caller broke a function's contract) or of the set-up, not of users' files. */
export const internal = {
  noSheets: "a workbook needs at least one sheet",
  saltelliDimension: (wanted: number, got: number) => `saltelliDesign needs points of dimension 2k = ${wanted}, got ${got}`,
  notPng: (what: string) => `not a PNG: ${what}`,
  badDpi: (dpi: number) => `dpi must be a positive number, not ${dpi}`,
  sharePct: (part: number, whole: number) => `sharePct needs a part and a whole ≥ 0, got ${part} and ${whole}`,
  emptyFrame: "frame needs at least one row (danfojs cannot build an empty frame from records)",
  unknownExercise: (name: string, known: readonly string[]) => `no exercise "${name}"; exercises: ${known.join(", ")}`,
  noCjkFont: (files: readonly string[]) => `PNG and PDF figures need a CJK font at ${files.join(" or ")}; run \`npm run setup\` (installs fonts-wqy-microhei)`,
  svgWithoutSize: "a figure's SVG has no width and height (expected <svg width=\"…\" height=\"…\">, as vega writes)",
  emptyInputError: "InputError needs at least one issue",
  dirichletParts: (k: number) => `dirichlet needs at least 2 parts, got ${k}`,
  dirichletAlpha: (j: number, alpha: number) => `dirichlet needs every alpha > 0, got alpha[${j}] = ${alpha}`,
  dirichletDraws: (draws: number) => `dirichlet needs a whole number of draws ≥ 1, got ${draws}`,
  rngSeed: (seed: number) => `Rng needs a whole-number seed between 0 and 4294967295, got ${seed}`,
  nextInt: (n: number) => `nextInt needs a whole number n ≥ 1, got ${n}`,
  gammaShape: (shape: number) => `gamma needs a shape > 0, got ${shape}`,
  referenceMix: (tools: readonly string[], reference: unknown) => `the reference mix needs a share > 0 for every tool (${tools.join(", ")}), got ${JSON.stringify(reference)}`,
  draws: (draws: number) => `draws must be a whole number ≥ 1, got ${draws}`,
  seed: (seed: number) => `seed must be a whole number between 0 and 4294967295, got ${seed}`,
  observedPoints: (points: number) => `toolIndicators needs the dimension's observed points > 0, got ${points}`,
  noDraws: "summarize needs at least one draw",
  workerExit: (code: number) => `a worker thread ended (exit code ${code}) before finishing its part; run again with one worker (--workers 1) to see its error`,
  workers: (workers: number) => `the number of worker threads must be a whole number ≥ 1, got ${workers}`,
  medianScratch: (length: number, needed: number) => `definedMedian's scratch holds ${length} values; it needs at least ${needed}, one per draw`,
  prior: (prior: number) => `the Dirichlet prior must be > 0, got ${prior}`,
  designEffect: (deff: number) => `the design effect must be ≥ 1, got ${deff}`,
  noDocuments: "a Bayesian bootstrap needs at least one document",
  partsNonNegative: (fn: string, part: number, i: number) => `${fn} needs parts ≥ 0, got ${part} at ${i}`,
  partsPositive: (fn: string, part: number, i: number) => `${fn} needs parts > 0, got ${part} at ${i}`,
  noPositivePart: "closure needs at least one positive part",
  equalLength: (fn: string, a: number, b: number) => `${fn} needs compositions of equal length, got ${a} and ${b}`,
  lambda: (lambda: number) => `geodesic needs 0 ≤ λ ≤ 1, got ${lambda}`,
  filterNeedsDocuments: "a region or city filter needs document-level data (document_counts.csv); the caller reports it with the scenario's file",
  missingCount: (dir: string, id: string, dimension: string) => `${dir}: no count for ${id}, which a simulation of ${dimension} needs`,
  smaaScenarios: "smaa needs at least one scenario",
  smaaCriteria: (m: number) => `smaa needs one value array per criterion (${m}) for every scenario`,
  smaaDraws: "smaa needs the same number of measurement draws for every scenario and criterion",
  smaaWeights: (m: number) => `smaa needs weight vectors of length ${m}`,
  partialValue: (cutoffs: number, values: number) => `partialValue needs at least 2 cutoffs and one value per cutoff, got ${cutoffs} cutoffs and ${values} values`,
  keepDraws: (id: string) => `scenario ${id} was simulated without keepDraws; scoring needs the per-draw indicators`,
  noCodebook: (file: string) => `no codebook at ${file}`,
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
    projectWithoutMap: (kind: string) => `a coded project (${kind}) without --map or --scheme`,
    nothingMapped: (scheme: string) => `no coded code of the project is a node id or label of ${scheme}`,
    datasetWithMap: "a dataset folder given with --map",
  },
  expected: {
    any: "a dataset folder (with dataset.json), a REFI-QDA project (.qdpx or .qde) or a project folder (codings.json and texts/)",
    mapFile: "--map FILE (or NAME-map.json next to the project), the mapping of the project's codes onto the kit's codebook (as for `toolmix import`), e.g. data/examples/m0-example-map.json; or --scheme CODEBOOK when the codes are that scheme's node ids or labels (a .qdpx written by toolmix code --scheme)",
    projectForMap: "--map only with a coded project (.qdpx, .qde or a project folder); a dataset folder is already on the kit's codebook",
  },
} as const;
