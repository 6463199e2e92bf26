import { InputError } from "../errors";
import { loadDataset, paperDataDir } from "../dataset/load";
import { validateDataset } from "../validate";
import { buildTables } from "../tables/build";
import { formatTables } from "../tables/format-text";
import { cli, figuresText } from "../messages";
import { parseArgs, UsageError } from "./args";
import { runNotebooks } from "./run";
import { join } from "node:path";
import { kitPath } from "../util/paths";
import { buildContext, writeFigures } from "../figures/write";
import { writeReport } from "../report/html";
import { simulateCommand } from "./simulate";
import { scoreCommand } from "./score";
import { figuresCommand } from "./figures";
import { importCommand } from "./import";
import { codeCommand } from "./code";
import { synthCommand } from "../synth";

const SPEC = {
  tables: { values: ["data"], flags: ["json"] },
  validate: { values: [], flags: ["json"] },
  run: { values: ["out"], flags: [] },
  simulate: { values: ["draws", "seed", "prior", "deff"], flags: ["json"] },
  synth: { values: ["seed", "out"], flags: [] },
  score: { values: ["draws", "seed", "weights", "weight-draws", "catalogue"], flags: ["json"] },
  figures: { values: ["out", "lang", "format", "seed", "documents"], flags: [] },
  import: { values: ["map", "out"], flags: [] },
  code: { values: ["out", "qdpx"], flags: [] },
  help: { values: [], flags: [] },
};

/**
 * The `toolmix` command line. Returns the exit code: 0 success, 1 invalid data or a failed job,
 * 2 a usage mistake. Output goes to stdout, diagnostics to stderr.
 *
 * @example
 * await main(["tables", "--json"]); // prints Tables 2–7 of the paper as JSON, returns 0
 */
export async function main(argv: readonly string[], out = process.stdout, err = process.stderr): Promise<number> {
  try {
    const args = parseArgs(argv, SPEC);
    switch (args.command) {
      case "tables": {
        const tables = buildTables(loadDataset(String(args.options.data ?? paperDataDir())));
        out.write(args.options.json ? `${JSON.stringify(tables, null, 2)}\n` : `${formatTables(tables)}\n`);
        return tables.errors.length > 0 ? 1 : 0;
      }
      case "validate": {
        const dir = args.positional[0] ?? paperDataDir();
        const report = validateDataset(loadDataset(dir));
        if (args.options.json) out.write(`${JSON.stringify(report, null, 2)}\n`);
        else {
          for (const f of [...report.errors, ...report.warnings]) out.write(`${f.severity} [${f.check}] ${f.source} ${f.label} (${f.node}): ${f.message}\n`);
          out.write(`${report.errors.length ? cli.invalid(dir, report.errors.length) : cli.valid(dir, report.warnings.length)}\n`);
        }
        return report.errors.length > 0 ? 1 : 0;
      }
      case "simulate":
        out.write(simulateCommand(args));
        return 0;
      case "code":
        out.write(codeCommand(args));
        return 0;
      case "import":
        out.write(importCommand(args));
        return 0;
      case "figures":
        out.write(await figuresCommand(args));
        return 0;
      case "score":
        out.write(scoreCommand(args));
        return 0;
      case "synth": {
        if (args.options.seed === undefined) throw new UsageError(cli.synthNeedsSeed);
        const seed = Number(args.options.seed);
        if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new UsageError(cli.badNumber("--seed", String(args.options.seed), "a whole number between 0 and 4294967295"));
        out.write(`${synthCommand({ seed, out: String(args.options.out ?? `output/synthetic-${seed}`) })}\n`);
        return 0;
      }
      case "run": {
        // One command regenerates every output: the figures, the report, then every notebook.
        const root = args.options.out === undefined ? kitPath("output") : String(args.options.out);
        const context = buildContext("both", 1, 10_000);
        const manifest = await writeFigures({ out: join(root, "figures"), context });
        out.write(`${figuresText.summary(manifest.figures.length, join(root, "figures"))}\n`);
        writeReport(join(root, "report.html"), context, manifest, join(root, "figures"));
        out.write(`Report: ${join(root, "report.html")} (open it in a browser)\n`);
        return await runNotebooks({ out: join(root, "notebooks") }, out, err);
      }
      case "help":
      case "--help":
      case "-h":
        out.write(cli.usage);
        return 0;
      default:
        throw new UsageError(cli.unknownCommand(args.command));
    }
  } catch (error) {
    if (error instanceof UsageError) {
      err.write(`toolmix: ${error.message}\n`);
      return 2;
    }
    if (error instanceof InputError) {
      err.write(`toolmix: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
