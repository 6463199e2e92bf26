/**
 * The harness of the bad-input catalogue (issue 10): run the real CLI on a user's mistake and
 * check the kit's promises at once — a clear message (file or field named, what was found, what
 * was expected), no JavaScript stack, the documented exit code, and every input left byte for byte
 * as it was.
 *
 * @example
 * const c = runBad({ args: ["tables", "--data", dir], inputs: [dir] });
 * expectClearError(c, { exit: 1, mentions: ["counts.csv", "row 4", "points"] });
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";

export const root = join(__dirname, "..", "..");

/** A fresh temporary folder (under the OS temp folder, never in the repository). */
export const scratch = (prefix = "toolmix-bad-") => mkdtempSync(join(tmpdir(), prefix));

/** SHA-256 of every file under a path (a file or a folder, links listed as links, not followed). */
export function hashTree(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (p: string) => {
    let st;
    try {
      st = lstatSync(p);
    } catch {
      out[p] = "(absent)";
      return;
    }
    if (st.isSymbolicLink()) out[p] = `link → ${readlinkSync(p)}`;
    else if (st.isDirectory()) for (const name of readdirSync(p).sort()) walk(join(p, name));
    else if (st.size > 256 * 1024 * 1024) out[p] = `size ${st.size} mtime ${st.mtimeMs}`;
    else out[p] = createHash("sha256").update(readFileSync(p)).digest("hex");
  };
  walk(path);
  return out;
}

export interface BadRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Hashes of the inputs before and after the run. */
  before: Record<string, string>;
  after: Record<string, string>;
}

/** Runs `toolmix ARGS…` (the built CLI, as `npx toolmix` does), hashing `inputs` before and after. */
export function runBad(opts: { args: readonly string[]; inputs?: readonly string[]; cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): BadRun {
  const inputs = [...(opts.inputs ?? []), join(root, "data"), join(root, "scenarios")];
  const hashAll = () => Object.assign({}, ...inputs.map(hashTree));
  const before = hashAll();
  const run = spawnSync(process.execPath, [join(root, "bin", "toolmix.cjs"), ...opts.args], {
    cwd: opts.cwd ?? root,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...opts.env },
    timeout: opts.timeoutMs ?? 60_000,
    maxBuffer: 1 << 30,
  });
  return { status: run.status, stdout: run.stdout ?? "", stderr: run.stderr ?? "", before, after: hashAll() };
}

/** A JavaScript stack frame ("    at fn (file.js:1:2)") or an internal error name in the output. */
const STACK = /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>)$/m;
const INTERNAL = /\b(TypeError|RangeError|ReferenceError|SyntaxError|Maximum call stack|heap out of memory|FATAL ERROR)\b/;

/**
 * Asserts the promises of issue 10 on one bad input: exit code, a message that mentions each of
 * `mentions` (file, row, field, found, expected), no stack trace, no NaN/Infinity, inputs unchanged.
 */
export function expectClearError(run: BadRun, want: { exit: 1 | 2; mentions: readonly (string | RegExp)[] }): void {
  const text = `${run.stderr}`;
  expect(run.status, `exit code; stderr was:\n${run.stderr}`).toBe(want.exit);
  expect(text, "no stack trace").not.toMatch(STACK);
  expect(text, "no internal error name").not.toMatch(INTERNAL);
  expect(text).toMatch(/^toolmix: /);
  for (const m of want.mentions) {
    if (typeof m === "string") expect(text).toContain(m);
    else expect(text).toMatch(m);
  }
  expect(`${run.stdout}${run.stderr}`, "no NaN or Infinity printed").not.toMatch(/\bNaN\b|Infinity/);
  expect(run.after, "inputs unchanged").toEqual(run.before);
}
