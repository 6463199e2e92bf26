import { cli } from "../messages";
import { closestName } from "../util/closest";

/** Parsed command line: the command, its positional arguments, and `--name value` / `--flag` options. */
export interface ParsedArgs {
  command: string;
  positional: string[];
  options: Record<string, string | true>;
}

/** What a command accepts: options taking a value, and flags. */
export interface CommandSpec {
  values: readonly string[];
  flags: readonly string[];
}

/** Flags every command accepts: `--debug` prints the stack of an unexpected error. */
export const GLOBAL_FLAGS = ["debug"] as const;

/**
 * Splits argv into command, positionals and options. `flags` take no value; every other option
 * takes the next argument (or `--name=value`). Unknown options, an option given twice and too many
 * positional arguments (beyond `maxPositional[command]`; absent means any number — each command
 * checks its own minimum, with a message saying what is missing) are errors naming the command. Command and option names are looked up as
 * own properties only, so `toolmix constructor` or `--__proto__` are unknown, not prototype hits.
 *
 * @example
 * parseArgs(["tables", "--data", "d", "--json"], { tables: { values: ["data"], flags: ["json"] } });
 * // { command: "tables", positional: [], options: { data: "d", json: true } }
 */
export function parseArgs(argv: readonly string[], spec: Record<string, CommandSpec>, maxPositional: Record<string, number> = {}): ParsedArgs {
  const [command = "help", ...rest] = argv;
  const allowed: CommandSpec = Object.hasOwn(spec, command) ? spec[command] : { values: [], flags: [] };
  const parsed: ParsedArgs = { command, positional: [], options: Object.create(null) as Record<string, string | true> };
  let onlyPositional = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    // `--` ends the options, so a file whose name starts with a dash can still be given.
    if (!onlyPositional && arg === "--") {
      onlyPositional = true;
      continue;
    }
    if (onlyPositional || !arg.startsWith("-") || arg === "-") {
      parsed.positional.push(arg);
      continue;
    }
    if (!arg.startsWith("--")) throw new UsageError(cli.unknownOption(arg, command, suggestOption(arg, allowed)));
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (Object.hasOwn(parsed.options, name)) throw new UsageError(cli.repeatedOption(`--${name}`));
    if (allowed.flags.includes(name) || (GLOBAL_FLAGS as readonly string[]).includes(name)) {
      if (inline !== undefined) throw new UsageError(cli.flagWithValue(`--${name}`));
      parsed.options[name] = true;
    } else if (allowed.values.includes(name)) {
      const value = inline ?? rest[++i];
      // A missing value, or the next option taken as one (`--seed --json`), is a usage mistake.
      if (value === undefined || (inline === undefined && value.startsWith("--"))) throw new UsageError(cli.missingValue(`--${name}`));
      parsed.options[name] = value;
    } else throw new UsageError(cli.unknownOption(arg, command, suggestOption(`--${name}`, allowed)));
  }
  const max = Object.hasOwn(maxPositional, command) ? maxPositional[command] : undefined;
  if (max !== undefined && parsed.positional.length > max) throw new UsageError(cli.tooManyArguments(command, parsed.positional.slice(max), max));
  return parsed;
}

/** The command's option nearest to a mistyped one (--sceme → --scheme), if any is near. */
function suggestOption(arg: string, allowed: CommandSpec): string | undefined {
  const names = [...allowed.values, ...allowed.flags, ...GLOBAL_FLAGS, "help"].map((n) => `--${n}`);
  return closestName(arg.startsWith("--") ? arg : `-${arg}`, names);
}

/** A mistake in how the CLI was called; printed without a stack trace, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}
