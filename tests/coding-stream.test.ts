/**
 * `toolmix code` codes one document at a time when no .qdpx or review list is asked for
 * (lib/coding/code-stream.ts): the dataset it writes must be byte for byte the one the whole-corpus
 * path writes (codeFiles without `stream`), for the paper's coder and for a scheme's, and every
 * header problem is still reported at once.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { codeFiles } from "../lib/coding/code-files";
import { InputError } from "../lib/errors";

const root = join(__dirname, "..");
const dev2 = join(__dirname, "fixtures", "coding", "dev-2", "texts");
const sde = join(root, "data", "examples", "sde-example", "texts");
const files = (dir: string) => readdirSync(dir).sort().map((f) => join(dir, f));
const same = (a: string, b: string) => {
  const names = readdirSync(a).filter((f) => !f.startsWith(".")).sort();
  expect(readdirSync(b).filter((f) => !f.startsWith(".")).sort()).toEqual(names);
  for (const f of names) expect(readFileSync(join(b, f), "utf8"), f).toBe(readFileSync(join(a, f), "utf8"));
};

describe("coding one document at a time", () => {
  it("writes the same dataset as coding the whole corpus at once (paper's coder)", () => {
    const dir = mkdtempSync(join(tmpdir(), "toolmix-stream-"));
    const whole = codeFiles(files(dev2), { out: join(dir, "whole"), id: "x", title: "x" });
    const streamed = codeFiles(files(dev2), { out: join(dir, "streamed"), id: "x", title: "x", stream: true });
    same(join(dir, "whole"), join(dir, "streamed"));
    expect(streamed.summary).toBe(whole.summary.replaceAll(join(dir, "whole"), join(dir, "streamed")));
    expect(streamed.segments).toEqual([]);
    expect(streamed.project.notes[0]).toMatch(/8 text\(s\), 105 segment\(s\)/);
  });

  it("writes the same dataset for a scheme and its keyword list", () => {
    const dir = mkdtempSync(join(tmpdir(), "toolmix-stream-"));
    const options = { scheme: join(root, "data", "schemes", "supply-demand-environment"), dictionary: join(root, "data", "examples", "sde-example", "dictionary.csv"), id: "s", title: "s" };
    codeFiles(files(sde), { ...options, out: join(dir, "whole") });
    codeFiles(files(sde), { ...options, out: join(dir, "streamed"), stream: true });
    same(join(dir, "whole"), join(dir, "streamed"));
  });

  it("still reports every header problem at once, before coding", () => {
    const dir = mkdtempSync(join(tmpdir(), "toolmix-stream-"));
    writeFileSync(join(dir, "a.txt"), "# region: middle\n第一条 鼓励研发。");
    writeFileSync(join(dir, "b.txt"), "# year: 20x1\n第一条 鼓励研发。");
    try {
      codeFiles([join(dir, "a.txt"), join(dir, "b.txt")], { out: join(dir, "out"), stream: true });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).issues.map((i) => i.field)).toEqual(["region", "year"]);
    }
  });
});
