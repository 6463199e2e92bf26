#!/usr/bin/env node
// `npm run notebook`: opens the classic Jupyter Notebook with the project-local tslab kernel
// (registered by scripts/setup.mjs under .jupyter/data). It serves the repository root and opens on
// notebooks/, so output/ (the report, the figures, the executed notebooks) is one click up in the
// file browser. Extra arguments go to Jupyter.
import { spawn } from "node:child_process";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const env = { ...process.env, JUPYTER_PATH: [join(root, ".jupyter", "data"), process.env.JUPYTER_PATH].filter(Boolean).join(delimiter) };
const args = ["notebook", `--notebook-dir=${root}`, "--NotebookApp.default_url=/tree/notebooks", ...process.argv.slice(2)];
if (process.getuid?.() === 0 && !args.includes("--allow-root")) args.push("--allow-root");
console.log(`[notebook] jupyter ${args.join(" ")}  (kernel: "TypeScript (tslab, toolmix)")`);
const child = spawn("/usr/bin/jupyter", args, { env, stdio: "inherit" });
child.on("exit", (code) => process.exit(code ?? 0));
