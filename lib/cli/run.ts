import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, delimiter, join, relative, resolve } from "node:path";
import { buildContext, writeFigures } from "../figures/write";
import { FIGURE_FORMATS } from "../figures/formats";
import { figuresText, runText, studyText } from "../messages";
import { loadStudy } from "../study/load";
import { runStudy } from "../study/run";
import { shippedStudies } from "./study";
import { canonical, markerJson, prepareOutputFolder, writeOutputFile, type FolderOptions, type OutputFile } from "../io/output";
import { MARKER } from "../io/output-marker";
import { writeReport } from "../report/html";
import { prepareRunSpreadsheets, writeRunSpreadsheets } from "../report/spreadsheets";
import { kitPath } from "../util/paths";
import type { ParsedArgs } from "./args";

/**
 * `toolmix run [--out DIR] [--force]`, the main job: every figure (SVG, PNG, PDF) into DIR/figures, the
 * tables, simulation and scores as spreadsheets into DIR/spreadsheets, the report DIR/report.html (linking them), every shipped study (data/examples/NAME/study.json) into DIR/examples/ID,
 * every notebook executed into DIR/notebooks (default DIR: the kit's output/).
 * The three folders are checked before the slow work (lib/io/output.ts rules; --force for a folder the
 * kit did not write). Resolves to the exit code.
 */
export async function runCommand(args: ParsedArgs, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const root = args.options.out === undefined ? kitPath("output") : String(args.options.out);
  const force = args.options.force === true;
  prepareOutputFolder(root, { kind: "run", option: "--out", force });
  prepareOutputFolder(join(root, "figures"), { kind: "figures", option: "--out", force });
  prepareOutputFolder(join(root, "notebooks"), { kind: "notebooks", option: "--out", force });
  prepareRunSpreadsheets(root, { force });
  const context = buildContext("both", 1, 10_000);
  // The main job writes every format: SVG for the web, 300 dpi PNG for Word, PDF for LaTeX and journals.
  const manifest = await writeFigures({ out: join(root, "figures"), context, force, formats: FIGURE_FORMATS });
  out.write(`${figuresText.summary(manifest.figures.length, join(root, "figures"))}\n`);
  const spreadsheets = writeRunSpreadsheets(root, context, { force });
  writeReport(join(root, "report.html"), context, manifest, join(root, "figures"), { force, spreadsheets });
  out.write(`${runText.spreadsheets(join(root, "spreadsheets"), spreadsheets.map((s) => basename(s.xlsx)))}\n`);
  out.write(`${runText.report(join(root, "report.html"))}\n`);
  // Every worked example in another scheme, as `toolmix study` runs it (lib/study/run.ts).
  for (const file of shippedStudies()) {
    const study = loadStudy(file);
    const dir = join(root, "examples", study.id);
    const run = await runStudy(study, dir, { force });
    out.write(`${studyText.exampleWritten(study.id, dir, run.folders, run.files)}\n`);
  }
  return await runNotebooks({ out: join(root, "notebooks"), force }, out, err);
}

/** The Python that has Debian's Jupyter (nbclient, nbconvert); `TOOLMIX_PYTHON` overrides. */
export function jupyterPython(): string {
  return process.env.TOOLMIX_PYTHON ?? (existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3");
}

/** Environment in which Jupyter finds the project-local tslab kernelspec (see scripts/setup.mjs). */
export function jupyterEnv(root = kitPath()): NodeJS.ProcessEnv {
  const local = join(root, ".jupyter", "data");
  const path = [local, process.env.JUPYTER_PATH].filter(Boolean).join(delimiter);
  return { ...process.env, JUPYTER_PATH: path };
}

/**
 * The main job: executes every notebook in notebooks/ headlessly under the tslab kernel and
 * writes each executed notebook (.ipynb) and its HTML to `out` (default output/notebooks).
 * `cwd` sets the kernels' working folder (default: each notebook's own folder, as Jupyter does).
 * The folder passes the lib/io/output.ts rules first (throws InputError); the script writes each file
 * through a temporary name and rename, and the kit's marker lists them afterwards.
 * Resolves to 0 when every notebook ran without a cell error, else 1.
 */
export function runNotebooks(
  options: { out?: string; notebooks?: string[]; cwd?: string; force?: boolean },
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  const root = kitPath();
  const target = resolve(options.out ?? join(root, "output", "notebooks"));
  const folder: FolderOptions = { kind: "notebooks", option: "--out", force: options.force };
  prepareOutputFolder(target, folder);
  const dir = join(root, "notebooks");
  const notebooks = options.notebooks ?? readdirSync(dir).filter((f) => f.endsWith(".ipynb")).sort().map((f) => join(dir, f));
  const script = join(root, "scripts", "execute_notebooks.py");
  return new Promise((done) => {
    const child = spawn(jupyterPython(), [script, "--out", target, ...(options.cwd ? ["--cwd", resolve(options.cwd)] : []), ...notebooks], { env: jupyterEnv(root), stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (chunk) => out.write(chunk));
    child.stderr.on("data", (chunk) => err.write(chunk));
    child.on("error", (error) => {
      err.write(`toolmix run: cannot start ${jupyterPython()}: ${error.message}; run \`npm run setup\`\n`);
      done(1);
    });
    child.on("close", (code) => {
      markNotebooks(target, notebooks);
      if (code === 0) out.write(`\nResults: executed notebooks and HTML in ${relative(process.cwd(), target) || "."}/\n`);
      done(code === 0 ? 0 : 1);
    });
  });
}

/** Writes the kit's marker into the notebooks folder: the executed notebooks and pages that are there. */
function markNotebooks(target: string, notebooks: readonly string[]): void {
  const real = canonical(target);
  if (!existsSync(real)) return;
  const names = notebooks.flatMap((n) => [".ipynb", ".html"].map((ext) => `${basename(n, ".ipynb")}${ext}`));
  const files: OutputFile[] = names.filter((name) => existsSync(join(real, name))).map((name) => ({ file: name, body: readFileSync(join(real, name)) }));
  writeOutputFile(join(real, MARKER), markerJson("notebooks", files), { option: "--out", force: true });
}
