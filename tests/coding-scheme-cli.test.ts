/**
 * `toolmix code --scheme/--dictionary/--skip-lines`, `toolmix import --scheme` and `toolmix
 * matrix --scheme` from the command line (node bin/toolmix.cjs, built dist/): the written dataset
 * loads, validates and tabulates in the user's scheme; the .qdpx names its sources after the
 * files and imports back with the same doc_ids; exit codes 0 / 1 (input error) / 2 (usage) with
 * no stack on stderr.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readForeignProject } from "../lib/qda";
import { stableGuid } from "../lib/qda/guid";
import { restoreKitIds } from "../lib/qda/kit-ids";

const root = join(__dirname, "..");
const SDE = join(root, "data", "schemes", "supply-demand-environment");
const T = { timeout: 60_000 };
const toolmix = (...args: string[]) => spawnSync(process.execPath, [join(root, "bin", "toolmix.cjs"), ...args], { cwd: root, encoding: "utf8" });
const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at |Error: .*\n.*\.js:\d+/);

/** Two texts with headers in a fresh folder, outputs in another. */
function fixture() {
  const dir = mkdtempSync(join(tmpdir(), "toolmix-scli-"));
  const texts = join(dir, "texts");
  mkdirSync(texts);
  const a = join(texts, "hz-2021.txt");
  const b = join(texts, "wh-2020.txt");
  writeFileSync(a, "# region: east\n# year: 2021\n# city: 杭州\n杭州市促进人工智能产业发展若干政策\n第一条 设立人工智能产业专项资金，支持企业开展关键技术研发。\n第二条 对首台套产品实施政府采购，推动示范应用。\n");
  writeFileSync(b, "来源：示例网站 转载请推广\n武汉市支持光电子信息产业发展若干措施\n第一条 对出口企业给予出口退税和贷款贴息支持。\n");
  return { dir, a, b, out: (name: string) => join(dir, "out", name) };
}

const csvRows = (file: string) => readFileSync(file, "utf8").trim().split("\n").slice(1);

describe("toolmix code --scheme: the dataset is the user's scheme's", () => {
  it("codes with the scheme's cue words, copies its codebook, and tables, validate and matrix read the result", T, () => {
    const f = fixture();
    const d1 = f.out("d1");
    const run = toolmix("code", f.a, f.b, "--scheme", SDE, "--skip-lines", "1", "--out", d1, "--qdpx", f.out("p.qdpx"));
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Dictionary: toolmix scheme dictionary of "supply-demand-environment"');
    expect(readFileSync(join(d1, "codebook.json"), "utf8")).toBe(readFileSync(join(SDE, "codebook.json"), "utf8"));
    // Hand count: hz 第一条 专项资金 1 = 关键技术 1 → funding (codebook order), 研发 → research; 第二条 procurement 2 > 示范 1, diffusion.
    // wh: line 1 skipped (--skip-lines 1; 推广 would be a strategic measure); its title line has no sentence; 第一条 出口 + 出口退税 → trade 2 > 贷款 (finance) 1.
    expect(csvRows(join(d1, "document_counts.csv"))).toEqual([
      "hz-2021,demand.procurement,1", "hz-2021,diffusion,1", "hz-2021,research,1", "hz-2021,supply.funding,1", "wh-2020,demand.trade,1",
    ]);
    expect(csvRows(join(d1, "documents.csv"))).toEqual(["1,east,杭州,,2021,杭州市促进人工智能产业发展若干政策,hz-2021,", "2,,(not recorded),,,武汉市支持光电子信息产业发展若干措施,wh-2020,"]);
    const provenance = JSON.parse(readFileSync(join(d1, "dataset.json"), "utf8")).provenance;
    expect(provenance).toMatchObject({ scheme: "supply-demand-environment", skipLines: 1 });
    expect(toolmix("validate", d1).status).toBe(0);
    const tables = toolmix("tables", "--data", d1, "--json");
    expect(tables.status).toBe(0);
    expect(tables.stdout).toContain("supply.funding");
    const matrix = toolmix("matrix", f.a, f.b, "--scheme", SDE, "--skip-lines", "1", "--rows", "tools", "--cols", "themes", "--json");
    expect(matrix.status, matrix.stderr).toBe(0);
    const m = JSON.parse(matrix.stdout);
    expect(m.matrix.rowIds).toEqual(["supply", "environment", "demand"]);
    expect(m.matrix.colIds).toEqual(["research", "production", "diffusion"]);
    expect(m.matrix.counts).toEqual([[1, 0, 0], [0, 0, 0], [0, 0, 1]]);
    // The header's region reaches the matrix of raw texts too.
    expect(toolmix("matrix", f.a, "--scheme", SDE, "--rows", "region", "--cols", "tools", "--csv").stdout).toContain("east,东部地区,demand");
  });

  it("the .qdpx names each source after its file, and import --scheme gives d2 the doc_ids of d1", T, () => {
    const f = fixture();
    const qdpx = f.out("p.qdpx");
    expect(toolmix("code", f.a, f.b, "--scheme", SDE, "--out", f.out("d1"), "--qdpx", qdpx).status).toBe(0);
    const project = readForeignProject(qdpx);
    expect(project.sources.map((s) => [s.guid, s.name, s.variables.title])).toEqual([
      ["hz-2021", "hz-2021", "杭州市促进人工智能产业发展若干政策"],
      ["wh-2020", "wh-2020", "来源：示例网站 转载请推广"],
    ]);
    // Offsets of the .qdpx point at the clauses of the full file, header included.
    const text = readFileSync(f.a, "utf8");
    const name = new Map(project.codes.map((c) => [c.guid, c.name]));
    expect(name.size).toBe(21); // 3 tools, 15 sub-tools, 3 stages: the codebook's nodes by id
    const coded = project.codings.filter((c) => c.source === "hz-2021" && name.get(c.code) === "supply.funding").map((c) => [...text].slice(c.start, c.end).join(""));
    expect(coded).toEqual(["设立人工智能产业专项资金，支持企业开展关键技术研发。"]);
    const imported = toolmix("import", qdpx, "--scheme", join(SDE, "codebook.json"), "--out", f.out("d2"));
    expect(imported.status, imported.stderr).toBe(0);
    for (const file of ["documents.csv", "document_counts.csv", "counts.csv", "codebook.json"]) {
      expect(readFileSync(join(f.out("d2"), file), "utf8"), file).toBe(readFileSync(join(f.out("d1"), file), "utf8"));
    }
  });

  it("the paper's coder too: default outputs keep their ids through the round trip", T, () => {
    const f = fixture();
    const texts = ["doc1", "doc2"].map((d) => join(root, "data", "examples", "m0-example", "texts", `${d}.txt`));
    expect(toolmix("code", ...texts, "--out", f.out("p1"), "--qdpx", f.out("p.qdpx")).status).toBe(0);
    expect(toolmix("import", f.out("p.qdpx"), "--out", f.out("p2")).status).toBe(0);
    expect(csvRows(join(f.out("p2"), "documents.csv")).map((r) => r.split(",")[6])).toEqual(["doc1", "doc2"]);
    expect(readFileSync(join(f.out("p2"), "document_counts.csv"), "utf8")).toBe(readFileSync(join(f.out("p1"), "document_counts.csv"), "utf8"));
  });

  it("codes with a keyword list instead of the codebook's cue words", T, () => {
    const f = fixture();
    const words = join(f.dir, "words.csv");
    writeFileSync(words, "term,code,weight\n贷款,environment.finance,5\n研发,research,\n");
    const run = toolmix("code", f.a, f.b, "--scheme", SDE, "--dictionary", words, "--out", f.out("d"));
    expect(run.status, run.stderr).toBe(0);
    expect(csvRows(join(f.out("d"), "document_counts.csv"))).toEqual(["hz-2021,research,1", "wh-2020,environment.finance,1"]);
  });
});

describe("kit ids in a .qdpx", () => {
  it("a source whose GUID is derived from its name gets its id back; others keep their GUID", () => {
    const sources = [{ guid: stableGuid("source", "hz"), name: "hz", variables: {} }, { guid: "1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294", name: "深圳", variables: {} }];
    const back = restoreKitIds({ sources, codings: [{ source: sources[0].guid, code: "c" }, { source: sources[1].guid, code: "c" }] });
    expect(back.sources.map((s) => s.guid)).toEqual(["hz", "1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294"]);
    expect(back.codings.map((c) => c.source)).toEqual(["hz", "1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294"]);
  });
});

describe("exit codes: 0 ok, 1 input error, 2 usage; never a stack", () => {
  const f = fixture();
  it.each([
    ["a malformed keyword list", () => (writeFileSync(join(f.dir, "bad.csv"), "term,code,weight\n补贴,supply.fundin,0\n"), ["code", f.a, "--scheme", SDE, "--dictionary", join(f.dir, "bad.csv"), "--out", f.out("x1")]), 1, ["bad.csv, row 2, field \"code\"", "field \"weight\": found \"0\""]],
    ["a scheme path that does not exist, named by its option", () => ["code", f.a, "--scheme", join(f.dir, "nope.json"), "--out", f.out("x3")], 1, ['nope.json, field "--scheme": found "no such file or folder", expected a codebook.json file']],
    ["a scheme folder without codebook.json", () => ["code", f.a, "--scheme", mkdtempSync(join(tmpdir(), "toolmix-noscheme-")), "--out", f.out("x2")], 1, ["found \"a folder without codebook.json\""]],
    ["a bad header variable", () => (writeFileSync(join(f.dir, "texts", "bad-year.txt"), "# year: 二〇二一\n第一条 设立专项资金支持企业研发。\n"), ["code", join(f.dir, "texts", "bad-year.txt"), "--scheme", SDE, "--out", f.out("x3")]), 1, ["bad-year.txt, row 1, field \"year\""]],
    ["a negative --skip-lines", () => ["code", f.a, "--skip-lines", "-1", "--out", f.out("x4")], 2, ["--skip-lines"]],
    ["a fractional --skip-lines", () => ["code", f.a, "--skip-lines", "2.5", "--out", f.out("x5")], 2, ["--skip-lines is \"2.5\""]],
    ["--dictionary with a project", () => ["matrix", join(root, "data", "examples", "m0-example.qdpx"), "--dictionary", "w.csv"], 2, ["--dictionary applies to raw .txt texts"]],
    ["--scheme without a value", () => ["import", join(root, "data", "examples", "m0-example.qdpx"), "--out", f.out("x6"), "--scheme"], 2, ["option --scheme needs a value"]],
  ])("%s", (_name, args, status, mentions) => {
    const run = toolmix(...(args as () => string[])());
    expect(run.status, run.stderr).toBe(status);
    for (const m of mentions as string[]) expect(run.stderr).toContain(m);
    noStack(run.stderr);
  });
});
