/**
 * The CLI's output is whole (issue 10, point 6): piped JSON of any size arrives complete, a reader
 * that stops early causes no stack trace, exit codes are the documented 0 / 1 / 2, and an
 * unexpected error is one line (its stack only with --debug).
 *
 * @example
 * npx vitest run tests/cli-output.test.ts
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { main } from "../lib/cli/main";
import { cli } from "../lib/messages";

const root = join(__dirname, "..");
const bin = join(root, "bin", "toolmix.cjs");
const T = { timeout: 120_000 };

/** Runs a bash pipeline in the kit's folder; `$TOOLMIX` is the built CLI. */
function pipeline(script: string) {
  return spawnSync("bash", ["-c", script], { cwd: root, encoding: "utf8", env: { ...process.env, TOOLMIX: `${process.execPath} ${bin}` }, maxBuffer: 1 << 28 });
}

/** A stream that collects what main() writes. */
function sink(onWrite?: () => void) {
  let text = "";
  const stream = new Writable({
    write(chunk, _encoding, done) {
      onWrite?.();
      text += String(chunk);
      done();
    },
  });
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => text };
}

describe("piped output", () => {
  it("JSON far above a pipe's 64 KiB buffer reaches a reader whole and parses", T, () => {
    // The reader is another process reading all of stdin, as python3 -m json.tool would.
    const reader = `${JSON.stringify(process.execPath)} -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const j=JSON.parse(s);console.log(s.length, j.scorecards.length)})'`;
    const run = pipeline(`$TOOLMIX score scenarios/*.json --seed 1 --draws 200 --json | ${reader}; echo "status \${PIPESTATUS[0]} \${PIPESTATUS[1]}"`);
    expect(run.stderr).toBe("");
    const [bytes, cards] = run.stdout.split("\n")[0].split(" ").map(Number);
    expect(bytes).toBeGreaterThan(2 * 65_536);
    expect(cards).toBe(8);
    expect(run.stdout).toContain("status 0 0");
  });

  it("a reader that stops after 10 bytes (| head -c 10) gets them, and no stack or EPIPE is printed", T, () => {
    const run = pipeline(`$TOOLMIX simulate scenarios/*.json --seed 1 --draws 200 --json | head -c 10; echo; echo "status \${PIPESTATUS[0]}"`);
    expect(run.stdout.slice(0, 11)).toBe("[\n  {\n    \n");
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/status 0\n$/);
  });

  it("text output cut by head -1 is quiet too", T, () => {
    const run = pipeline(`$TOOLMIX tables | head -1; echo "status \${PIPESTATUS[0]}"`);
    expect(run.stderr).toBe("");
    expect(run.stdout.split("\n")).toHaveLength(3);
  });
});

describe("exit codes and unexpected errors", () => {
  it("are documented in `toolmix help` and README's command line section: 0 ok, 1 input, 2 usage", () => {
    expect(cli.usage).toMatch(/Exit codes: 0 ok, 1 an input or consistency error[^]*2 a usage mistake/);
    expect(readFileSync(join(root, "README.md"), "utf8")).toMatch(/exit code[^]{0,400}\b0\b[^]{0,200}\b1\b[^]{0,200}\b2\b/i);
  });

  it("exit 0 on success, 1 on an input error, 2 on a usage error", T, () => {
    const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8" }).status;
    expect([run("validate"), run("validate", join(root, "README.md")), run("validate", "--nope")]).toEqual([0, 1, 2]);
  });

  it("an unexpected error is one line without a stack, and --debug (accepted by every command) adds the stack", async () => {
    const failing = () => {
      throw new Error("disk on fire");
    };
    const quiet = sink();
    expect(await main(["tables"], sink(failing).stream, quiet.stream)).toBe(1);
    expect(quiet.text()).toBe(`toolmix: ${cli.internalError("disk on fire")}\n`);
    const loud = sink();
    expect(await main(["tables", "--debug"], sink(failing).stream, loud.stream)).toBe(1);
    expect(loud.text()).toMatch(/^toolmix: Error: disk on fire\n\s+at /);
  });

  it("user mistakes never take the internal-error path", async () => {
    const err = sink();
    expect(await main(["simulate", "scenarios/baseline.json", "--seed", "x", "--debug"], sink().stream, err.stream)).toBe(2);
    expect(err.text()).not.toContain("internal error");
    expect(err.text()).not.toMatch(/\n\s+at /);
  });
});
