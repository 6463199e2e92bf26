import { basename } from "node:path";
import { cli } from "../messages";
import { UsageError, type ParsedArgs } from "./args";

/**
 * Scenario files from the command line, leaving out the JSON Schema that `scenarios/*.json`
 * also matches (scenario.schema.json describes scenarios; it is not one).
 */
export function scenarioFiles(positional: readonly string[]): string[] {
  return positional.filter((f) => basename(f) !== "scenario.schema.json");
}

/** A numeric option within [min, max] (whole if `integer`); undefined when absent; a usage error otherwise. */
export function numberOption(args: ParsedArgs, name: string, min: number, max: number, integer: boolean): number | undefined {
  const raw = args.options[name];
  if (raw === undefined) return undefined;
  const value = Number(raw);
  const ok = raw !== true && raw !== "" && Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value)) && !(name === "prior" && value <= 0);
  if (!ok) throw new UsageError(cli.badNumber(`--${name}`, String(raw), `${integer ? "a whole number" : "a number"} ${name === "prior" ? "> 0" : `between ${min} and ${max}`}`));
  return value;
}
