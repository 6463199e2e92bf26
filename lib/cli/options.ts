import { realpathSync } from "node:fs";
import { basename, extname } from "node:path";
import { InputError } from "../errors";
import { cli, cliInput } from "../messages";
import { loadScenario } from "../scenario/load";
import { UsageError, type ParsedArgs } from "./args";

/**
 * Option values and file arguments of the commands, checked before any work starts: numbers in
 * plain decimal notation within their range, scenario files named once with distinct ids.
 *
 * @example
 * numberOption({ command: "simulate", positional: [], options: { draws: "500" } }, "draws", { min: 1, max: 1e7, integer: true }); // 500
 */

/** Scenario files from the command line, leaving out the JSON Schema that `scenarios/*.json` also matches. */
export function scenarioFiles(positional: readonly string[]): string[] {
  return positional.filter((f) => basename(f) !== "scenario.schema.json");
}

/**
 * The scenario files of `simulate` / `score`, each named once and each with its own id: results
 * are keyed by scenario id, so two files with one id (or one file given twice) would silently
 * overwrite each other's results. A usage error when none is given.
 */
export function distinctScenarioFiles(positional: readonly string[], none: string): string[] {
  const files = scenarioFiles(positional);
  if (files.length === 0) throw new UsageError(positional.length === 0 ? none : cli.noScenarioFiles(positional));
  const byPath = new Map<string, string>();
  const byId = new Map<string, string>();
  for (const file of files) {
    // A file that cannot be resolved is reported by the loader below with its own message.
    let real = file;
    try {
      real = realpathSync(file);
    } catch {
      /* the loader names the missing file */
    }
    const earlier = byPath.get(real);
    if (earlier !== undefined) throw new InputError([{ file, found: cliInput.sameFile, expected: cliInput.fileOnce(earlier) }]);
    byPath.set(real, file);
    const id = loadScenario(file).scenario.id;
    const other = byId.get(id);
    if (other !== undefined) throw new InputError([{ file, field: "id", found: cliInput.sameId(id), expected: cliInput.uniqueScenarioId(other) }]);
    byId.set(id, file);
  }
  return files;
}

/**
 * The text files of `toolmix code`, each named once with its own id: a document's id is its file
 * name without the extension, so `a/x.txt b/x.txt` (or one file twice) would give two documents
 * one id. An input error naming both files.
 */
export function distinctTextNames(files: readonly string[]): void {
  const byId = new Map<string, string>();
  for (const file of files) {
    const id = basename(file, extname(file));
    const other = byId.get(id);
    if (other !== undefined) throw new InputError([{ file, found: cliInput.sameName(id), expected: cliInput.uniqueTextName(other) }]);
    byId.set(id, file);
  }
}

/** Bounds of a numeric option: [min, max], whether min itself is allowed, whole numbers only. */
export interface NumberBounds {
  min: number;
  max: number;
  integer: boolean;
  /** False when the value must be strictly above `min` (a Dirichlet prior > 0). */
  minIncluded?: boolean;
}

/** Plain decimal notation: digits, an optional fraction and exponent; no sign, hex, spaces or words. */
const DECIMAL = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A numeric option within its bounds; undefined when absent; a usage error naming the option,
 * the value and the accepted range otherwise (`0x10`, `1,000`, `Infinity`, `-1`, `2.5` for a
 * whole number, and values beyond the range are all refused).
 */
/** An option's value when it was given as a string (a flag-like `--map` without value is not). */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.options[name];
  return typeof value === "string" ? value : undefined;
}

export function numberOption(args: ParsedArgs, name: string, bounds: NumberBounds): number | undefined {
  const raw = args.options[name];
  if (raw === undefined) return undefined;
  const value = typeof raw === "string" && DECIMAL.test(raw) ? Number(raw) : Number.NaN;
  const aboveMin = bounds.minIncluded === false ? value > bounds.min : value >= bounds.min;
  const ok = Number.isFinite(value) && aboveMin && value <= bounds.max && (!bounds.integer || Number.isInteger(value));
  if (!ok) throw new UsageError(cli.badOption(`--${name}`, String(raw), cliInput.numberRange(bounds)));
  return value;
}

/** The seed option: required, a whole number between 0 and 2³² − 1. */
export function seedOption(args: ParsedArgs, missing: string): number {
  if (args.options.seed === undefined) throw new UsageError(missing);
  return numberOption(args, "seed", SEED)!;
}

/** Every seed of the kit is a 32-bit unsigned whole number. */
export const SEED: NumberBounds = { min: 0, max: 0xffffffff, integer: true };

/** `--skip-lines N` of `code` and `matrix`: a whole number of lines at the top of every text, 0 up to a million. */
export const SKIP_LINES: NumberBounds = { min: 0, max: 1_000_000, integer: true };
