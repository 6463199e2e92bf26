import { prepareOutputFolder, writeOutputFolder, type FolderOptions } from "../io/output";
import { buildMatrix, chiSquareTest, dimensionSpec, formatMatrix, matrixCsv, matrixJson, matrixSource } from "../matrix";
import { MATRIX_FILES, matrixOutputFiles } from "../matrix/output-files";
import { dictionaryText, matrixText as text } from "../messages";
import { UsageError, type ParsedArgs } from "./args";
import { distinctTextNames, numberOption, SKIP_LINES } from "./options";

/**
 * `toolmix matrix SOURCE --rows tools --cols themes [--level-rows N] [--level-cols N] [--map FILE]
 * [--scheme CODEBOOK] [--dictionary FILE.csv] [--skip-lines N] [--json|--csv] [--out DIR] [--force]`:
 * the X–Y matrix of a coded source (lib/matrix/source.ts) with its chi-square test. `--scheme`
 * chooses the codebook (raw texts are coded in it, projects mapped onto it); `--dictionary` and
 * `--skip-lines` are for raw texts only. Text by default; --json everything (every passage); --csv the long
 * table. --out writes matrix.json, matrix.csv, the heatmap (matrix.svg, matrix.png at 300 dpi,
 * matrix.vl.json) under the lib/io/output.ts rules. `--data DIR` is taken as the source, so
 * `--data data/paper-m0` says why the paper's data cannot give a matrix.
 *
 * @example
 * await matrixCommand({ command: "matrix", positional: ["data/examples/m0-example.qdpx"], options: { rows: "tools", cols: "themes" } });
 */
export async function matrixCommand(args: ParsedArgs): Promise<string> {
  const paths = typeof args.options.data === "string" ? [...args.positional, args.options.data] : args.positional;
  if (paths.length === 0) throw new UsageError(text.cli.needsSource);
  if (args.options.json === true && args.options.csv === true) throw new UsageError(text.cli.jsonAndCsv);
  const levelRows = level(args, "level-rows");
  const levelCols = level(args, "level-cols");
  const rawTexts = paths.every((p) => p.toLowerCase().endsWith(".txt"));
  if (rawTexts) distinctTextNames(paths);
  const skipLines = numberOption(args, "skip-lines", SKIP_LINES);
  const dictionary = typeof args.options.dictionary === "string" ? args.options.dictionary : undefined;
  for (const [option, given] of [["--dictionary", dictionary], ["--skip-lines", skipLines]] as const) {
    if (given !== undefined && !rawTexts) throw new UsageError(dictionaryText.cli.textsOnly(option));
  }
  const scheme = typeof args.options.scheme === "string" ? args.options.scheme : undefined;
  const map = typeof args.options.map === "string" ? args.options.map : undefined;
  const out = typeof args.options.out === "string" ? args.options.out : undefined;
  const inputs = [...paths, ...[map, scheme, dictionary].filter((f): f is string => f !== undefined)];
  const target: FolderOptions = { kind: "matrix", option: "--out", force: args.options.force === true, inputs };
  // The output is checked before any work: never into an input's folder, a foreign folder only with --force.
  if (out) prepareOutputFolder(out, target);
  const src = matrixSource(paths, { map, scheme, dictionary, skipLines });
  const file = src.source;
  const rows = dimensionSpec(String(args.options.rows ?? "tools"), levelRows, "--rows", file);
  const cols = dimensionSpec(String(args.options.cols ?? "themes"), levelCols, "--cols", file);
  const m = buildMatrix(src.segments, { ...src, rows, cols });
  const test = chiSquareTest(m.counts);
  if (out) writeOutputFolder(out, await matrixOutputFiles(m, test), target);
  const body = args.options.json === true ? matrixJson(m, test) : args.options.csv === true ? matrixCsv(m, test) : formatMatrix(m, test);
  // The note about written files goes with the text report only: --json and --csv stay parseable.
  const written = out && args.options.json !== true && args.options.csv !== true ? `\n${text.text.written(out, [...MATRIX_FILES])}\n` : "";
  return `${body}${written}`;
}

function level(args: ParsedArgs, name: string): number | undefined {
  const raw = args.options[name];
  if (raw === undefined) return undefined;
  if (typeof raw !== "string" || !/^[1-9]\d{0,2}$/.test(raw)) throw new UsageError(text.cli.levelValue(`--${name}`, String(raw)));
  return Number(raw);
}
