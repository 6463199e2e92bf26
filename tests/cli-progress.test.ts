/**
 * The progress line (lib/cli/progress.ts): silent off a terminal and for the first two seconds, then
 * `label done/total` redrawn in place at most ten times a second, erased at the end; and `toolmix code`
 * on a real terminal (a pseudo-terminal from util-linux `script`) draws it on stderr while a pipe gets none.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { progressLine } from "../lib/cli/progress";

const sink = (isTTY: boolean) => {
  const lines: string[] = [];
  return { lines, write: (s: string) => lines.push(s), isTTY };
};

describe("progressLine", () => {
  it("writes nothing when stderr is not a terminal (a pipe or a file), however long the work", () => {
    const s = sink(false);
    let t = 0;
    const bar = progressLine("work", 3, s, () => t);
    for (let i = 1; i <= 3; i++) ((t += 5000), bar.step(i));
    bar.done();
    expect(s.lines).toEqual([]);
  });

  it("stays silent for the first two seconds, then draws done/total in place and erases itself", () => {
    const s = sink(true);
    let t = 0;
    const bar = progressLine("work", 4, s, () => t);
    t = 1999;
    bar.step(1);
    expect(s.lines).toEqual([]);
    t = 2000;
    bar.step(2);
    t = 2050; // within 100 ms of the last drawing: skipped
    bar.step(3);
    t = 2060; // the last unit is always drawn
    bar.step(4);
    bar.done();
    expect(s.lines).toEqual(["\rwork 2/4 (50 %)\u001b[K", "\rwork 4/4 (100 %)\u001b[K", "\r\u001b[K"]);
  });

  it("does not erase a line it never drew", () => {
    const s = sink(true);
    const bar = progressLine("work", 2, s, () => 0);
    bar.step(1);
    bar.done();
    expect(s.lines).toEqual([]);
  });
});

describe("toolmix code's progress line", () => {
  const dir = mkdtempSync(join(tmpdir(), "toolmix-progress-"));
  const texts = Array.from({ length: 3 }, (_, i) => {
    const file = join(dir, `t${i}.txt`);
    writeFileSync(file, "配套用房不得分割转让。\n".repeat(20));
    return file;
  });
  const bin = join(__dirname, "..", "bin", "toolmix.cjs");
  // A 0 ms delay through the test hook, so three small texts are "long" work.
  const env = { ...process.env, TOOLMIX_PROGRESS_DELAY_MS: "0", NO_COLOR: "1" };

  it("is drawn on a terminal's stderr and absent from a pipe, with the same summary on stdout", () => {
    const piped = spawnSync(process.execPath, [bin, "code", ...texts, "--out", join(dir, "piped")], { env, encoding: "utf8" });
    expect(piped.status, piped.stderr).toBe(0);
    expect(piped.stderr).not.toContain("coding texts");
    const hasScript = spawnSync("script", ["--version"]).status === 0;
    if (!hasScript) return;
    const command = [process.execPath, bin, "code", ...texts, "--out", join(dir, "tty")].map((a) => `'${a}'`).join(" ");
    const tty = execFileSync("script", ["-qec", command, "/dev/null"], { env, encoding: "utf8" });
    expect(tty).toContain("toolmix code: coding texts 3/3 (100 %)");
    expect(tty).toContain(piped.stdout.trim().split("\n")[0].replace(join(dir, "piped"), join(dir, "tty")));
  });
});
