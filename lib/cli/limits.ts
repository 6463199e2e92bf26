/**
 * The limit options every command accepts (`--max-input-mb N`, `--max-entries N`, `--max-cells N`,
 * `--max-depth N`; lib/io/limits.ts declares them), parsed once for the whole CLI in main.ts.
 *
 * @example
 * const spec = withLimitOptions({ tables: { values: ["data"], flags: ["json"] } });
 * const restore = applyLimitOptions(parseArgs(["tables", "--max-input-mb", "1024"], spec));
 * inputLimits().inputMb; // 1024
 * restore();             // the limits as they were
 */
import { LIMIT_SPECS, setInputLimits, type InputLimits } from "../io/limits";
import { cli } from "../messages";
import { UsageError, type ParsedArgs } from "./args";

type Spec = Record<string, { values: readonly string[]; flags: readonly string[] }>;

/** The same command spec with every limit option added to every command. */
export function withLimitOptions<T extends Spec>(spec: T): T {
  const names = LIMIT_SPECS.map((s) => s.option.slice(2));
  return Object.fromEntries(Object.entries(spec).map(([command, s]) => [command, { ...s, values: [...s.values, ...names] }])) as unknown as T;
}

/**
 * Sets the limits the command line gives (a usage error for a value outside the option's range)
 * and returns a function that restores the previous ones.
 */
export function applyLimitOptions(args: ParsedArgs): () => void {
  const changes: Partial<InputLimits> = {};
  for (const spec of LIMIT_SPECS) {
    const raw = args.options[spec.option.slice(2)];
    if (raw === undefined) continue;
    const value = Number(raw);
    if (raw === true || raw.trim() === "" || !Number.isInteger(value) || value < spec.min || value > spec.max) {
      throw new UsageError(cli.badOption(spec.option, String(raw), `a whole number between ${spec.min} and ${spec.max}`));
    }
    changes[spec.key] = value;
  }
  const previous = setInputLimits(changes);
  return () => void setInputLimits(previous);
}
