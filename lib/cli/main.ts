import { InputError } from "../errors";
import { paperDataDir } from "../dataset/load";
import { datasetOf } from "../validate/input";
import { validateCommand } from "./validate";
import { formatSchemeTables, tablesFor } from "../tables/scheme";
import { formatTables } from "../tables/format-text";
import { cli } from "../messages";
import { parseArgs, UsageError } from "./args";
import { runCommand } from "./run";
import { simulateCommand } from "./simulate";
import { scoreCommand } from "./score";
import { exploreCommand, mergeCommand } from "./explore";
import { figuresCommand } from "./figures";
import { importCommand } from "./import";
import { codeCommand } from "./code";
import { trainCommand } from "./train";
import { matrixCommand } from "./matrix";
import { synthCommand } from "../synth";
import { seedOption, stringOption } from "./options";
import { applyLimitOptions, withLimitOptions } from "./limits";
import { studyCommand } from "./study";
import { closestName } from "../util/closest";
import { commandHelp } from "./help";
import { exportTables } from "./tables-export";
import { answerKey, formatAnswerKey } from "../teaching/answer-key";
import { EXERCISES } from "../teaching/exercises";
import { kitVersion } from "../util/version";

/** Every command's options: those taking a value, and flags. */
export const SPEC = {
  tables: { values: ["data", "map", "scheme", "csv", "xlsx"], flags: ["json", "force"] },
  validate: { values: ["map", "scheme"], flags: ["json"] },
  run: { values: ["out"], flags: ["force"] },
  simulate: { values: ["draws", "seed", "prior", "deff", "csv", "xlsx"], flags: ["json", "force"] },
  synth: { values: ["seed", "out"], flags: ["force"] },
  score: { values: ["draws", "seed", "weights", "weight-draws", "catalogue", "csv", "xlsx"], flags: ["json", "force"] },
  explore: { values: ["seed", "samples", "sampler", "draws", "levers", "catalogue", "outcome", "probability", "density", "shard", "workers", "out"], flags: ["force"] },
  merge: { values: ["out", "outcome", "probability", "density"], flags: ["force"] },
  figures: { values: ["out", "lang", "format", "width", "seed", "documents", "data", "source", "catalogue", "dictionary", "draws"], flags: ["force"] },
  import: { values: ["map", "out", "scheme", "id", "title"], flags: ["force"] },
  code: { values: ["out", "qdpx", "scheme", "dictionary", "skip-lines", "id", "title", "model", "review", "unit", "clauses"], flags: ["force"] },
  train: { values: ["out", "seed", "folds", "map"], flags: ["force"] },
  matrix: { values: ["rows", "cols", "level-rows", "level-cols", "map", "out", "data", "scheme", "dictionary", "skip-lines"], flags: ["json", "csv", "force"] },
  study: { values: ["out"], flags: ["force"] },
  teaching: { values: [], flags: ["answers"] },
  help: { values: [], flags: [] },
  version: { values: [], flags: [] },
};

/** The most file or folder arguments a command takes (commands not listed take any number). */
const MAX_POSITIONAL: Record<string, number> = { explore: 1, tables: 0, validate: 1, run: 0, synth: 0, import: 1, study: 1, teaching: 0, help: 1, version: 0, train: 1 };

/**
 * The `toolmix` command line. Returns the exit code: 0 success, 1 invalid data or a failed job,
 * 2 a usage mistake. Output goes to stdout, diagnostics to stderr.
 *
 * @example
 * await main(["tables", "--json"]); // prints Tables 2–7 of the paper as JSON, returns 0
 */
export async function main(argv: readonly string[], out = process.stdout, err = process.stderr): Promise<number> {
  // Known before parsing succeeds, so even a failing parse honours --debug.
  let debug = argv.includes("--debug");
  let restoreLimits: (() => void) | undefined;
  try {
    const early = helpOrVersion(argv);
    if (early !== undefined) {
      out.write(early);
      return 0;
    }
    const args = parseArgs(argv, withLimitOptions(SPEC), MAX_POSITIONAL);
    debug = args.options.debug === true;
    // --max-input-mb and the other limits hold for this command only (lib/cli/limits.ts).
    restoreLimits = applyLimitOptions(args);
    switch (args.command) {
      case "tables": {
        // --data takes a dataset folder, or a coded project with --map (lib/validate/input.ts).
        // The paper's Tables 2–7 layout for the paper's scheme, generic tables for any other (lib/tables/scheme.ts).
        const data = String(args.options.data ?? paperDataDir());
        const tables = tablesFor(datasetOf(data, stringOption(args, "map"), stringOption(args, "scheme")));
        const text = "layout" in tables ? formatSchemeTables(tables) : formatTables(tables);
        const inputs = [data, ...[args.options.map, args.options.scheme].filter((x): x is string => typeof x === "string")];
        // --csv DIR / --xlsx FILE: the same tables for spreadsheets, said on stderr so stdout stays the tables.
        const written = exportTables(tables, { csv: stringOption(args, "csv"), xlsx: stringOption(args, "xlsx"), force: args.options.force === true, inputs });
        out.write(args.options.json ? `${JSON.stringify(tables, null, 2)}\n` : `${text}\n`);
        for (const line of written) err.write(`${line}\n`);
        return tables.errors.length > 0 ? 1 : 0;
      }
      case "validate": {
        const { text, code } = validateCommand(args);
        out.write(text);
        return code;
      }
      case "simulate":
        out.write(simulateCommand(args, err));
        return 0;
      case "code":
        out.write(codeCommand(args, err));
        return 0;
      case "train":
        out.write(trainCommand(args));
        return 0;
      case "import":
        out.write(importCommand(args));
        return 0;
      case "matrix":
        out.write(await matrixCommand(args));
        return 0;
      case "figures":
        out.write(await figuresCommand(args));
        return 0;
      case "score":
        out.write(scoreCommand(args, err));
        return 0;
      case "explore":
        out.write(await exploreCommand(args));
        return 0;
      case "merge":
        out.write(mergeCommand(args));
        return 0;
      case "synth": {
        const seed = seedOption(args, cli.synthNeedsSeed);
        out.write(`${synthCommand({ seed, out: String(args.options.out ?? `output/synthetic-${seed}`), force: args.options.force === true })}\n`);
        return 0;
      }
      case "study":
        out.write(await studyCommand(args));
        return 0;
      case "teaching":
        // The exercises of notebook 06; with --answers the teacher's key (computed, as the cells check).
        out.write(args.options.answers ? formatAnswerKey(answerKey()) : `${EXERCISES.map((e) => `${e.section}: ${e.question}`).join("\n")}\n`);
        return 0;
      case "run":
        // One command regenerates every output: the figures, the report, then every notebook.
        return await runCommand(args, out, err);
      case "help":
        out.write(args.positional.length > 0 ? helpOf(knownCommand(args.positional[0])) : cli.usage);
        return 0;
      case "version":
        out.write(cli.version(kitVersion()));
        return 0;
      default:
        throw new UsageError(cli.unknownCommand(args.command));
    }
  } catch (error) {
    if (error instanceof UsageError) {
      err.write(`toolmix: ${error.message}\n`);
      return 2;
    }
    if (error instanceof InputError) {
      err.write(`toolmix: ${error.message}\n`);
      return 1;
    }
    // Anything else is a bug of the kit, not the user's mistake: one line, the stack only on request.
    const message = error instanceof Error ? error.message : String(error);
    err.write(debug && error instanceof Error && error.stack ? `toolmix: ${error.stack}\n` : `toolmix: ${cli.internalError(message.split("\n")[0])}\n`);
    return 1;
  } finally {
    restoreLimits?.();
  }
}

/**
 * What `--help`, `-h` and `--version` print before any parsing: `toolmix --version`, `toolmix
 * --help`, and `toolmix COMMAND … --help` (before a `--`) give the text and exit 0, whatever else
 * is on the line. An unknown command is refused here, with the nearest known one, so that a typo
 * is not reported as an unknown option of it.
 */
function helpOrVersion(argv: readonly string[]): string | undefined {
  const [command = "help"] = argv;
  if (command === "--version" || command === "-V" || command === "-v") return cli.version(kitVersion());
  if (command === "--help" || command === "-h") return cli.usage;
  knownCommand(command);
  const end = argv.indexOf("--");
  const options = end < 0 ? argv.slice(1) : argv.slice(1, end);
  if (command !== "help" && (options.includes("--help") || options.includes("-h"))) return helpOf(command);
  return undefined;
}

/** A command's help, with its options described. */
function helpOf(command: string): string {
  const spec = SPEC[command as keyof typeof SPEC];
  return commandHelp(command, spec ? [...spec.values, ...spec.flags] : []);
}

/** The command itself when the kit has it; else a usage error suggesting the nearest. */
function knownCommand(command: string): string {
  if (Object.hasOwn(SPEC, command)) return command;
  throw new UsageError(cli.unknownCommand(command, closestName(command, Object.keys(SPEC))));
}

