import { cli } from "../messages";
import { formatSimulation } from "../simulate/format-text";
import { simulateFiles } from "../simulate/run";
import { UsageError, type ParsedArgs } from "./args";
import { numberOption as number, scenarioFiles } from "./options";

/**
 * `toolmix simulate FILE… --seed S [--draws N] [--prior A] [--deff D] [--json]`: returns the text
 * to print. The JSON holds, per scenario, baseline and scenario summaries of every indicator,
 * the seed, the draws and the scenario file's SHA-256.
 */
export function simulateCommand(args: ParsedArgs): string {
  const files = scenarioFiles(args.positional);
  if (files.length === 0) throw new UsageError(cli.needsFiles);
  if (args.options.seed === undefined) throw new UsageError(cli.needsSeed);
  const results = simulateFiles(files, {
    seed: number(args, "seed", 0, 0xffffffff, true) ?? 0,
    draws: number(args, "draws", 1, 1e8, true) ?? 10_000,
    prior: number(args, "prior", 0, Infinity, false),
    designEffect: number(args, "deff", 1, Infinity, false),
  });
  return args.options.json ? `${JSON.stringify(results, null, 2)}\n` : `${formatSimulation(results)}\n`;
}
