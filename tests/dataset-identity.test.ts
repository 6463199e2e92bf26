/**
 * The id and title of a dataset the kit writes (`toolmix code|import --id --title`, codeFiles):
 * checked before anything is written, kept in dataset.json, and without them a title that names
 * the input's file but none of the machine's folders (it becomes a figure subtitle).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { codeFiles } from "../lib/coding/code-files";
import { datasetIdentity } from "../lib/dataset/identity";
import { InputError } from "../lib/errors";

const root = join(__dirname, "..");
const TEXT = join(root, "data", "examples", "sde-example", "texts", "anhui-agi-2023.txt");
const SCHEME = join(root, "data", "schemes", "supply-demand-environment");
const T = { timeout: 60_000 };
const toolmix = (...args: string[]) => spawnSync(process.execPath, [join(root, "bin", "toolmix.cjs"), ...args], { cwd: root, encoding: "utf8" });
const issueOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e.issues[0];
    throw e;
  }
  throw new Error("expected an InputError");
};

describe("datasetIdentity", () => {
  const defaults = { id: "coded", title: "Coded from 1 text" };

  it("keeps the defaults, or what is given", () => {
    expect(datasetIdentity({}, defaults, "out")).toEqual(defaults);
    expect(datasetIdentity({ id: "sde-example", title: "六份人工智能政策" }, defaults, "out")).toEqual({ id: "sde-example", title: "六份人工智能政策" });
    expect(datasetIdentity({ id: "a".repeat(64) }, defaults, "out").id).toHaveLength(64);
  });

  it("refuses ids that would break a file name or a provenance record, naming the option", () => {
    for (const id of ["", "bad id", "-x", "../up", "a/b", "a".repeat(65), "名"]) {
      expect(issueOf(() => datasetIdentity({ id }, defaults, "out")), id).toMatchObject({ file: "out", field: "--id", found: id });
    }
  });

  it("refuses empty, blank, multi-line and overlong titles", () => {
    for (const title of ["", "   ", "a\nb", "t".repeat(201)]) expect(issueOf(() => datasetIdentity({ title }, defaults, "out")).field, title).toBe("--title");
    expect(datasetIdentity({ title: "题".repeat(200) }, defaults, "out").title).toHaveLength(200);
  });
});

describe("toolmix code and import with --id and --title", () => {
  it("writes them into dataset.json, and a bad one before writing anything", T, () => {
    const dir = mkdtempSync(join(tmpdir(), "toolmix-identity-"));
    const result = codeFiles([TEXT], { out: join(dir, "anhui"), qdpx: join(dir, "anhui.qdpx"), scheme: SCHEME, id: "anhui", title: "Anhui AGI plan" });
    expect(result).toMatchObject({ id: "anhui", title: "Anhui AGI plan" });
    expect(JSON.parse(readFileSync(join(dir, "anhui", "dataset.json"), "utf8"))).toMatchObject({ id: "anhui", title: "Anhui AGI plan" });
    const bad = toolmix("code", TEXT, "--scheme", SCHEME, "--out", join(dir, "bad"), "--id", "bad id");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('field "--id": found "bad id", expected a dataset id of 1 to 64 letters');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, "bad"))).toBe(false);
    const imported = toolmix("import", join(dir, "anhui.qdpx"), "--scheme", SCHEME, "--out", join(dir, "imported"));
    expect(imported.status, imported.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "imported", "dataset.json"), "utf8"))).toMatchObject({ id: "imported", title: "Imported from anhui.qdpx" });
    const named = toolmix("import", join(dir, "anhui.qdpx"), "--scheme", SCHEME, "--out", join(dir, "named"), "--id", "anhui-reviewed", "--title", "Anhui, reviewed");
    expect(named.status, named.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "named", "dataset.json"), "utf8"))).toMatchObject({ id: "anhui-reviewed", title: "Anhui, reviewed" });
  });
});
