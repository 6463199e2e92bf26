import { cli } from "../messages";

/** Parsed command line: the command, its positional arguments, and `--name value` / `--flag` options. */
export interface ParsedArgs {
  command: string;
  positional: string[];
  options: Record<string, string | true>;
}

/**
 * Splits argv into command, positionals and options. `flags` take no value; every other option
 * takes the next argument (or `--name=value`). Unknown options are errors naming the command.
 *
 * @example
 * parseArgs(["tables", "--data", "d", "--json"], { tables: { values: ["data"], flags: ["json"] } });
 * // { command: "tables", positional: [], options: { data: "d", json: true } }
 */
export function parseArgs(argv: readonly string[], spec: Record<string, { values: readonly string[]; flags: readonly string[] }>): ParsedArgs {
  const [command = "help", ...rest] = argv;
  const allowed = spec[command] ?? { values: [], flags: [] };
  const parsed: ParsedArgs = { command, positional: [], options: {} };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (!arg.startsWith("--")) {
      parsed.positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (allowed.flags.includes(name)) parsed.options[name] = true;
    else if (allowed.values.includes(name)) {
      const value = inline ?? rest[++i];
      if (value === undefined) throw new UsageError(cli.missingValue(`--${name}`));
      parsed.options[name] = value;
    } else throw new UsageError(cli.unknownOption(arg, command));
  }
  return parsed;
}

/** A mistake in how the CLI was called; printed without a stack trace, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}
