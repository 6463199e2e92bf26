import { cli } from "../messages";
import { formatSimulation } from "../simulate/format-text";
import { simulateFiles } from "../simulate/run";
import { UsageError, type ParsedArgs } from "./args";

/**
 * `toolmix simulate FILE… --seed S [--draws N] [--prior A] [--deff D] [--json]`: returns the text
 * to print. The JSON holds, per scenario, baseline and scenario summaries of every indicator,
 * the seed, the draws and the scenario file's SHA-256.
 */
export function simulateCommand(args: ParsedArgs): string {
  if (args.positional.length === 0) throw new UsageError(cli.needsFiles);
  if (args.options.seed === undefined) throw new UsageError(cli.needsSeed);
  const results = simulateFiles(args.positional, {
    seed: number(args, "seed", 0, 0xffffffff, true) ?? 0,
    draws: number(args, "draws", 1, 1e8, true) ?? 10_000,
    prior: number(args, "prior", 0, Infinity, false),
    designEffect: number(args, "deff", 1, Infinity, false),
  });
  return args.options.json ? `${JSON.stringify(results, null, 2)}\n` : `${formatSimulation(results)}\n`;
}

function number(args: ParsedArgs, name: string, min: number, max: number, integer: boolean): number | undefined {
  const raw = args.options[name];
  if (raw === undefined) return undefined;
  const value = Number(raw);
  const ok = raw !== true && raw !== "" && Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value)) && !(name === "prior" && value <= 0);
  if (!ok) throw new UsageError(cli.badNumber(`--${name}`, String(raw), `${integer ? "a whole number" : "a number"} ${name === "prior" ? "> 0" : `between ${min} and ${max}`}`));
  return value;
}
