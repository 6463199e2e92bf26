/**
 * The coded unit (issue 12 point 2): clauses by default, sentences on request — clauses cut at ；
 * on one line joined, carrying every code of their clauses — stated in the dataset, the .qdpx note
 * and the summary. Invariants on real texts: no more sentences than clauses, a cell never counted
 * more often by sentence than by clause, and never in fewer sentences than there are sentences
 * holding a clause coded at it.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { codeTexts, TOOL_CELLS } from "../lib/coding";
import { toSentenceSegments } from "../lib/coding/sentence-units";
import { defaultLexicon } from "../lib/coding/lexicon";
import { clausesCsv } from "../lib/coding/clause-file";
import { clauseIds } from "../lib/learn";

const root = join(__dirname, "..");
const toolmix = (...args: string[]) => spawnSync(process.execPath, [join(root, "bin", "toolmix.cjs"), ...args], { cwd: root, encoding: "utf8" });
const texts = ["dev-2", "dev-3", "test-2"].flatMap((set) => {
  const dir = join(__dirname, "fixtures", "coding", set, "texts");
  return readdirSync(dir).sort().map((f) => ({ id: f.replace(/\.txt$/, ""), text: readFileSync(join(dir, f), "utf8") }));
});

describe("sentence units", () => {
  it("join clauses cut at ； on one line, with every code of both, in priority order", () => {
    const [s, t] = codeTexts([{ id: "a", text: "第一条 产业用房不得随意调整用途；确需调整的，应经市政府批准。\n第二条 鼓励企业提容增效。" }], { unit: "sentence" }).segments;
    expect(s.text).toBe("第一条 产业用房不得随意调整用途；确需调整的，应经市政府批准。");
    expect(s.tools).toEqual(["authority.constraint", "authority.promotion"]);
    expect(t.tools).toEqual(["symbolic_hortatory.promotion"]);
  });

  it("never join across lines or documents, and leave structural lines alone", () => {
    const clauses = codeTexts([{ id: "a", text: "配套用房不得分割；\n鼓励研发。" }, { id: "b", text: "关于印发某办法的通知；\n不得转让。" }]).segments;
    expect(toSentenceSegments(clauses, defaultLexicon().priorityCells).map((s) => s.text)).toEqual(clauses.map((s) => s.text));
  });

  it("hold the invariants on 52 real texts: fewer units, no cell counted more often, every coded sentence kept", () => {
    const byClause = codeTexts(texts);
    const bySentence = codeTexts(texts, { unit: "sentence" });
    expect(bySentence.segments.length).toBeLessThan(byClause.segments.length);
    const count = (segments: typeof byClause.segments, cell: string) => segments.filter((s) => s.tools.includes(cell as never)).length;
    for (const cell of TOOL_CELLS) expect(count(bySentence.segments, cell)).toBeLessThanOrEqual(count(byClause.segments, cell));
    // Each sentence's text is the text between its offsets: a .qdpx codes exactly the sentence.
    const source = new Map(texts.map((t) => [t.id, t.text]));
    for (const s of bySentence.segments) expect(source.get(s.document)!.slice(s.start, s.end)).toBe(s.text);
    expect(bySentence.project.notes[0]).toMatch(/unit: sentence/);
  });

  it("is stated in the dataset, refused when unknown, and refused with a scheme's own dictionary", () => {
    const dir = mkdtempSync(join(tmpdir(), "toolmix-unit-"));
    writeFileSync(join(dir, "u.txt"), "第一条 产业用房不得随意调整用途；确需调整的，应经市政府批准。\n");
    const run = toolmix("code", join(dir, "u.txt"), "--out", join(dir, "s"), "--unit", "sentence");
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Sentences: 1 body sentence, 1 coded at a tool/);
    expect(JSON.parse(readFileSync(join(dir, "s", "dataset.json"), "utf8")).provenance.unit).toBe("sentence");
    const bad = toolmix("code", join(dir, "u.txt"), "--out", join(dir, "w"), "--unit", "word");
    expect([bad.status, bad.stderr]).toEqual([2, expect.stringMatching(/--unit takes clause or sentence \(found "word"\)/)]);
    const scheme = toolmix("code", join(dir, "u.txt"), "--out", join(dir, "x"), "--unit", "sentence", "--scheme", "data/schemes/supply-demand-environment");
    expect(scheme.status).toBe(1);
    expect(scheme.stderr).toMatch(/field "--unit": found "sentence", expected the unit "clause" with a scheme's own dictionary/);
  });
});

describe("toolmix code --clauses", () => {
  it("lists every body clause with its codes and cue words, readable by Excel and never a formula", () => {
    const dir = mkdtempSync(join(tmpdir(), "toolmix-clauses-"));
    writeFileSync(join(dir, "c.txt"), "某市工业用地管理办法\n第一条 产业用房不得随意调整用途；确需调整的，应经市政府批准。\n=SUM(A1) 鼓励企业提容增效。\n");
    const run = toolmix("code", join(dir, "c.txt"), "--out", join(dir, "out"), "--clauses", join(dir, "clauses.csv"));
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Every coded clause, with its codes and cue words: .*clauses\.csv \(3 clauses\)/);
    const lines = readFileSync(join(dir, "clauses.csv"), "utf8").split("\n");
    expect(lines[0]).toBe("\ufeffid,document,line,tools,themes,cues,clause");
    expect(lines.slice(1)).toEqual([
      "c:02,c,2,authority.constraint,none,不得,第一条 产业用房不得随意调整用途；",
      "c:03,c,2,authority.promotion,none,应,确需调整的，应经市政府批准。",
      "c:04,c,3,symbolic_hortatory.promotion,land_use.development_management.development_form,鼓励,'=SUM(A1) 鼓励企业提容增效。",
      "",
    ]);
    // Written again without --force: the kit's own list is replaced.
    expect(toolmix("code", join(dir, "c.txt"), "--out", join(dir, "out"), "--clauses", join(dir, "clauses.csv")).status).toBe(0);
  });
});

describe("review fixes (sentence text, ids, scheme cues)", () => {
  it("keeps the space between a sentence's clauses, so cue words are read from the right place", () => {
    const [s] = codeTexts([{ id: "a", text: "第一条 配套用房不得分割； 确需调整的，应报批。" }], { unit: "sentence" }).segments;
    expect(s.text).toBe("第一条 配套用房不得分割； 确需调整的，应报批。");
    expect(clausesCsv([s]).split("\n")[1].split(",").slice(5).join(",")).toBe("不得、应、报批,第一条 配套用房不得分割； 确需调整的，应报批。");
  });

  it("numbers sentence ids as clause ids (padded to the largest number), so --clauses ids are the ids train reads", () => {
    const text = Array.from({ length: 60 }, (_, i) => `第${i + 1}项不得分割；确需调整的，应报批。`).join("\n");
    const sentences = codeTexts([{ id: "s", text }], { unit: "sentence" }).segments;
    const clauses = codeTexts([{ id: "s", text }]).segments;
    expect(clauseIds(sentences)[0]).toBe("s:001");
    expect(clauseIds(clauses).slice(0, 2)).toEqual(["s:001", "s:002"]);
  });

  it("shows the scheme coder's cue words too", () => {
    const dir = mkdtempSync(join(tmpdir(), "toolmix-clauses-"));
    writeFileSync(join(dir, "s.txt"), "设立专项资金支持企业研发。\n");
    const run = toolmix("code", join(dir, "s.txt"), "--out", join(dir, "o"), "--scheme", "data/schemes/supply-demand-environment", "--clauses", join(dir, "c.csv"));
    expect(run.status, run.stderr).toBe(0);
    const row = readFileSync(join(dir, "c.csv"), "utf8").split("\n")[1].split(",");
    expect(row[5]).not.toBe("");
  });
});
