import { formatScoreReport } from "../score/format";
import { scoreFiles } from "../score/run";
import { cli } from "../messages";
import { UsageError, type ParsedArgs } from "./args";
import { numberOption, scenarioFiles } from "./options";

/**
 * `toolmix score FILE… --seed S [--draws N] [--weight-draws T] [--weights FILE] [--catalogue FILE] [--json]`:
 * scorecards and the SMAA table; the JSON carries every criterion's recommendation and section.
 */
export function scoreCommand(args: ParsedArgs): string {
  const files = scenarioFiles(args.positional);
  if (files.length === 0) throw new UsageError(cli.needsFiles);
  if (args.options.seed === undefined) throw new UsageError(cli.needsSeed);
  const report = scoreFiles(files, {
    seed: numberOption(args, "seed", 0, 0xffffffff, true) ?? 0,
    draws: numberOption(args, "draws", 1, 1e7, true) ?? 10_000,
    weightDraws: numberOption(args, "weight-draws", 1, 1e7, true),
    weights: typeof args.options.weights === "string" ? args.options.weights : undefined,
    catalogue: typeof args.options.catalogue === "string" ? args.options.catalogue : undefined,
  });
  return args.options.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatScoreReport(report)}\n`;
}
