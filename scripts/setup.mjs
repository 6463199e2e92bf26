#!/usr/bin/env node
// Makes a fresh clone ready: Debian's Jupyter and CJK font, npm packages, the compiled library,
// the tslab kernel in a project-local Jupyter folder. Idempotent and quick when nothing changed;
// `npm start`, `npm test`, `npm run notebook` and `npm run bench` all run it first.
// Uses only Node's own modules: it runs before `npm ci`.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, lstatSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const quiet = process.argv.includes("--quiet");
const log = (message) => quiet || console.log(`[setup] ${message}`);

/** Debian packages the kit needs, and a file or module that proves each is there. */
const DEBIAN = ["jupyter-notebook", "jupyter-nbconvert", "jupyter-client", "python3-nbclient", "python3-ipykernel", "fonts-wqy-microhei"];
const CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
const PYTHON = process.env.TOOLMIX_PYTHON ?? "/usr/bin/python3";
// Tests also open the report in a headless browser (Debian's Chromium) and read PDF figures back with
// poppler's pdftotext and pdffonts: installed for `npm test` only.
const TEST_ONLY = process.argv.includes("--test") ? ["chromium", "poppler-utils"] : [];
if (TEST_ONLY.length) DEBIAN.push(...TEST_ONLY);

function debianReady() {
  if (!existsSync(CJK_FONT) || !existsSync("/usr/bin/jupyter")) return false;
  if (TEST_ONLY.length && !(existsSync("/usr/bin/chromium") && existsSync("/usr/bin/pdftotext"))) return false;
  const probe = spawnSync(PYTHON, ["-c", "import nbclient, nbconvert, notebook, ipykernel, jupyter_client"], { stdio: "ignore" });
  return probe.status === 0;
}

function ensureDebian() {
  if (debianReady()) return;
  const command = `apt-get update && apt-get install -y --no-install-recommends ${DEBIAN.join(" ")}`;
  if (typeof process.getuid !== "function" || process.getuid() !== 0) {
    console.error(`[setup] Jupyter (Debian packages) or the CJK font is missing. Install them with:\n  sudo sh -c '${command}'\nthen run this command again.`);
    process.exit(1);
  }
  log(`installing Debian packages: ${DEBIAN.join(" ")}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("sh", ["-c", `${command} >/tmp/toolmix-apt.log 2>&1 || { tail -30 /tmp/toolmix-apt.log; exit 1; }`], { stdio: "inherit", env });
  if (!debianReady()) {
    console.error("[setup] Debian packages installed, but Jupyter is still not importable by /usr/bin/python3");
    process.exit(1);
  }
}

function sha(file) {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

function ensureNodeModules() {
  const stamp = join(root, "node_modules", ".toolmix-lock");
  const want = sha(join(root, "package-lock.json"));
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === want) return;
  log("npm ci");
  execFileSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: root, stdio: quiet ? "ignore" : "inherit" });
  writeFileSync(stamp, want);
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function ensureBuild() {
  const stamp = join(root, "dist", ".build-stamp");
  const sources = Math.max(newestMtime(join(root, "lib")), statSync(join(root, "tsconfig.json")).mtimeMs);
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= sources) return;
  log("building lib/ → dist/");
  rmSync(join(root, "dist"), { recursive: true, force: true });
  // The project's own compiler, not tslab's bundled one that .bin/tsc may point to.
  execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(root, "tsconfig.json")], { stdio: "inherit" });
  writeFileSync(stamp, new Date().toISOString());
}

// Notebooks import the kit by name (`import { loadDataset } from "toolmix"`): a link in
// node_modules makes that resolve from notebooks/ whatever folder Jupyter was started in.
function ensureSelfLink() {
  const link = join(root, "node_modules", "toolmix");
  try {
    if (lstatSync(link).isSymbolicLink()) return;
    rmSync(link, { recursive: true, force: true });
  } catch {}
  symlinkSync("..", link, "dir");
}

// The kernelspec goes to a project-local Jupyter data folder (.jupyter/data), never the global
// one; scripts pass it to Jupyter through JUPYTER_PATH.
function ensureKernel() {
  const dir = join(root, ".jupyter", "data", "kernels", "tslab");
  mkdirSync(dir, { recursive: true });
  const spec = {
    argv: [process.execPath, join(root, "node_modules", "tslab", "bin", "tslab"), "kernel", "--config-path", "{connection_file}"],
    display_name: "TypeScript (tslab, toolmix)",
    language: "typescript",
  };
  writeFileSync(join(dir, "kernel.json"), `${JSON.stringify(spec, null, 2)}\n`);
}

ensureDebian();
ensureNodeModules();
ensureBuild();
ensureSelfLink();
ensureKernel();
log("ready");
