import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { studyText } from "../messages";
import { loadStudy } from "../study/load";
import { runStudy } from "../study/run";
import { kitPath } from "../util/paths";
import { UsageError, type ParsedArgs } from "./args";

/**
 * `toolmix study STUDY.json [--out DIR] [--force]`: runs a study file end to end
 * (lib/study/run.ts) into DIR (default output/examples/ID). Returns the summary to print.
 *
 * @example
 * await studyCommand({ command: "study", positional: ["data/examples/sde-example/study.json"], options: {} });
 */
export async function studyCommand(args: ParsedArgs): Promise<string> {
  const [file] = args.positional;
  if (file === undefined) throw new UsageError(studyText.needsFile);
  const study = loadStudy(file);
  const out = typeof args.options.out === "string" ? args.options.out : join("output", "examples", study.id);
  const run = await runStudy(study, out, { force: args.options.force === true });
  return `${studyText.exampleWritten(study.id, out, run.folders, run.files)}\n`;
}

/** The study files shipped with the kit: data/examples/NAME/study.json, in name order. */
export function shippedStudies(): string[] {
  const dir = kitPath("data", "examples");
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, "study.json")))
    .map((e) => join(dir, e.name, "study.json"))
    .sort();
}
