/**
 * A study file run end to end (lib/study, `toolmix study`, part of `toolmix run`): the shipped
 * sde example writes its dataset, .qdpx, three matrices, simulation, score and figures; the same
 * study gives the same bytes in another folder; a study file that does not fit its schema, or
 * names a path that does not exist, is refused naming the field; inputs are never touched.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { issuesOf } from "./support/input-error";
import { describe, expect, it } from "vitest";
import { loadStudy } from "../lib/study/load";
import { runStudy } from "../lib/study/run";

const root = join(__dirname, "..");
const STUDY = join(root, "data", "examples", "sde-example", "study.json");
const T = { timeout: 180_000 };
const toolmix = (...args: string[]) => spawnSync(process.execPath, [join(root, "bin", "toolmix.cjs"), ...args], { cwd: root, encoding: "utf8" });
const tree = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const path = join(e.parentPath, e.name);
        return [path.slice(dir.length + 1), createHash("sha256").update(readFileSync(path)).digest("hex")];
      }),
  );

describe("the sde example's study.json", () => {
  it("runs end to end: the same bytes in two folders, what the README lists, inputs untouched", T, async () => {
    const study = loadStudy(STUDY);
    const inputs = [STUDY, ...study.texts, ...study.scenarios, study.catalogue!, study.dictionary!].map((f) => createHash("sha256").update(readFileSync(f)).digest("hex"));
    const a = join(mkdtempSync(join(tmpdir(), "toolmix-study-")), "a");
    const b = join(mkdtempSync(join(tmpdir(), "toolmix-study-")), "b");
    const run = await runStudy(study, a);
    await runStudy(loadStudy(STUDY), b);
    expect(run.folders).toEqual(["dataset", "matrix-tools-themes", "matrix-tools-region", "matrix-tools-level", "figures"]);
    expect(tree(a)).toEqual(tree(b));
    const score = JSON.parse(readFileSync(join(a, "score.json"), "utf8"));
    expect(score.smaa.rankAcceptability[2][0]).toBeGreaterThan(0.9);
    expect(JSON.parse(readFileSync(join(a, "dataset", "dataset.json"), "utf8")).id).toBe("sde-example");
    const level = JSON.parse(readFileSync(join(a, "matrix-tools-level", "matrix.json"), "utf8")).matrix;
    expect(level.colIds).toEqual(["city", "province"]);
    const manifest = JSON.parse(readFileSync(join(a, "study-run.json"), "utf8"));
    expect(manifest).toMatchObject({ seed: 1, draws: 10000, study: { id: "sde-example" } });
    const figures = JSON.parse(readFileSync(join(a, "figures", "manifest.json"), "utf8"));
    expect(figures.skipped).toEqual([]);
    // One study, one matrix: the figure draws the same cells, in the same unit, as matrix-tools-themes/.
    const cells = (file: string) => JSON.parse(readFileSync(file, "utf8")).data.values;
    expect(cells(join(a, "figures", "matrix.vl.json"))).toEqual(cells(join(a, "matrix-tools-themes", "matrix.vl.json")));
    expect(JSON.stringify(tree(a))).not.toMatch(/NaN/);
    expect([STUDY, ...study.texts, ...study.scenarios, study.catalogue!, study.dictionary!].map((f) => createHash("sha256").update(readFileSync(f)).digest("hex"))).toEqual(inputs);
  });
});

describe("bad study files", () => {
  const write = (json: unknown) => {
    const file = join(mkdtempSync(join(tmpdir(), "toolmix-study-bad-")), "study.json");
    writeFileSync(file, JSON.stringify(json));
    return file;
  };
  const good = JSON.parse(readFileSync(STUDY, "utf8"));
  const issues = (file: string) => issuesOf(() => loadStudy(file));

  it("names the field of a missing key, an unknown key, a bad seed and a missing path", () => {
    expect(issues(write({ id: "x" })).map((i) => i.expected)).toContain("a value that fits schemas/study.schema.json (must have required property 'texts')");
    expect(issues(write({ ...good, extra: 1 }))[0]).toMatchObject({ field: "extra" });
    expect(issues(write({ ...good, seed: -1 }))[0]).toMatchObject({ field: "seed", found: "-1" });
    const missing = issues(write(good));
    expect(missing[0]).toMatchObject({ field: "texts[0]", found: "texts/anhui-agi-2023.txt" });
    expect(issues(write({ ...good, id: "bad id" }))[0]).toMatchObject({ field: "id" });
  });

  it("exits 1 from the command line without a stack, and 2 without a file", () => {
    const run = toolmix("study", write({ ...good, seed: 1.5 }));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/field "seed": found "1.5"/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(toolmix("study").status).toBe(2);
  });
});
