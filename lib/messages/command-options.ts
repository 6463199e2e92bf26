/**
 * What every option of every command does, with its default, and one example per command:
 * `toolmix COMMAND --help` prints them under the command's synopsis (lib/cli/help.ts). An option
 * several commands share is described once in COMMON; a command's own wording overrides it.
 */

/** Options that mean the same on every command that takes them. */
const COMMON: Record<string, string> = {
  force: "write into a non-empty folder (or over a file) that toolmix did not write; only its own files are replaced",
  json: "print JSON instead of text",
  out: "the folder to write (created if missing; refused if it is an input or a folder toolmix did not write, unless --force)",
  seed: "the seed of every random draw: the same seed gives the same bytes on any machine (required)",
  draws: "simulation draws per scenario (default 10 000)",
  csv: "also write the results as CSV files into this folder, one per table",
  xlsx: "also write the results as one .xlsx workbook, a sheet per table (Chinese labels, numbers as numbers)",
  map: "a mapping file (JSON) from the project's codes onto the codebook's nodes; NAME-map.json next to the project is found by itself",
  scheme: "a coding scheme: a folder with codebook.json (or the file), instead of the paper's",
  dictionary: "a keyword list (CSV: term,code[,weight]) replacing the codebook's cue words",
  "skip-lines": "lines at the top of each text not to code (a header); default 0",
  id: "the dataset's id (default: coded or imported)",
  title: "the dataset's title",
  catalogue: "a recommendation catalogue (JSON, schemas/catalogue.schema.json) instead of data/recommendations.json",
  data: "a dataset folder instead of the paper's data/paper-m0",
  outcome: "the recommendation (3.1-authority-down) or section (3.1: all its criteria) whose pass probability PRIM explains (default 3.1-incentive-promotion; merge: the shards' own)",
  probability: "the pass probability that counts as reaching the outcome (default 0.9; merge: the shards' own)",
  density: "the share of passing settings PRIM's box must keep inside it (default 0.8; merge: the shards' own)",
};

/** Each command's own options (overriding COMMON) and its example. */
export const COMMAND_OPTIONS: Record<string, { options: Record<string, string>; example: string }> = {
  tables: { options: {}, example: "npx toolmix tables --xlsx output/tables.xlsx" },
  validate: { options: {}, example: "npx toolmix validate data/examples/m0-example.qdpx" },
  run: { options: { out: "the folder of the main job (default output/)" }, example: "npx toolmix run" },
  simulate: {
    options: { prior: "the Dirichlet prior per slot (default 0.5, Jeffreys)", deff: "the design effect: counts are divided by it, widening the intervals (default 1)" },
    example: "npx toolmix simulate scenarios/incentive-and-learning.json --seed 1",
  },
  synth: { options: { out: "the folder to write (default output/synthetic-S)" }, example: "npx toolmix synth --seed 1" },
  score: {
    options: { weights: "criterion weights or weight bounds (JSON, schemas/weights.schema.json); default equal", "weight-draws": "weight vectors drawn for SMAA-2 (default: as many as --draws)" },
    example: "npx toolmix score scenarios/*.json --seed 1",
  },
  explore: {
    options: {
      samples: "base samples N (default 256); the sobol sampler runs N × (levers + 2) experiments, lhs and mc N",
      sampler: "sobol (Sobol' sequence in Saltelli's design, default: gives Sobol' indices), lhs (Latin hypercube) or mc (Monte Carlo): N experiments, feature scores only",
      catalogue: "a recommendation catalogue (JSON) instead of data/recommendations.json; it must name the scenario's coding scheme",
      draws: "simulation draws per experiment (default 2 000)",
      levers: "a levers file { \"levers\": { \"op1.pp\": { \"min\": 0, \"max\": 15 } } } opening or replacing intensity ranges",
      shard: "run only the i-th of n slices of the design (i/n); combine the slices with toolmix merge",
      workers: "worker threads (default: the machine's cores); the same bytes for any number",
      out: "the folder to write (default output/explore-ID)",
    },
    example: "npx toolmix explore scenarios/incentive-and-learning.json --samples 64 --seed 1",
  },
  merge: { options: { out: "the folder to write the whole run to (required)" }, example: "npx toolmix merge output/shard-1 output/shard-2 --out output/explore" },
  figures: {
    options: {
      out: "the folder to write (default output/figures; with --data output/figures-ID)",
      lang: "zh, en or both (default both)",
      format: "svg, png and/or pdf, separated by commas (default svg,png)",
      width: "lay every figure out for a journal column: single (85 mm), double (175 mm) or Nmm",
      documents: "a document-level dataset for Fig. 5–7 (default: the synthetic corpus of the seed)",
      source: "with --data: a .qdpx or texts (comma-separated) whose X–Y matrix to draw",
      draws: "simulation draws behind the scenario and score figures (default 10 000)",
      seed: "the seed of the synthetic corpus, the simulation and the scores (default 1)",
    },
    example: "npx toolmix figures --format svg,png,pdf --width 85mm --lang en",
  },
  import: { options: { out: "the dataset folder to write (required)" }, example: "npx toolmix import data/examples/m0-example.qdpx --map data/examples/m0-example-map.json --out output/my-project" },
  code: {
    options: {
      out: "the dataset folder to write (required)",
      qdpx: "also write a REFI-QDA project (.qdpx) of the coding, for review in NVivo or QualCoder",
      model: "correct the coding with a model trained by toolmix train",
      review: "write the clauses to review next (CSV), the model's least certain first (needs --model)",
      unit: "clause (default) or sentence",
      clauses: "write every clause with its codes and cue words (CSV)",
    },
    example: "npx toolmix code data/examples/m0-example/texts/*.txt --out output/my-coded --qdpx output/my-coded.qdpx",
  },
  train: {
    options: { out: "the model file to write (required)", seed: "the seed of the cross-validation folds (required)", folds: "folds of the cross-validation by document (default 5)" },
    example: "npx toolmix train output/my-reviewed.qdpx --out output/my-model.json --seed 1",
  },
  matrix: {
    options: {
      rows: "the rows' dimension: tools, themes, or a document variable (region, year, place, …); default tools",
      cols: "the columns' dimension (default themes)",
      "level-rows": "the level of the rows' codebook (tools: 1 tools, 2 tool × direction; themes 1–3)",
      "level-cols": "the level of the columns' codebook",
      csv: "print CSV instead of text",
      out: "also write the matrix, its passages and a heatmap into this folder",
    },
    example: "npx toolmix matrix data/examples/sde-example/texts/*.txt --scheme data/schemes/supply-demand-environment --rows tools --cols region",
  },
  study: { options: { out: "the folder to write (default output/examples/ID)" }, example: "npx toolmix study data/examples/sde-example/study.json" },
  teaching: { options: { answers: "print the teacher's answer key (Markdown) instead of the exercises" }, example: "npx toolmix teaching --answers" },
};

/** The Options and Example section of a command's help ("" for a command without either). */
export function optionsHelp(command: string, names: readonly string[]): string {
  const own = COMMAND_OPTIONS[command];
  if (!own) return "";
  const lines = names.map((name) => {
    const text = own.options[name] ?? COMMON[name] ?? "";
    return `  --${name.padEnd(14)} ${text}`;
  });
  return `${lines.length > 0 ? `\nOptions:\n${lines.join("\n")}\n` : ""}\nExample:\n  ${own.example}\n`;
}
