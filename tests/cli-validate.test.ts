import { spawnSync } from "node:child_process";
import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeQdpx } from "../lib/qda";
import type { ForeignProject } from "../lib/qda/types";
import { expectClearError, root, runBad, scratch } from "./support/bad-input";

// `toolmix validate` and `toolmix tables` on real projects (issue 10, point 5): the example
// project folder, an imported .qdpx, an imported .qdpx with codings on parent codes, a coded
// folder. Runs the built CLI (npm run build first), as a user does.

const examples = join(root, "data", "examples");
const toolmix = (...args: string[]) => spawnSync(process.execPath, [join(root, "bin", "toolmix.cjs"), ...args], { cwd: root, encoding: "utf8" });

/** Codings on the parent "Rights" and on its child, in two documents: the parent has more files than its child. */
function parentCoded(): ForeignProject {
  const a = "第一条 土地权利人可以依法出租、转让。";
  const b = "第一条 可分割出租。";
  const at = (text: string, phrase: string) => ({ start: [...text.slice(0, text.indexOf(phrase))].length, end: [...text.slice(0, text.indexOf(phrase))].length + [...phrase].length });
  return {
    file: "parent-coded.qdpx",
    codes: [
      { guid: "rights", name: "Rights", parent: null, codable: true },
      { guid: "lease", name: "Lease", parent: "rights", codable: true },
    ],
    sources: [
      { guid: "a", name: "甲", text: a, variables: {} },
      { guid: "b", name: "乙", text: b, variables: {} },
    ],
    codings: [
      { source: "a", code: "rights", ...at(a, "依法出租") },
      { source: "b", code: "lease", ...at(b, "可分割出租") },
    ],
    offsetUnit: "codepoint",
    missingTexts: [],
    notes: [],
  };
}

describe("toolmix validate and tables on real projects", () => {
  it("the example project folder: recognised, valid, mapped with the mapping next to it; tables exits 0", () => {
    const run = toolmix("validate", "data/examples/m0-example");
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("data/examples/m0-example: a project folder (codings.json and texts/)");
    expect(run.stdout).toContain("project: 4 sources, 22 codes, 33 codings");
    expect(run.stdout).toContain("mapped with data/examples/m0-example-map.json (found next to the project");
    expect(run.stdout).toMatch(/valid \(0 warnings\)\n$/);
    const tables = toolmix("tables", "--data", "data/examples/m0-example");
    expect(tables.status, tables.stderr).toBe(0);
    expect(tables.stdout).toMatch(/权威工具 Authority tools\s+3\s+5\s+45\.45\s+3\s+6\s+54\.55\s+11\s+55\.00/);
  });

  it("the example .qdpx with --map, and the dataset it imports to", () => {
    const run = toolmix("validate", "data/examples/m0-example.qdpx", "--map", "data/examples/m0-example-map.json");
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("a REFI-QDA project archive (.qdpx)");
    const out = join(scratch(), "imported");
    expect(toolmix("import", "data/examples/m0-example.qdpx", "--map", "data/examples/m0-example-map.json", "--out", out).status).toBe(0);
    // Its themes are coded at parent nodes (Topics/Supply → 土地供应): once 4 errors, now valid.
    expect(readFileSync(join(out, "document_counts.csv"), "utf8")).toContain(",land_supply,");
    const validate = toolmix("validate", out);
    expect([validate.status, validate.stdout.trim().split("\n").at(-1)]).toEqual([0, `${out}: valid (0 warnings)`]);
    expect(toolmix("tables", "--data", out).status).toBe(0);
  });

  it("an imported .qdpx whose codings sit on parent codes", () => {
    const dir = scratch();
    const qdpx = join(dir, "parent-coded.qdpx");
    writeFileSync(qdpx, writeQdpx(parentCoded(), { name: "parent codings" }));
    const map = join(dir, "map.json");
    writeFileSync(map, JSON.stringify({ codes: { Rights: "property_rights", "Rights/Lease": "property_rights.lease_sale.land_lease" } }));
    const direct = toolmix("validate", qdpx, "--map", map);
    expect(direct.status, direct.stdout).toBe(0);
    expect(direct.stdout).toContain("project: 2 sources, 2 codes, 2 codings (1 at a parent code, which is valid: coded at the parent itself)");
    const out = join(dir, "dataset");
    expect(toolmix("import", qdpx, "--map", map, "--out", out).status).toBe(0);
    const counts = readFileSync(join(out, "counts.csv"), "utf8");
    expect(counts).toContain("computed,property_rights,土地产权,2,2,"); // 2 files, more than its children's 1
    const validate = toolmix("validate", out, "--json");
    expect(validate.status).toBe(0);
    expect(JSON.parse(validate.stdout)).toMatchObject({ kind: "dataset", errors: [], warnings: [] });
    expect(toolmix("tables", "--data", out).status).toBe(0);
  });

  it("a folder coded by the dictionary coder", () => {
    const out = join(scratch(), "coded");
    const texts = readdirSync(join(examples, "m0-example", "texts")).map((f) => join(examples, "m0-example", "texts", f));
    expect(toolmix("code", ...texts, "--out", out).status).toBe(0);
    const validate = toolmix("validate", out);
    expect(validate.status, validate.stdout).toBe(0);
    expect(validate.stdout).toContain(`${out}: a dataset folder`);
    expect(toolmix("tables", "--data", out).status).toBe(0);
  });

  it("a project folder without a mapping: its structure is validated, tables refuses it clearly", () => {
    const dir = join(scratch(), "my-project");
    cpSync(join(examples, "m0-example"), dir, { recursive: true });
    const run = toolmix("validate", dir);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("structure only; give --map FILE (or --scheme CODEBOOK for a .qdpx the kit wrote) to validate the dataset it maps to");
    expectClearError(runBad({ args: ["tables", "--data", dir], inputs: [dir] }), { exit: 1, mentions: [dir, "without --map", "expected --map FILE"] });
  });

  it("import: takes NAME-map.json next to the project, and refuses (writing nothing) a project none of whose codes maps", () => {
    const dir = scratch();
    const withMap = toolmix("import", join(examples, "m0-example.qdpx"), "--out", join(dir, "mapped"));
    expect(withMap.status, withMap.stderr).toBe(0);
    expect(withMap.stdout).toContain("m0-example-map.json (found next to the project");
    expect(withMap.stdout).toContain("32 reference points");
    const lonely = join(dir, "lonely.qdpx");
    cpSync(join(examples, "m0-example.qdpx"), lonely);
    const out = join(dir, "empty");
    expectClearError(runBad({ args: ["import", lonely, "--out", out], inputs: [lonely] }), { exit: 1, mentions: ["lonely.qdpx", 'field "--map"', "none of them mapped", "expected --map FILE"] });
    expect(readdirSync(dir).sort()).toEqual(["lonely.qdpx", "mapped"]);
  });

  it("refuses what it cannot validate, naming the three kinds it can", () => {
    expectClearError(runBad({ args: ["validate", "README.md"] }), { exit: 1, mentions: ["README.md", 'found "a .md file"', "a REFI-QDA project (.qdpx or .qde)"] });
    expectClearError(runBad({ args: ["validate", "data/paper-m0", "--map", "data/examples/m0-example-map.json"] }), { exit: 1, mentions: ["data/paper-m0", "--map only with a coded project"] });
    const broken = join(scratch(), "broken");
    cpSync(join(examples, "m0-example"), broken, { recursive: true });
    const codings = JSON.parse(readFileSync(join(broken, "codings.json"), "utf8"));
    codings.codings[0].text = "这段话不在文本里";
    writeFileSync(join(broken, "codings.json"), JSON.stringify(codings));
    expectClearError(runBad({ args: ["validate", broken], inputs: [broken] }), { exit: 1, mentions: ["codings.json", "codings[0]"] });
  });
});
