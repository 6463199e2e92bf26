import { formatScoreReport } from "../score/format";
import { rankScenarios } from "../score/ranking";
import { scoreFiles } from "../score/run";
import { cli } from "../messages";
import { UsageError, type ParsedArgs } from "./args";
import { distinctScenarioFiles, numberOption, seedOption } from "./options";

/**
 * `toolmix score FILE… --seed S [--draws N] [--weight-draws T] [--weights FILE] [--catalogue FILE] [--json]`:
 * the ranking first, then scorecards and the SMAA table; the JSON carries every criterion's
 * recommendation and section, and the ranking (rankScenarios).
 */
export function scoreCommand(args: ParsedArgs): string {
  // Files first: `toolmix score` alone should say what to give, not ask for a seed.
  if (args.positional.length === 0) throw new UsageError(cli.scoreNeedsFiles);
  const seed = seedOption(args, cli.scoreNeedsSeed);
  const draws = numberOption(args, "draws", { min: 1, max: 1e7, integer: true }) ?? 10_000;
  const weightDraws = numberOption(args, "weight-draws", { min: 1, max: 1e7, integer: true });
  const report = scoreFiles(distinctScenarioFiles(args.positional, cli.scoreNeedsFiles), {
    seed,
    draws,
    weightDraws,
    weights: typeof args.options.weights === "string" ? args.options.weights : undefined,
    catalogue: typeof args.options.catalogue === "string" ? args.options.catalogue : undefined,
  });
  if (args.options.json) return `${JSON.stringify({ ...report, ranking: rankScenarios(report) }, null, 2)}\n`;
  // Colours only on a terminal, and never with NO_COLOR (https://no-color.org) set.
  const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
  return `${formatScoreReport(report, { color })}\n`;
}
