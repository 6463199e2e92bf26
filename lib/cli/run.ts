import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { delimiter, join, relative, resolve } from "node:path";
import { kitPath } from "../util/paths";


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
 * Resolves to 0 when every notebook ran without a cell error, else 1.
 */
export function runNotebooks(
  options: { out?: string; notebooks?: string[]; cwd?: string },
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  const root = kitPath();
  const target = resolve(options.out ?? join(root, "output", "notebooks"));
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
      if (code === 0) out.write(`\nResults: executed notebooks and HTML in ${relative(process.cwd(), target) || "."}/\n`);
      done(code === 0 ? 0 : 1);
    });
  });
}
