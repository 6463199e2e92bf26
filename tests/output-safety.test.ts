/**
 * Issue 10, point 1: nothing written where it must not be. One `it` per class of output path a
 * user can get wrong; each runs the built CLI (tests/support/bad-input.ts) and checks the message
 * (path, what was found, what was expected), the exit code, and that every input is byte for byte
 * as it was. Run `npm run build` first.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { InputError } from "../lib/errors";
import { writeOutputFolder } from "../lib/io/output";
import { exampleProject } from "../lib/import/example";
import { hashTree, root, runBad, scratch, expectClearError } from "./support/bad-input";

const examples = join(root, "data", "examples");
const cli = join(root, "bin", "toolmix.cjs");

/** A user's project folder: a copy of the example .qdpx, its mapping and two texts. */
function userProject() {
  const dir = scratch("toolmix-out-");
  const project = join(dir, "project.qdpx");
  const map = join(dir, "map.json");
  cpSync(join(examples, "m0-example.qdpx"), project);
  cpSync(join(examples, "m0-example-map.json"), map);
  mkdirSync(join(dir, "texts"));
  for (const d of ["doc1", "doc2"]) cpSync(join(examples, "m0-example", "texts", `${d}.txt`), join(dir, "texts", `${d}.txt`));
  return { dir, project, map, texts: ["doc1", "doc2"].map((d) => join(dir, "texts", `${d}.txt`)) };
}

// Paths in the kit that the refusals below protect: if a regression lets a run write there, the
// test fails (runBad hashes data/ and scenarios/) and this clean-up removes what it wrote, so a
// broken build never leaves files in the repository. Paths that existed before are never touched.
const KIT_TARGETS = ["data/synthetic-x", "data/x", "data/not-there-yet", "scenarios/figs", "scenarios/run-out", "notebooks/imported"].map((p) => join(root, p));
const preexisting = new Set(KIT_TARGETS.filter((p) => existsSync(p)));
afterEach(() => {
  for (const p of KIT_TARGETS) if (!preexisting.has(p)) rmSync(p, { recursive: true, force: true });
});

/** Runs a command that must succeed (showing its stderr if not). */
function ok(args: readonly string[]): void {
  const run = runBad({ args });
  expect(run.status, run.stderr).toBe(0);
}

/** Files of a folder other than hidden ones (the marker, temporary files). */
const visible = (dir: string) => readdirSync(dir).filter((n) => !n.startsWith(".")).sort();
const temporaries = (dir: string) => readdirSync(dir).filter((n) => n.endsWith(".tmp") || n.endsWith(".lock"));

/** Every hash the kit's marker lists matches the file's bytes. */
function expectMarkerAgrees(dir: string): void {
  const marker = JSON.parse(readFileSync(join(dir, ".toolmix-output.json"), "utf8")) as { files: Array<{ file: string; sha256: string }> };
  expect(marker.files.length).toBeGreaterThan(0);
  for (const f of marker.files) expect(hashTree(join(dir, f.file))[join(dir, f.file)], f.file).toBe(f.sha256);
}

describe("outputs never land in the kit's read-only folders", () => {
  it("refuses --out inside data/", () => {
    const run = runBad({ args: ["synth", "--seed", "1", "--out", "data/synthetic-x"] });
    expectClearError(run, { exit: 1, mentions: ["data/synthetic-x", '"--out"', `read-only folder ${join(root, "data")}`, "expected a path outside the kit's data/"] });
    expect(existsSync(join(root, "data", "synthetic-x"))).toBe(false);
  });

  it("refuses --out inside scenarios/ (figures and run, before any slow work)", () => {
    const figures = runBad({ args: ["figures", "--out", "scenarios/figs"], timeoutMs: 20_000 });
    expectClearError(figures, { exit: 1, mentions: ["scenarios/figs", `read-only folder ${join(root, "scenarios")}`, "expected"] });
    const run = runBad({ args: ["run", "--out", "scenarios/run-out"], timeoutMs: 20_000 });
    expectClearError(run, { exit: 1, mentions: ["scenarios/run-out", "read-only folder", "expected"] });
    expect(existsSync(join(root, "scenarios", "figs"))).toBe(false);
  });

  it("refuses --out inside notebooks/", () => {
    const p = userProject();
    const notebooks = hashTree(join(root, "notebooks"));
    const run = runBad({ args: ["import", p.project, "--map", p.map, "--out", "notebooks/imported"], inputs: [p.dir] });
    expectClearError(run, { exit: 1, mentions: ["notebooks/imported", `read-only folder ${join(root, "notebooks")}`, "expected"] });
    expect(hashTree(join(root, "notebooks"))).toEqual(notebooks);
  });

  it("refuses a path through a symbolic link into data/, also one whose target does not exist yet", () => {
    const dir = scratch();
    symlinkSync(join(root, "data"), join(dir, "to-data"));
    symlinkSync(join(root, "data", "not-there-yet"), join(dir, "dangling"));
    const through = runBad({ args: ["synth", "--seed", "1", "--out", join(dir, "to-data", "x")], inputs: [dir] });
    expectClearError(through, { exit: 1, mentions: [join(dir, "to-data", "x"), `read-only folder ${join(root, "data")}`] });
    const dangling = runBad({ args: ["synth", "--seed", "1", "--out", join(dir, "dangling")], inputs: [dir] });
    expectClearError(dangling, { exit: 1, mentions: [join(dir, "dangling"), "read-only folder"] });
    expect(existsSync(join(root, "data", "not-there-yet"))).toBe(false);
  });
});

describe("outputs never land on an input of the command", () => {
  it("never writes through a symbolic link inside the output folder: the link is replaced, the input unchanged", () => {
    const p = userProject();
    const out = join(scratch(), "imported");
    ok(["import", p.project, "--map", p.map, "--out", out]);
    // Someone replaces a file of the kit's earlier output by a link to the user's input.
    rmSync(join(out, "counts.csv"));
    symlinkSync(p.map, join(out, "counts.csv"));
    const run = runBad({ args: ["import", p.project, "--map", p.map, "--out", out], inputs: [p.dir] });
    expect(run.status, run.stderr).toBe(0);
    expect(run.after).toEqual(run.before);
    expect(lstatSync(join(out, "counts.csv")).isSymbolicLink()).toBe(false);
    expectMarkerAgrees(out);
    // In a folder the kit did not write, the same link is refused without --force.
    const foreign = scratch();
    symlinkSync(p.map, join(foreign, "dataset.json"));
    const refused = runBad({ args: ["import", p.project, "--map", p.map, "--out", foreign], inputs: [p.dir] });
    expectClearError(refused, { exit: 1, mentions: [foreign, "did not write", "dataset.json", "--force"] });
  });

  it("never writes through a hard link inside the output folder (st_nlink > 1)", () => {
    const p = userProject();
    const out = join(scratch(), "coded");
    ok(["code", ...p.texts, "--out", out]);
    rmSync(join(out, "documents.csv"));
    linkSync(p.texts[0], join(out, "documents.csv"));
    expect(lstatSync(p.texts[0]).nlink).toBe(2);
    const run = runBad({ args: ["code", ...p.texts, "--out", out], inputs: [p.dir] });
    expect(run.status, run.stderr).toBe(0);
    expect(run.after).toEqual(run.before);
    expect(lstatSync(p.texts[0]).nlink).toBe(1); // the link was replaced, not written through
    expectMarkerAgrees(out);
  });

  it("refuses --qdpx naming an input file, before writing anything", () => {
    const p = userProject();
    const out = join(scratch(), "coded");
    const run = runBad({ args: ["code", ...p.texts, "--out", out, "--qdpx", p.texts[1]], inputs: [p.dir] });
    expectClearError(run, { exit: 1, mentions: [p.texts[1], '"--qdpx"', "the command's input", "expected an output apart from the command's inputs"] });
    expect(existsSync(out)).toBe(false);
  });

  it("refuses to import into the folder that holds its input", () => {
    const p = userProject();
    const run = runBad({ args: ["import", p.project, "--map", p.map, "--out", p.dir], inputs: [p.dir] });
    expectClearError(run, { exit: 1, mentions: [p.dir, "the folder that holds the input", "project.qdpx", "expected"] });
    expect(visible(p.dir)).toEqual(["map.json", "project.qdpx", "texts"]);
  });

  it("refuses --out equal to or inside an input folder (--documents)", () => {
    const dir = join(scratch(), "synthetic");
    ok(["synth", "--seed", "2", "--out", dir]);
    const equal = runBad({ args: ["figures", "--documents", dir, "--out", dir], inputs: [dir], timeoutMs: 20_000 });
    expectClearError(equal, { exit: 1, mentions: [dir, "the command's input", "expected"] });
    const inside = runBad({ args: ["figures", "--documents", dir, "--out", join(dir, "figures")], inputs: [dir], timeoutMs: 20_000 });
    expectClearError(inside, { exit: 1, mentions: [join(dir, "figures"), `inside the input folder ${dir}`] });
  });
});

describe("a folder the kit did not write", () => {
  it("is refused without --force; with --force only the kit's files are written, the others left alone", () => {
    const dir = scratch();
    writeFileSync(join(dir, "notes.txt"), "mine\n");
    const refused = runBad({ args: ["synth", "--seed", "4", "--out", dir], inputs: [dir] });
    expectClearError(refused, { exit: 1, mentions: [dir, "a non-empty folder that toolmix did not write", "notes.txt", "--force"] });
    expect(visible(dir)).toEqual(["notes.txt"]);
    const forced = runBad({ args: ["synth", "--seed", "4", "--out", dir, "--force"] });
    expect(forced.status, forced.stderr).toBe(0);
    expect(readFileSync(join(dir, "notes.txt"), "utf8")).toBe("mine\n");
    expect(visible(dir)).toEqual(["codebook.json", "counts.csv", "dataset.json", "document_counts.csv", "documents.csv", "notes.txt"]);
    expectMarkerAgrees(dir);
    // The kit's own output (marked) is re-used without --force, and other files still survive.
    ok(["synth", "--seed", "5", "--out", dir]);
    expect(readFileSync(join(dir, "notes.txt"), "utf8")).toBe("mine\n");
  });
});

describe("one output per folder", () => {
  it("removes the kit's earlier files that a new output does not write, unless someone changed them; other files stay", () => {
    const dir = join(scratch(), "figs");
    const opts = { kind: "figures" as const, option: "--out" };
    writeOutputFolder(dir, [{ file: "a.png", body: "A" }, { file: "b.png", body: "B" }, { file: "c.png", body: "C" }, { file: "manifest.json", body: "{}" }], opts);
    writeFileSync(join(dir, "c.png"), "changed by the user");
    writeFileSync(join(dir, "notes.txt"), "mine\n");
    writeOutputFolder(dir, [{ file: "a.png", body: "A2" }, { file: "manifest.json", body: "{}" }], { ...opts, force: true });
    // b.png was the kit's and is gone; c.png was changed and stays; notes.txt was never the kit's.
    expect(visible(dir)).toEqual(["a.png", "c.png", "manifest.json", "notes.txt"]);
    expectMarkerAgrees(dir);
  });

  it("keeps the files of an earlier output of another kind (forced into the same folder)", () => {
    const dir = join(scratch(), "mixed");
    writeOutputFolder(dir, [{ file: "a.png", body: "A" }, { file: "manifest.json", body: "{}" }], { kind: "figures", option: "--out" });
    writeOutputFolder(dir, [{ file: "dataset.json", body: "{}" }], { kind: "dataset", option: "--out", force: true });
    expect(visible(dir)).toEqual(["a.png", "dataset.json", "manifest.json"]);
  });

  it("never removes outside the folder, whatever an edited marker names", () => {
    const base = scratch();
    const dir = join(base, "figs");
    writeFileSync(join(base, "outside.txt"), "O");
    writeOutputFolder(dir, [{ file: "manifest.json", body: "{}" }], { kind: "figures", option: "--out" });
    const marker = JSON.parse(readFileSync(join(dir, ".toolmix-output.json"), "utf8"));
    marker.files.push({ file: "../outside.txt", sha256: createHash("sha256").update("O").digest("hex") });
    writeFileSync(join(dir, ".toolmix-output.json"), JSON.stringify(marker));
    writeOutputFolder(dir, [{ file: "manifest.json", body: "{}" }], { kind: "figures", option: "--out" });
    expect(readFileSync(join(base, "outside.txt"), "utf8")).toBe("O");
  });
});

describe("writing is atomic", () => {
  it("two runs writing one folder at once leave files that agree with the marker", { timeout: 60_000 }, async () => {
    const dir = join(scratch(), "shared");
    const once = (seed: number, out = dir) =>
      new Promise<number | string>((done) => {
        const child = spawn(process.execPath, [cli, "synth", "--seed", String(seed), "--out", out], { stdio: ["ignore", "ignore", "pipe"] });
        let stderr = "";
        child.stderr.on("data", (c) => (stderr += c));
        child.on("close", (code) => done(code === 0 ? 0 : `${code}: ${stderr}`));
      });
    for (let round = 0; round < 2; round++) {
      expect(await Promise.all([once(10 + round), once(20 + round), once(30 + round)])).toEqual([0, 0, 0]);
      expectMarkerAgrees(dir);
      expect(temporaries(dir)).toEqual([]);
      // And the files belong to one run: dataset.json's seed is the one whose counts are there.
      const seed = JSON.parse(readFileSync(join(dir, "dataset.json"), "utf8")).generator.seed;
      const alone = join(scratch(), "alone");
      ok(["synth", "--seed", String(seed), "--out", alone]);
      expect(hashTree(join(dir, "document_counts.csv"))[join(dir, "document_counts.csv")]).toBe(hashTree(join(alone, "document_counts.csv"))[join(alone, "document_counts.csv")]);
    }
    // The lock, deterministically: while another live process holds it, a run stages but does not commit.
    const held = join(scratch(), "held");
    mkdirSync(held);
    writeFileSync(join(held, ".toolmix-output.lock"), `${process.pid}\n`);
    const waiting = once(40, held);
    // Wait until the run has staged its files (it is then at the lock), and a little more.
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    for (let t = 0; t < 300 && !readdirSync(held).some((n) => n.startsWith(".dataset.json.")); t++) await sleep(100);
    await sleep(1000);
    expect(readdirSync(held).some((n) => n.startsWith(".dataset.json."))).toBe(true);
    expect(existsSync(join(held, "dataset.json"))).toBe(false);
    rmSync(join(held, ".toolmix-output.lock"));
    expect(await waiting).toBe(0);
    expect(JSON.parse(readFileSync(join(held, "dataset.json"), "utf8")).generator.seed).toBe(40);
  });

  it("a run that fails leaves nothing half-written: a new folder is not created, an earlier output stays whole", () => {
    // A folder at a name the kit writes makes the run fail after staging its files.
    const fresh = scratch();
    mkdirSync(join(fresh, "counts.csv"));
    const run = runBad({ args: ["synth", "--seed", "6", "--out", fresh, "--force"], inputs: [fresh] });
    expectClearError(run, { exit: 1, mentions: [join(fresh, "counts.csv"), "a folder where toolmix writes a file", "expected no folder"] });
    expect(readdirSync(fresh)).toEqual(["counts.csv"]);

    const earlier = join(scratch(), "earlier");
    ok(["synth", "--seed", "7", "--out", earlier]);
    rmSync(join(earlier, "counts.csv"));
    mkdirSync(join(earlier, "counts.csv"));
    const before = hashTree(earlier);
    const again = runBad({ args: ["synth", "--seed", "8", "--out", earlier], inputs: [earlier] });
    expectClearError(again, { exit: 1, mentions: ["counts.csv", "a folder where toolmix writes a file"] });
    expect(hashTree(earlier)).toEqual(before); // seed 7's dataset.json and the rest untouched, no temporary files
  });
});

describe("paths read from a user's file stay inside its folder", () => {
  it("refuses a dataset.json whose files lead outside the dataset folder, by name or by link", () => {
    const dir = join(scratch(), "dataset");
    cpSync(join(root, "data", "paper-m0"), dir, { recursive: true });
    writeFileSync(join(dir, "..", "outside.csv"), readFileSync(join(dir, "counts.csv")));
    const meta = JSON.parse(readFileSync(join(dir, "dataset.json"), "utf8"));
    writeFileSync(join(dir, "dataset.json"), JSON.stringify({ ...meta, files: { ...meta.files, counts: "../outside.csv" } }));
    const byName = runBad({ args: ["tables", "--data", dir], inputs: [dir] });
    expectClearError(byName, { exit: 1, mentions: [join(dir, "dataset.json"), 'field "files.counts"', "../outside.csv", "leads outside the folder", `inside the folder ${dir}`] });
    writeFileSync(join(dir, "dataset.json"), JSON.stringify({ ...meta, files: { ...meta.files, counts: "/etc/passwd" } }));
    expectClearError(runBad({ args: ["validate", dir], inputs: [dir] }), { exit: 1, mentions: ['field "files.counts"', "/etc/passwd"] });
    // Refused by name even when nothing is there (documents.csv is optional: it would be skipped, not read).
    writeFileSync(join(dir, "dataset.json"), JSON.stringify({ ...meta, files: { ...meta.files, documents: "../../nothing-here.csv" } }));
    expectClearError(runBad({ args: ["tables", "--data", dir], inputs: [dir] }), { exit: 1, mentions: ['field "files.documents"', "../../nothing-here.csv"] });
    writeFileSync(join(dir, "dataset.json"), JSON.stringify(meta));
    rmSync(join(dir, "counts.csv"));
    symlinkSync(join(dir, "..", "outside.csv"), join(dir, "counts.csv"));
    const byLink = runBad({ args: ["tables", "--data", dir], inputs: [dir] });
    expectClearError(byLink, { exit: 1, mentions: ['field "files.counts"', "counts.csv", "no link leading out"] });
  });

  it("refuses a document id in codings.json that leads outside the project folder", () => {
    const dir = scratch();
    cpSync(join(examples, "m0-example"), dir, { recursive: true });
    const spec = JSON.parse(readFileSync(join(dir, "codings.json"), "utf8"));
    spec.documents[1].id = "../../secret";
    writeFileSync(join(dir, "codings.json"), JSON.stringify(spec));
    const error = (() => {
      try {
        exampleProject(dir);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues[0]).toMatchObject({ file: join(dir, "codings.json"), field: "documents[1].id" });
    expect((error as Error).message).toContain("../../secret");
  });
});
