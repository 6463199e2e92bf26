/**
 * The generic scheme coder (lib/coding/scheme-coder.ts) on hand-written clauses whose codes were
 * counted by hand from the rule: the supply/environment/demand scheme (no directions, sub-tools,
 * a policy-stage dimension), a tiny scheme WITH directions and nested themes made here, the
 * header convention (# lines, skipLines) with offsets checked against the full text, the choice
 * between the paper's coder and the generic one, and linear time.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { codeForScheme, codeTexts, codeTextsWithScheme, dictionaryFromCodebook, isPaperCodebook, readCoderTexts, readHeader, TermMatcher } from "../lib/coding";
import { indexCodebook } from "../lib/dataset/codebook";
import { loadDataset } from "../lib/dataset/load";
import { readSchemeFile } from "../lib/dataset/scheme-file";
import { writeDataset } from "../lib/dataset/write";
import { InputError } from "../lib/errors";
import { mapProject } from "../lib/import/map";
import { validateDataset } from "../lib/validate";
import { TINY_DIRECTED } from "./support/tiny-directed";

const root = join(__dirname, "..");
const sde = readSchemeFile(join(root, "data", "schemes", "supply-demand-environment"));
const sdeDict = dictionaryFromCodebook(sde.codebook, sde.file);
const tmp = () => mkdtempSync(join(tmpdir(), "toolmix-scheme-"));

const tiny = indexCodebook(TINY_DIRECTED, "tiny.json");

const code = (clauses: readonly string[], dict = sdeDict) => codeTextsWithScheme([{ id: "d", text: clauses.join("\n") }], dict).segments;

describe("the SDE scheme: one tool node per clause by summed weight, stages by cue", () => {
  // Hand count per clause (terms of the codebook): tool hits → scores; stage hits → nodes.
  const clauses = [
    "设立专项资金，对企业研发给予补助。", //   专项资金 + 补助 → supply.funding 2; 研发 → research
    "对首台套产品实施政府采购，推动示范应用。", // 首台套 + 政府采购 → procurement 2 > 示范 (strategic) 1; 示范, 应用 → diffusion
    "出口企业享受出口退税和研发费用加计扣除。", // 出口 + 出口退税 → trade 2 > 加计扣除 (tax) 1 (退税 inside 出口退税 is not counted); 研发 → research
    "提供技术支持和贷款。", //                   技术支持 (technology) 1 = 贷款 (finance) 1 → codebook order: supply.technology
    "依据《知识产权保护条例》加强监管。", //     知识产权 inside 《…》 does not count; 监管 → regulation
    "本措施自发布之日起施行。", //               no term
  ];
  const segments = code(clauses);

  it("codes each clause as counted by hand", () => {
    expect(segments.map((s) => s.tool)).toEqual(["supply.funding", "demand.procurement", "demand.trade", "supply.technology", "environment.regulation", null]);
    expect(segments.map((s) => s.themes)).toEqual([["research"], ["diffusion"], ["research"], [], [], []]);
    expect(segments.map((s) => s.role)).toEqual(["instrument", "instrument", "instrument", "instrument", "instrument", "no-cue"]);
  });

  it("keeps the longer of overlapping terms of one dimension, and both dimensions' matches", () => {
    const trade = segments[2];
    expect(trade.toolCues.map((h) => h.term)).toEqual(["出口", "出口退税", "加计扣除"]);
    expect(trade.cells).toEqual(["demand.trade", "environment.tax"]);
    // 示范 is a tool term (strategic measures) and a stage term (diffusion): each dimension keeps it.
    expect(segments[1].toolCues.map((h) => h.term)).toContain("示范");
    expect(segments[1].themeCues.map((h) => h.term)).toEqual(["示范", "应用"]);
  });

  it("counts one point per clause at its tool node and at each stage, per document", () => {
    const out = codeTextsWithScheme([{ id: "a", text: clauses.slice(0, 3).join("\n") }, { id: "b", text: clauses[3] }], sdeDict);
    const counts = out.documentCounts.map((c) => `${c.doc_id}|${c.node_id}|${c.points}`).sort();
    expect(counts).toEqual(["a|demand.procurement|1", "a|demand.trade|1", "a|diffusion|1", "a|research|2", "a|supply.funding|1", "b|supply.technology|1"]);
  });

  it("lets a sub-tool beat its parent, and a parent's term support its sub-tools", () => {
    const withParent = indexCodebook({ ...TINY_DIRECTED, directions: [], tools: [{ id: "t", label_zh: "工具", label_en: "T", cues: [{ term: "支持" }], children: [
      { id: "t.a", label_zh: "甲", label_en: "A", cues: [{ term: "资金" }] },
      { id: "t.b", label_zh: "乙", label_en: "B", cues: [{ term: "人才" }, { term: "培训" }] },
    ] }, { id: "u", label_zh: "丙", label_en: "U", cues: [{ term: "采购" }, { term: "外包" }] }] }, "p.json");
    const dict = dictionaryFromCodebook(withParent, "p.json");
    // 支持 alone: the parent. 支持 + 资金: t.a scores 2 > t 1. 采购 + 外包 (u, 2) vs 资金 + 支持 (t.a, 1 + 1): tie → codebook order, t.a.
    expect(code(["大力支持。", "支持资金。", "资金支持采购外包。"], dict).map((s) => s.tool)).toEqual(["t", "t.a", "t.a"]);
    // 人才培训 (t.b, 2) beats 资金 (t.a, 1) although t.a comes first.
    expect(code(["资金用于人才培训。"], dict)[0].tool).toBe("t.b");
  });

  it("codes no genre formula (purpose statement, transmittal), whatever cue words it names; policy text beside them is coded", () => {
    // Each clause names cue words of the scheme (资金, 基础设施, 人才培养) inside a genre formula.
    const segs = code([
      "为加快人工智能基础设施建设，加大资金投入，结合本省实际，特提出本实施意见。",
      "经市政府同意，现将《人才培养行动方案》印发给你们，请认真贯彻落实。",
      "第一条 为规范专项资金管理，根据有关规定，制定本办法。",
      "设立专项资金支持人才培养。",
    ]);
    expect(segs.map((s) => s.role)).toEqual(["purpose", "transmittal", "purpose", "instrument"]);
    expect(segs.slice(0, 3).every((s) => s.tool === null && s.themes.length === 0 && s.toolCues.length === 0)).toBe(true);
    expect(segs[3].tool).not.toBeNull();
    // A clause that opens with 为 but enacts nothing is policy text.
    expect(code(["为企业提供专项资金支持。"])[0].role).toBe("instrument");
  });

  it("takes the demonstration variant of its README: a demand.demonstration child with 示范工程 beats the bare 示范 of 策略性措施", () => {
    const raw = JSON.parse(readFileSync(join(root, "data", "schemes", "supply-demand-environment", "codebook.json"), "utf8"));
    const demand = raw.tools.find((t: { id: string }) => t.id === "demand");
    const cue = (term: string) => ({ term, direction: null, section: "variant (README)" });
    demand.children.push({ id: "demand.demonstration", label_zh: "示范工程", label_en: "Demonstration projects", cues: ["示范工程", "应用示范", "场景开放"].map(cue) });
    const file = join(tmp(), "codebook.json");
    writeFileSync(file, JSON.stringify(raw));
    const variant = readSchemeFile(file);
    const segs = codeTextsWithScheme([{ id: "d", text: "实施人工智能示范工程。\n开展试点示范。" }], dictionaryFromCodebook(variant.codebook, file)).segments;
    expect(segs.map((x) => x.tool)).toEqual(["demand.demonstration", "environment.strategic"]);
  });

  it("writes a dataset that loads and validates with the scheme's codebook", () => {
    const out = codeTextsWithScheme([{ id: "a", text: clauses.join("\n") }], sdeDict);
    const { parts, report } = mapProject(out.project, sde.codebook, sde.json);
    expect(report.unmapped).toEqual([]);
    const dir = tmp();
    writeDataset(dir, parts);
    const ds = loadDataset(dir);
    expect(ds.codebook.scheme.id).toBe("supply-demand-environment");
    expect(validateDataset(ds).errors).toEqual([]);
    expect(ds.counts.find((r) => r.node_id === "tools")?.points).toBe(5);
    expect(ds.counts.find((r) => r.node_id === "themes")?.points).toBe(3);
  });
});

describe("a scheme with directions (not the paper's)", () => {
  const dict = dictionaryFromCodebook(tiny, "tiny.json");
  it("codes the leaf tool's cell of the heavier direction; a tie is constraint, undirected terms promotion", () => {
    const s = code(["土地供应应当公开，不得私下协议。", "对守信企业给予奖励。", "违规者处以罚款，并不得申请奖励。", "建立健全管理制度。", "土地管理应当规范。"], dict);
    // 应当 (p) 1 = 不得 (c) 1 → constraint. 奖励 → promotion. money 罚款 + 奖励 = 2 > rules.land 不得 1; its tie → constraint.
    expect(s.map((x) => x.tool)).toEqual(["rules.land.constraint", "money.promotion", "money.constraint", "money.promotion", "rules.land.promotion"]);
    // Most specific second-dimension nodes: 土地 and 供应 → land.supply only; 企业 → firms.
    expect(s.map((x) => x.themes)).toEqual([["land.supply"], ["firms"], [], [], ["land"]]);
  });

  it("refuses a tool cue above the leaves (a clause is coded at a cell, which only leaf tools have)", () => {
    const bad = indexCodebook({ ...TINY_DIRECTED, tools: [{ ...TINY_DIRECTED.tools[0], cues: [{ term: "规定", direction: "promotion" }] }, TINY_DIRECTED.tools[1]] }, "bad.json");
    try {
      dictionaryFromCodebook(bad, "bad.json");
      throw new Error("accepted");
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).issues[0]).toMatchObject({ file: "bad.json", field: "tools[0].cues[0]", found: "规定" });
      expect((e as InputError).issues[0].expected).toContain("leaf tools only");
    }
  });

  it("refuses a codebook without any cue word", () => {
    const none = indexCodebook({ ...TINY_DIRECTED, tools: [{ id: "x", label_zh: "x", label_en: "x" }], themes: [{ id: "y", label_zh: "y", label_en: "y" }] }, "none.json");
    expect(() => dictionaryFromCodebook(none, "none.json")).toThrow(/none\.json, field "cues": found "no cue words on any node"/);
  });

  it("writes a dataset in that scheme that validates (cells, margins)", () => {
    const out = codeTextsWithScheme([{ id: "a", text: "土地供应应当公开，不得私下协议。\n对守信企业给予奖励。" }], dict);
    const { parts } = mapProject(out.project, tiny, JSON.stringify(TINY_DIRECTED));
    const dir = tmp();
    writeDataset(dir, parts);
    const ds = loadDataset(dir);
    expect(validateDataset(ds).errors).toEqual([]);
    expect(ds.counts.find((r) => r.node_id === "tools.constraint")?.points).toBe(1);
    expect(ds.counts.find((r) => r.node_id === "tools.promotion")?.points).toBe(1);
  });
});

describe("the header: # lines and skipLines are not coded; offsets point into the whole text", () => {
  const text = "转载自示例网站，欢迎推广\n# title: 𠀋市专项资金管理办法\n# region: east\n#这是注释\n\n第一条 市财政设立专项资金支持产业发展。\n# 贷款贴息\n";
  it("reads the header: the first N lines, then # and blank lines", () => {
    expect(readHeader(text, 0)).toEqual({ lines: 0, variables: [] });
    expect(readHeader(text, 1)).toEqual({ lines: 5, variables: [{ key: "title", value: "𠀋市专项资金管理办法", line: 2 }, { key: "region", value: "east", line: 3 }] });
    expect(readHeader("＃ 年份：2020\n正文。").variables).toEqual([{ key: "年份", value: "2020", line: 1 }]);
  });

  it("codes the body only; a # line below the body is text; offsets are code points of the full text", () => {
    // (第一条 with a short body such as 设立专项资金。 would be a caption, a heading: lib/coding/structure.ts.)
    const skipped = codeTextsWithScheme([{ id: "h", text }], sdeDict, { skipLines: 1 });
    expect(skipped.segments.map((s) => [s.line, s.tool])).toEqual([[6, "supply.funding"], [7, "environment.finance"]]);
    const cp = [...text];
    const spans = skipped.project.codings.filter((c) => c.code === "supply.funding").map((c) => cp.slice(c.start, c.end).join(""));
    expect(spans).toEqual(["市财政设立专项资金支持产业发展。"]);
    // UTF-16 offsets are one more (𠀋 is two UTF-16 units), and still point at the clause.
    const s = skipped.segments[0];
    expect(text.slice(s.contentStart, s.end)).toBe("市财政设立专项资金支持产业发展。");
    expect(s.contentStart - s.contentStartCodePoint).toBe(1);
    // Without --skip-lines the first line is text and is coded (推广: strategic measures).
    expect(codeTextsWithScheme([{ id: "h", text }], sdeDict).segments[0].tool).toBe("environment.strategic");
  });

  it("holds for the paper's coder too; a text without a header codes as before", () => {
    const plain = "第三条 配套用房一律不得分割。";
    const withHeader = codeTexts([{ id: "p", text: `# region: east\n${plain}` }]).segments;
    expect(withHeader.map((s) => [s.tool, s.start])).toEqual([["authority.constraint", 15]]);
    expect(codeTexts([{ id: "p", text: `前言一行\n${plain}` }], { skipLines: 1 }).segments).toHaveLength(1);
    expect(codeTexts([{ id: "p", text: plain }]).segments[0]).toMatchObject({ tool: "authority.constraint", start: 0, index: 0 });
  });

  it("reads files: id and name from the file, title and variables from the header, checked with file and line", () => {
    const dir = tmp();
    writeFileSync(join(dir, "hz.txt"), "# region: east\n# year: 2021\n# city: 杭州\n杭州市若干政策\n第一条 设立专项资金。\n");
    const [t] = readCoderTexts([join(dir, "hz.txt")]);
    expect([t.id, t.name, t.title, t.variables]).toEqual(["hz", "hz", "杭州市若干政策", { region: "east", year: "2021", city: "杭州", title: "杭州市若干政策" }]);
    writeFileSync(join(dir, "bad.txt"), "# region: 东部\n# year: 21\n# year: 2021\n正文。\n");
    try {
      readCoderTexts([join(dir, "bad.txt")]);
      throw new Error("accepted");
    } catch (e) {
      const issues = (e as InputError).issues.map((i) => [i.row, i.field, i.found]);
      expect(issues).toEqual([[1, "region", "东部"], [2, "year", "21"], [3, "year", "2021"]]);
    }
  });
});

describe("which coder", () => {
  const texts = [{ id: "d", text: "第三条 配套用房一律不得分割。\n鼓励企业提容改造。" }];
  it("the paper's scheme keeps the paper's coder byte for byte; a keyword list or another scheme uses the generic one", () => {
    const paper = readSchemeFile();
    expect(isPaperCodebook(paper.codebook)).toBe(true);
    expect(isPaperCodebook(sde.codebook)).toBe(false);
    expect(JSON.stringify(codeForScheme(texts, paper).coded)).toBe(JSON.stringify(codeTexts(texts, { themes: paper.codebook.themes })));
    expect(codeForScheme(texts, sde).dictionary?.source).toContain("cue words of");
  });
});

describe("linear time", () => {
  it("matches many terms in one pass (Aho–Corasick), every occurrence once", () => {
    const m = new TermMatcher(["研发", "研发平台", "平台", "台"]);
    expect(m.find("建设研发平台").map((h) => [m.terms[h.term], h.start, h.end])).toEqual([["研发", 2, 4], ["研发平台", 2, 6], ["平台", 4, 6], ["台", 5, 6]]);
    expect(new TermMatcher(["aa"]).find("aaaa").map((h) => h.start)).toEqual([0, 1, 2]);
  });

  it("a 400 000-character text without punctuation and a dense one code in well under 10 s", { timeout: 60_000 }, () => {
    const words = "设立专项资金支持企业开展关键技术研发推动示范应用出口退税知识产权";
    for (const text of [words.repeat(Math.ceil(400_000 / words.length)).slice(0, 400_000), "专项资金出口退税示范推广研发".repeat(30_000)]) {
      const start = Date.now();
      const out = codeTextsWithScheme([{ id: "long", text }], sdeDict);
      expect(Date.now() - start).toBeLessThan(10_000);
      expect(out.segments).toHaveLength(1);
    }
  });
});
