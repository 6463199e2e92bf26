/** Messages of the command line: usage, options, limits on inputs and the output folder's safety. Part of lib/messages (see index.ts). */

/** CLI texts. */
export const cli = {
  usage: `toolmix — policy-tool analysis kit

Usage:
  toolmix tables [--data PATH] [--map FILE] [--scheme CODEBOOK] [--json] [--csv DIR] [--xlsx FILE] [--force]
                                         recomputed Tables 2–7 of a dataset (default: the paper's data)
                                         or of a coded project mapped with --map (or NAME-map.json),
                                         or by node ids onto --scheme (a .qdpx written by toolmix code);
                                         --csv DIR / --xlsx FILE also write them for spreadsheets
  toolmix validate [PATH] [--map FILE] [--scheme CODEBOOK] [--json]
                                         validate a dataset folder, a REFI-QDA project (.qdpx, .qde)
                                         or a project folder (codings.json + texts/); exits 1 on errors
  toolmix simulate FILE… --seed S [--draws N] [--prior A] [--deff D] [--json] [--csv DIR] [--xlsx FILE]
                                         simulate scenarios (default 10 000 draws, prior 0.5, deff 1)
  toolmix score FILE… --seed S [--draws N] [--weight-draws T] [--weights FILE] [--catalogue FILE] [--json]
                [--csv DIR] [--xlsx FILE]
                                         score scenarios against the paper's recommendations (SMAA-2)
  toolmix explore SCENARIO --seed S [--samples N] [--sampler sobol|lhs|mc] [--draws D] [--levers FILE]
                  [--catalogue FILE] [--outcome REC] [--probability P] [--density D] [--shard i/n] [--workers W]
                  [--out DIR] [--force]
                                         explore a scenario's levers: settings (default sobol, Saltelli's N × (levers + 2)
                                         with N 256; lhs, mc: N), each simulated (D draws, default 2 000) and scored;
                                         Sobol' indices, feature scores, PRIM's box for P(pass REC) ≥ P
                                         (default 3.1-incentive-promotion, 0.9); W worker threads (default: the
                                         cores), same bytes for any W (default output/explore-ID)
  toolmix merge SHARD_DIR… --out DIR [--outcome REC] [--probability P] [--density D] [--force]
                                         combine the shards of one explore run into exactly its single-run files
  toolmix figures [--out DIR] [--lang zh|en|both] [--format svg,png,pdf] [--width 85mm|175mm|single|double] [--seed S] [--documents DIR] [--force]
                                         every figure of the paper as SVG, PNG (300 dpi) or PDF with manifest.json;
                                         --width lays them out for a journal column
                                         (default output/figures)
  toolmix figures --data DIR [SCENARIO…] [--source QDPX|TXT[,TXT…]] [--dictionary FILE.csv]
                  [--catalogue FILE] [--draws N] [--out DIR] [--lang …] [--format …] [--width …] [--seed S] [--force]
                                         the figures of a study in its own scheme: tools, second dimension,
                                         regions, the X–Y matrix of --source, scenarios and scores
                                         (default output/figures-ID, ID the dataset's)
  toolmix synth --seed S [--out DIR] [--force]
                                         write a SYNTHETIC document-level corpus that reproduces the
                                         paper's margins (default output/synthetic-S), for teaching
  toolmix import FILE [--map MAP] [--scheme CODEBOOK] [--id ID] [--title TEXT] --out DIR [--force]
                                         a REFI-QDA project, NVivo matrix or tidy CSV → a dataset folder
                                         (mapped onto the paper's codebook, or the --scheme codebook)
  toolmix code TEXTS… --out DIR [--qdpx FILE] [--scheme CODEBOOK] [--dictionary FILE.csv] [--skip-lines N]
                [--unit clause|sentence] [--clauses FILE.csv] [--model MODEL.json] [--review FILE.csv]
                [--id ID] [--title TEXT] [--force]
                                         code raw Chinese policy texts with the dictionary → a dataset:
                                         the paper's lexicon, or the cue words of the --scheme codebook,
                                         or a keyword list term,code[,weight]; leading # lines and the
                                         first N lines are not coded (# key: value sets a variable);
                                         unit: the clause, or the sentence (--unit sentence: clauses
                                         cut at ； joined), coded at every tool cell it carries; --clauses
                                         lists every clause with its codes and cue words; --model
                                         corrects the coding with a trained model, --review lists the
                                         clauses to review next (the model's least certain first)
  toolmix train CORRECTED.qdpx --out MODEL.json --seed S [--map FILE] [--folds K] [--force]
                                         learn from a researcher's corrections: a supervised coder (logistic
                                         regression on character n-grams and the dictionary's view) trained
                                         on a reviewed .qdpx; prints its κ cross-validated by document beside
                                         the dictionary coder's; code with it: toolmix code … --model MODEL.json
  toolmix matrix SOURCE… [--rows tools] [--cols themes] [--level-rows N] [--level-cols N] [--map FILE]
                 [--scheme CODEBOOK] [--dictionary FILE.csv] [--skip-lines N] [--json|--csv] [--out DIR] [--force]
                                         X–Y matrix (tool × theme, or × region/year/place) of raw .txt texts,
                                         a .qdpx/.qde/project folder with its map, or a segments CSV:
                                         units, files, shares, passages, chi-square test; --out adds a heatmap
  toolmix study STUDY.json [--out DIR] [--force]
                                         a worked study end to end (code, matrices, simulate, score,
                                         figures) into DIR (default output/examples/ID)
  toolmix teaching [--answers]           the exercises of notebook 06-teaching; --answers prints the
                                         teacher's answer key (Markdown), computed as the cells check
  toolmix run [--out DIR] [--force]      the main job: every figure into DIR/figures, every shipped study
                                         into DIR/examples/ID, every notebook executed into DIR/notebooks
                                         (default DIR: output/)
  toolmix help [COMMAND]                 this text, or one command's (also: toolmix COMMAND --help)
  toolmix version                        the kit's version (also: toolmix --version)

Outputs never go into the kit's data/, scenarios/ or notebooks/, onto an input, inside an input
folder or into the folder holding an input file. A non-empty --out folder that toolmix did not
write (it has no .toolmix-output.json) is refused unless --force; with --force toolmix writes its
own files there and leaves the others alone. Files are written to a temporary name and renamed;
files of toolmix's earlier output of the same kind in that folder that it does not write again are
removed, unless changed since.

Every command accepts --debug (print the stack of an unexpected error), -- (end of options) and --help.
Exit codes: 0 ok, 1 an input or consistency error (the message names the file, row or field),
2 a usage mistake (unknown command or option, a missing or malformed option value).

Limits of every reader (every command; README, "Limits"), refused with a message before reading:
  --max-input-mb N   largest input file, and bytes an archive may inflate to, in MiB (default 256, ≤ 2047)
  --max-entries N    entries of a .qdpx or .xlsx archive (default 10000)
  --max-cells N      cells of an .xlsx matrix export (default 1000000)
  --max-depth N      nesting depth of XML and JSON inputs (default 100)
  --max-memory-gb N  memory simulate and score may need for their draws (default ¾ of the machine's)
`,
  unknownCommand: (name: string, suggestion?: string) =>
    `unknown command "${name}"; ${suggestion ? `did you mean \`toolmix ${suggestion}\`? ` : ""}run \`toolmix help\` for the list`,
  commandHelp: (block: string) =>
    `Usage:\n${block}\n\nEvery command accepts --debug (print the stack of an unexpected error), -- (end of options) and\n--help. Exit codes: 0 ok, 1 an input or consistency error, 2 a usage mistake. \`toolmix help\` lists\nevery command, the output rules and the limits of every reader.\n`,
  version: (version: string) => `toolmix ${version}\n`,
  unknownOption: (name: string, command: string, suggestion?: string) =>
    `unknown option "${name}" for \`toolmix ${command}\`${suggestion ? `; did you mean ${suggestion}?` : ""} (\`toolmix ${command} --help\` lists its options)`,
  missingValue: (name: string) => `option ${name} needs a value`,
  repeatedOption: (name: string) => `option ${name} is given twice; give it once`,
  flagWithValue: (name: string) => `option ${name} takes no value`,
  tooManyArguments: (command: string, extra: readonly string[], max: number) =>
    `\`toolmix ${command}\` takes ${max === 0 ? "no file or folder arguments" : `at most ${max} argument${max === 1 ? "" : "s"}`}; unexpected: ${extra.join(" ")}`,
  internalError: (message: string) => `internal error: ${message} (run with --debug for details)`,
  exploreNeedsSeed: "explore needs --seed S (e.g. --seed 1): the design and every simulation take an explicit seed",
  scoreNeedsSeed: "score needs --seed S (e.g. --seed 1): every random result takes an explicit seed",
  scoreNeedsFiles: "score needs at least one scenario file, e.g. scenarios/incentive-and-learning.json",
  noScenarioFiles: (given: readonly string[]) =>
    `no scenario file among ${given.join(" ")} (scenario.schema.json is the schema, not a scenario); give files such as scenarios/incentive-and-learning.json`,
  needsSeed: "simulate needs --seed S (e.g. --seed 1): every random result takes an explicit seed",
  trainNeedsProject: "train needs one corrected project: the .qdpx of toolmix code --qdpx, reviewed in NVivo or QualCoder",
  trainNeedsOut: "train needs --out MODEL.json, the model file to write (e.g. output/model.json)",
  trainNeedsSeed: "train needs --seed S: the cross-validation folds are drawn from an explicit seed",
  modelOnlyPaper: "--model codes with the paper's scheme (the supervised coder learns tool cells and themes); leave out --scheme and --dictionary",
  badUnit: (found: string) => `--unit takes clause or sentence (found "${found}")`,
  reviewNeedsModel: "--review FILE.csv orders clauses by the model's uncertainty: it needs --model MODEL.json",
  synthNeedsSeed: "synth needs --seed S: the synthetic corpus is generated from an explicit seed",
  codeNeedsTexts: "code needs one or more UTF-8 text files, one policy document each",
  progressCoding: "toolmix code: coding texts",
  importNeedsFile: "import needs a file: a .qdpx, .qde, .qdc, an NVivo matrix .xlsx/.csv, or a tidy .csv",
  needsOut: (command: string) => `${command} needs --out DIR, the dataset folder to write (e.g. output/my-project)`,
  needsFiles: "simulate needs at least one scenario file, e.g. scenarios/incentive-and-learning.json",
  /** An option's value the command cannot take: a number out of range, a sampler it does not know, a malformed shard. */
  badOption: (name: string, value: string, wanted: string) => `option ${name} is "${value}", expected ${wanted}`,
  exploreNeedsScenario: "explore needs one scenario file, e.g. scenarios/incentive-and-learning.json (its intensity ranges are the levers)",
  mergeNeedsShards: "merge needs the folders written by toolmix explore --shard i/n, e.g. output/shard-1 output/shard-2",
  mergeNeedsOut: "merge needs --out DIR, the folder to write the whole run to",
  valid: (dir: string, warnings: number) => `${dir}: valid (${warnings} warning${warnings === 1 ? "" : "s"})`,
  invalid: (dir: string, errors: number) => `${dir}: ${errors} error${errors === 1 ? "" : "s"}`,
} as const;

/** What the main job (`toolmix run`) says it wrote. */
export const runText = {
  spreadsheets: (folder: string, workbooks: readonly string[]) => `Spreadsheets: ${folder} (${workbooks.join(", ")}, a CSV folder each)`,
  report: (file: string) => `Report: ${file} (open it in a browser)`,
};

/** Messages of `toolmix figures`. */
export const figuresText = {
  smallText: (widthMm: number, figures: readonly { id: string; fontPt: number }[], lang: string = "both") =>
    `Note: at ${widthMm} mm these figures are too wide to lay out at full text size and print text below 6 pt (most journals ask for 6–8 pt): ${figures.map((f) => `${f.id} (${f.fontPt} pt)`).join(", ")}; give them a double column (--width double), ${lang === "zh" ? "" : `shorter labels (${lang === "both" ? "one language: --lang zh or --lang en" : "--lang zh"}), `}or their own width`,
  tallFigures: (widthMm: number, figures: readonly { id: string; heightMm: number }[]) =>
    `Note: at ${widthMm} mm these figures are taller than a journal page (240 mm): ${figures.map((f) => `${f.id} (${f.heightMm} mm)`).join(", ")}; give them a double column (--width double)`,
  badWidth: (value: string) => `--width is "${value}", expected a journal column (single = 85 mm, double = 175 mm) or a width in mm between 30 and 500 (e.g. 120mm)`,
  badFormat: (value: string) => `--format is "${value}", expected one or more of svg, png and pdf separated by commas (default svg,png)`,
  badLang: (value: string) => `--lang is "${value}", expected zh, en or both`,
  positionalNotScenario: (given: string) =>
    `"${given}" is not a scenario file (.json): with --data the arguments are scenario files; give several texts to --source joined by commas (--source a.txt,b.txt), not as a shell glob`,
  needsData: (given: string) => `${given} belongs to the figures of a study in its own scheme: give its dataset folder with --data DIR`,
  documentsWithData: "--documents is for the paper's figures; with --data the dataset itself gives the document-level figures",
  noDocumentCounts: "no document_counts.csv (region and city figures need document-level counts)",
  summary: (n: number, dir: string) => `Wrote ${n} figures to ${dir} (manifest.json lists each figure, its source in the paper and its files).`,
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
