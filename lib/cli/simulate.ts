import { cli } from "../messages";
import { formatSimulation } from "../simulate/format-text";
import { simulateFiles } from "../simulate/run";
import { simulationSheets } from "../simulate/sheets";
import { exportSheets } from "../io/sheets-export";
import { UsageError, type ParsedArgs } from "./args";
import { distinctScenarioFiles, numberOption as number, seedOption, stringOption } from "./options";

/**
 * `toolmix simulate FILE… --seed S [--draws N] [--prior A] [--deff D] [--json] [--csv DIR] [--xlsx FILE]
 * [--force]`: returns the text to print; --csv and --xlsx also write the results for spreadsheets
 * (lib/simulate/sheets.ts). The JSON holds, per scenario, baseline and scenario summaries of every indicator,
 * the seed, the draws and the scenario file's SHA-256.
 */
export function simulateCommand(args: ParsedArgs, err: { write(text: string): unknown } = process.stderr): string {
  // Files first: `toolmix simulate` alone should say what to give, not ask for a seed.
  if (args.positional.length === 0) throw new UsageError(cli.needsFiles);
  const seed = seedOption(args, cli.needsSeed);
  const options = {
    seed,
    draws: number(args, "draws", { min: 1, max: 1e8, integer: true }) ?? 10_000,
    // Beyond a million the prior swamps any count the kit reads: a typo, not a choice.
    prior: number(args, "prior", { min: 0, max: 1e6, integer: false, minIncluded: false }),
    designEffect: number(args, "deff", { min: 1, max: 1e6, integer: false }),
  };
  const files = distinctScenarioFiles(args.positional, cli.needsFiles);
  const results = simulateFiles(files, options);
  // --csv DIR / --xlsx FILE: the results for spreadsheets, said on stderr so stdout stays the report.
  const str = (name: string) => stringOption(args, name);
  for (const line of exportSheets(simulationSheets(results), { csv: str("csv"), xlsx: str("xlsx"), force: args.options.force === true, inputs: files, kind: "simulation" })) err.write(`${line}\n`);
  return args.options.json ? `${JSON.stringify(results, null, 2)}\n` : `${formatSimulation(results)}\n`;
}
