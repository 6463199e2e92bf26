import { codeFiles } from "../coding/code-files";
import { cli } from "../messages";
import { UsageError, type ParsedArgs } from "./args";
import { distinctTextNames, numberOption, SKIP_LINES, stringOption } from "./options";
import { progressLine, type ProgressSink } from "./progress";

/**
 * `toolmix code TEXTS… --out DIR [--qdpx FILE] [--scheme CODEBOOK] [--dictionary FILE.csv]
 * [--skip-lines N] [--model MODEL.json] [--review FILE.csv] [--id ID] [--title TEXT]`: codes raw
 * Chinese policy texts (with --model, corrected by a model of `toolmix train`) and writes the
 * dataset folder, with the scheme's codebook.json copied into it, and with --qdpx the coding as a
 * REFI-QDA project to review and correct in NVivo or QualCoder (then `toolmix import --scheme`
 * reads it back with the same document ids). The work is lib/coding/code-files.ts; this reads the
 * options. --force writes into a non-empty folder the kit did not write. Coding that takes over two
 * seconds draws a progress line on `err` when it is a terminal (./progress.ts).
 *
 * @example
 * codeCommand({ command: "code", positional: ["a.txt"], options: { out: "output/a", scheme: "data/schemes/supply-demand-environment" } });
 */
export function codeCommand(args: ParsedArgs, err: ProgressSink = process.stderr): string {
  if (args.positional.length === 0) throw new UsageError(cli.codeNeedsTexts);
  if (typeof args.options.out !== "string") throw new UsageError(cli.needsOut("code"));
  const str = (name: string) => stringOption(args, name);
  const skipLines = numberOption(args, "skip-lines", SKIP_LINES) ?? 0;
  distinctTextNames(args.positional);
  if (str("model") !== undefined && (str("scheme") !== undefined || str("dictionary") !== undefined)) throw new UsageError(cli.modelOnlyPaper);
  if (str("review") !== undefined && str("model") === undefined) throw new UsageError(cli.reviewNeedsModel);
  const unit = str("unit") ?? "clause";
  if (unit !== "clause" && unit !== "sentence") throw new UsageError(cli.badUnit(unit));
  // Without a .qdpx, review or clause list: one document at a time, in memory bounded by the largest (lib/coding/code-stream.ts).
  const bar = progressLine(cli.progressCoding, args.positional.length, err);
  const result = codeFiles(args.positional, {
    stream: true,
    out: args.options.out,
    qdpx: str("qdpx"),
    scheme: str("scheme"),
    dictionary: str("dictionary"),
    skipLines,
    model: str("model"),
    unit,
    review: str("review"),
    clauses: str("clauses"),
    id: str("id"),
    title: str("title"),
    force: args.options.force === true,
    onText: (done) => bar.step(done),
  });
  bar.done();
  return `${result.summary}\n`;
}
