import { formatScoreReport } from "../score/format";
import { rankScenarios } from "../score/ranking";
import { scoreFiles } from "../score/run";
import { scoreSheets } from "../score/sheets";
import { exportSheets } from "../io/sheets-export";
import { cli } from "../messages";
import { UsageError, type ParsedArgs } from "./args";
import { distinctScenarioFiles, numberOption, seedOption, stringOption } from "./options";

/**
 * `toolmix score FILE… --seed S [--draws N] [--weight-draws T] [--weights FILE] [--catalogue FILE] [--json]
 * [--csv DIR] [--xlsx FILE] [--force]`:
 * the ranking first, then scorecards and the SMAA table; the JSON carries every criterion's
 * recommendation and section, and the ranking (rankScenarios).
 */
export function scoreCommand(args: ParsedArgs, err: { write(text: string): unknown } = process.stderr): string {
  // Files first: `toolmix score` alone should say what to give, not ask for a seed.
  if (args.positional.length === 0) throw new UsageError(cli.scoreNeedsFiles);
  const seed = seedOption(args, cli.scoreNeedsSeed);
  const draws = numberOption(args, "draws", { min: 1, max: 1e7, integer: true }) ?? 10_000;
  const weightDraws = numberOption(args, "weight-draws", { min: 1, max: 1e7, integer: true });
  const files = distinctScenarioFiles(args.positional, cli.scoreNeedsFiles);
  const report = scoreFiles(files, {
    seed,
    draws,
    weightDraws,
    weights: typeof args.options.weights === "string" ? args.options.weights : undefined,
    catalogue: typeof args.options.catalogue === "string" ? args.options.catalogue : undefined,
  });
  // --csv DIR / --xlsx FILE: ranking, criteria, rank acceptability and provenance for spreadsheets, said on stderr.
  const str = (name: string) => stringOption(args, name);
  const inputs = [...files, ...[str("weights"), str("catalogue")].filter((f): f is string => f !== undefined)];
  for (const line of exportSheets(scoreSheets(report), { csv: str("csv"), xlsx: str("xlsx"), force: args.options.force === true, inputs, kind: "scores" })) err.write(`${line}\n`);
  if (args.options.json) return `${JSON.stringify({ ...report, ranking: rankScenarios(report) }, null, 2)}\n`;
  // Colours only on a terminal, and never with NO_COLOR (https://no-color.org) set.
  const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
  return `${formatScoreReport(report, { color })}\n`;
}
