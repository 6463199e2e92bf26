import { trainFromProject } from "../learn/train-file";
import { cli } from "../messages";
import { UsageError, type ParsedArgs } from "./args";
import { numberOption, seedOption } from "./options";

/**
 * `toolmix train CORRECTED.qdpx --out MODEL.json --seed S [--map FILE] [--folds K] [--force]`: trains the
 * supervised coder on a reviewed project and prints its cross-validated κ beside the dictionary
 * coder's. The work is lib/learn/train-file.ts; this reads the options.
 *
 * @example
 * trainCommand({ command: "train", positional: ["output/reviewed.qdpx"], options: { out: "output/model.json", seed: "1" } });
 */
export function trainCommand(args: ParsedArgs): string {
  if (args.positional.length !== 1) throw new UsageError(cli.trainNeedsProject);
  if (typeof args.options.out !== "string") throw new UsageError(cli.trainNeedsOut);
  const seed = seedOption(args, cli.trainNeedsSeed);
  const folds = numberOption(args, "folds", { min: 2, max: 20, integer: true });
  const map = typeof args.options.map === "string" ? args.options.map : undefined;
  const r = trainFromProject(args.positional[0], { out: args.options.out, seed, ...(folds !== undefined ? { folds } : {}), ...(map !== undefined ? { map } : {}), force: args.options.force === true });
  return `${r.summary}\n`;
}
