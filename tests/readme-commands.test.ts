/**
 * Every `npx toolmix` command the README gives in a code block runs as written, from the project
 * root: exit 0, no stack trace, no NaN or Infinity, and `data/` and `scenarios/` byte for byte as
 * they were. Synopsis lines run with their optional parts (`[…]`) left out; lines with a
 * placeholder (FILE, DIR, my-project, …) and the long jobs `figures` and `run` (tests/figures and
 * tests/notebooks run them) are skipped. `output/` is redirected to a temporary folder so the
 * test never touches the user's output. The README's order is kept: `import output/sde.qdpx`
 * reads what the `code` line before it wrote.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hashTree, root, scratch } from "./support/bad-input";

const PLACEHOLDER = /\b(FILE|DIR|PATH|TEXTS|SOURCE|STUDY|CODEBOOK|COMMAND|ID|TEXT|N|S|T|A|D)\b|…|my-/;
const LONG = /^npx toolmix (figures|run)\b/;

/** The README's `npx toolmix` lines inside code blocks, optional parts and comments removed. */
export function readmeCommands(readme: string): string[] {
  const lines: string[] = [];
  let inBlock = false;
  for (const line of readme.split("\n")) {
    if (line.startsWith("```")) inBlock = !inBlock;
    else if (inBlock && line.startsWith("npx toolmix ")) lines.push(line.replace(/\s+#.*$/, "").replace(/\s*\[[^\]]*\]/g, "").trim());
  }
  return lines.filter((l) => !PLACEHOLDER.test(l) && !LONG.test(l));
}

describe("the README's commands", () => {
  const commands = readmeCommands(readFileSync(join(root, "README.md"), "utf8"));
  const out = scratch("toolmix-readme-");
  const before = { ...hashTree(join(root, "data")), ...hashTree(join(root, "scenarios")) };

  it("are found: the synopsis and the worked examples", () => {
    expect(commands).toEqual(expect.arrayContaining(["npx toolmix --version", "npx toolmix tables", "npx toolmix validate", "npx toolmix simulate scenarios/incentive-and-learning.json --seed 1", "npx toolmix score scenarios/*.json --seed 1"]));
    expect(commands.filter((c) => c.includes("sde"))).toHaveLength(7);
  });

  it("run as written: exit 0, no stack, no NaN, inputs unchanged", { timeout: 600_000 }, () => {
    for (const command of commands) {
      // The shell expands the README's globs; output/ goes to a temporary folder; study writes where it is told.
      let line = command.replace(/^npx toolmix/, `"${process.execPath}" bin/toolmix.cjs`).replace(/(^|\s)output\//g, `$1${out}/`);
      if (/ study /.test(line) && !line.includes("--out")) line += ` --out ${out}/examples/sde-example`;
      const run = spawnSync("sh", ["-c", line], { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
      const text = `${run.stdout}\n${run.stderr}`;
      expect(run.status, `${command}\n${run.stderr.slice(0, 2000)}`).toBe(0);
      expect(text, command).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
      expect(text, command).not.toMatch(/\bNaN\b|\bInfinity\b/);
    }
    expect({ ...hashTree(join(root, "data")), ...hashTree(join(root, "scenarios")) }).toEqual(before);
  });
});
