import { describe, expect, it } from "vitest";
import { loadDataset } from "../lib";
import { InputError } from "../lib/errors";
import { aggregateDocumentCounts } from "../lib/dataset/aggregate";
import { classifyClause, classifyClauses, codeTexts, defaultLexicon, findCues, loadLexicon, paperCueBaseline, segmentText, structureOf, TOOL_CELLS } from "../lib/coding";
import spec from "../lib/coding/lexicon.json";

const lex = defaultLexicon();
const terms = (s: string) => findCues(s, lex).map((h) => h.term);

describe("segmenter", () => {
  const doc = [
    "深圳市工业用地使用权转让办法",
    "深规划资源规〔2026〕1号",
    "各区人民政府，市各有关单位：",
    "第一章 总则",
    "第四条 市规划和自然资源主管部门负责转让的统筹、管理工作；区政府负责产业监管。",
    "（责任单位：省自然资源厅，各市政府。排在首位的为牵头部门，下同）",
    "深圳市规划和自然资源局",
    "2026年1月23日",
  ].join("\r\n");
  const s = segmentText(doc);

  it("splits at line breaks and after 。；, but not inside a bracket pair", () => {
    expect(s.map((x) => x.text)).toEqual([
      "深圳市工业用地使用权转让办法",
      "深规划资源规〔2026〕1号",
      "各区人民政府，市各有关单位：",
      "第一章 总则",
      "第四条 市规划和自然资源主管部门负责转让的统筹、管理工作；",
      "区政府负责产业监管。",
      "（责任单位：省自然资源厅，各市政府。排在首位的为牵头部门，下同）",
      "深圳市规划和自然资源局",
      "2026年1月23日",
    ]);
  });

  it("marks titles, numbers, addressees, headings, issuers and dates, and strips 第X条", () => {
    expect(s.map((x) => x.kind)).toEqual(["title", "docnumber", "addressee", "heading", "body", "body", "body", "issuer", "date"]);
    expect(s[4].marker).toBe("第四条 ");
    expect(doc.slice(s[4].contentStart, s[4].end)).toBe("市规划和自然资源主管部门负责转让的统筹、管理工作；");
    expect(s.every((x) => doc.slice(x.start, x.end) === x.text)).toBe(true);
  });

  it("keeps offsets in UTF-16 units and in code points (they differ after an astral character)", () => {
    const text = "𠀋地块说明。\n用地不得分割；";
    const [first, second] = segmentText(text);
    expect([first.start, first.end, first.startCodePoint, first.endCodePoint]).toEqual([0, 7, 0, 6]);
    expect([second.start, second.startCodePoint, second.end, second.endCodePoint]).toEqual([8, 7, 15, 14]);
    expect(Array.from(text).slice(second.startCodePoint, second.endCodePoint).join("")).toBe("用地不得分割；");
  });

  it("recognises the structure of real headings and metadata", () => {
    expect(structureOf("（一）优化工业用地布局。").kind).toBe("heading");
    expect(structureOf("一、统筹工业用地,确保稳中有增").kind).toBe("heading");
    expect(structureOf("第一条(产业用地政策含义)").kind).toBe("heading");
    expect(structureOf("的意见(试行)").kind).toBe("title");
    expect(structureOf("(此件公开发布)").kind).toBe("note");
    expect(structureOf("重庆 市 科 学 技 术 局").kind).toBe("issuer");
    expect(structureOf("第五条 新型产业用地布局应遵循以下原则:").kind).toBe("body");
    expect(structureOf("(一)应符合城市国土空间总体规划、控制性详细规划等相关规划要求。").kind).toBe("body");
  });
});

describe("cue matching: the pitfalls of unsegmented Chinese", () => {
  it("does not take 应 inside 供应/相应/适应/应用, nor count 须 inside 必须 or 应 inside 应当 twice", () => {
    expect(terms("土地供应与产业导向相适应，推广应用新技术")).not.toContain("应");
    expect(terms("用地必须符合规划")).toEqual(["必须"]);
    expect(terms("用地应当符合规划")).toEqual(["应当"]);
    expect(terms("用地应符合规划")).toEqual(["应"]);
  });

  it("does not take 支持 inside 支持性, 参考 inside 参考文献, nor words of cited titles or quoted slogans", () => {
    expect(terms("出台支持性政策")).not.toContain("支持");
    expect(terms("列入参考文献")).not.toContain("参考");
    expect(terms("根据《关于支持新产业新业态发展促进大众创业万众创新用地的意见》")).toEqual([]);
    expect(terms("遵循“谁提出、谁履责、谁监管”原则")).toEqual(["遵循"]);
  });

  it("lets the longer of overlapping words win across cells (资金支持 is a reward, not an exhortation)", () => {
    expect(findCues("给予资金支持", lex).map((h) => h.cell)).toEqual(["incentive.promotion"]);
  });
});

describe("one tool per clause, by priority", () => {
  it("makes a clause that mandates and prohibits a constraint (不得 makes constraint)", () => {
    const c = classifyClause("县工业园区土地利用必须符合土地利用总体规划,不得违反和擅自调整各项规划。");
    expect(c.tool).toBe("authority.constraint");
    expect(c.cells).toEqual(["authority.constraint", "authority.promotion"]);
    expect(c.anyTool).toBe(true);
  });

  it("puts sanctions and rewards above limits, duties above supervision, exhortation above mandates", () => {
    expect(classifyClause("对未达到标准的,要依法追究相关责任,直至收回土地使用权。").tool).toBe("incentive.constraint");
    expect(classifyClause("给予投资额3%、最高不超过200万元的奖励;").tool).toBe("incentive.promotion");
    expect(classifyClause("各区政府负责辖区产业准入、资格条件审核和产业监管等工作。").tool).toBe("authority.promotion");
    expect(classifyClause("本市新供应的工业用地,须签订《项目投入产出监管协议》纳入工业用地产业监管。").tool).toBe("capacity_building.constraint");
    expect(classifyClause("鼓励和引导工业项目向县工业园区集中。").tool).toBe("symbolic_hortatory.promotion");
    expect(classifyClause("构建部门协同管理机制。").tool).toBe("capacity_building.promotion");
    expect(classifyClause("以试点为先导,全面推开市、县国土空间规划编制工作。").tool).toBe("learning.promotion");
    expect(classifyClause("不建议在园区外布局新型产业用地。").tool).toBe("symbolic_hortatory.constraint");
    expect(classifyClause("总结负面案例,形成负面清单。").tool).toBe("learning.constraint");
  });

  it("gives definitions, purpose, scope, transmittal and headings no instrument", () => {
    expect(classifyClause("本办法所称新型产业用地(M0),是指融合研发、创意、设计、中试等功能的用地。").role).toBe("definition");
    expect(classifyClause("产业用房包括可用于生产制造、环境评估与监测等用房;").tool).toBeNull();
    expect(classifyClause("第一条 为进一步支持新型产业发展,结合本市实际,制定本办法。").role).toBe("purpose");
    expect(classifyClause("深汕特别合作区内的工业用地使用权转让可参照本办法执行。").role).toBe("scope");
    expect(classifyClause("《办法》已经市政府同意,现予印发,请遵照执行。").role).toBe("transmittal");
    expect(classifyClause("二、鼓励优势企业盘活利用低效用地。").role).toBe("heading");
    expect(classifyClause("配套用房的建筑面积应控制在总建筑面积的30%以内。").tool).toBe("authority.constraint");
  });

  it("carries a lead-in's tool to list items without cues of their own", () => {
    const c = classifyClauses(["第三条 现代产业用地管理应当遵循下列基本原则:", "(一)符合国土空间规划;", "(二)坚持节约集约用地;", "(三)坚持公开、公平、公正。", "第四条 市人民政府应当加强统筹。"]);
    expect(c.map((x) => [x.tool, x.inherited])).toEqual([
      ["authority.promotion", false],
      ["authority.promotion", true],
      ["authority.promotion", true],
      ["authority.promotion", true],
      ["authority.promotion", false],
    ]);
    expect(classifyClauses(["(二)坚持节约集约用地;"])[0].tool).toBeNull();
  });
});

describe("the lexicon file", () => {
  const book = loadDataset().codebook;

  it("covers every cell, and its theme cues name theme nodes of the codebook", () => {
    for (const cell of TOOL_CELLS) expect(lex.cues.some((c) => c.cell === cell)).toBe(true);
    for (const t of lex.themes) expect(book.nodes.get(t.node)?.dimension).toBe("themes");
    const parents = new Set(lex.themes.map((t) => t.node.split(".")[0]));
    expect([...parents].sort()).toEqual(["land_supply", "land_use", "operation_supervision", "property_rights"]);
  });

  it("is far richer than the paper's handful of cue words", () => {
    const paper = book.tools.flatMap((t) => t.cues).length;
    expect(lex.cues.length).toBeGreaterThan(5 * paper);
  });

  it("reports every problem of a bad lexicon with its JSON path", () => {
    const bad = structuredClone(spec) as Record<string, unknown> & { cells: Record<string, unknown[]> };
    bad.cells["authority.promotion"] = [{ term: "应", notIn: ["相同"] }, { term: "由", regex: "由(" }];
    bad.cells["nonsense.cell"] = [];
    try {
      loadLexicon(bad, "my-lexicon.json");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      const fields = (e as InputError).issues.map((i) => i.field);
      expect(fields).toEqual(expect.arrayContaining(["cells.authority.promotion[0].notIn", "cells.authority.promotion[1].regex", "cells.nonsense.cell"]));
      expect((e as InputError).issues.every((i) => i.file === "my-lexicon.json")).toBe(true);
    }
    expect(() => loadLexicon([], "x.json")).toThrow(/version, cells, priority, roles and themes/);
  });
});

describe("codeTexts", () => {
  const text = [
    "东莞市新型产业用地(M0)管理办法",
    "第二条 本办法所称新型产业用地(M0),是指融合研发、创意、设计、中试、生产等新型产业功能以及相关配套服务的用地。",
    "第三条 在办理供地手续和不动产登记时,土地用途表述为“工业用地(M0)”。新型产业用地(M0)项目的配套用房一律不得分割。",
    "第四条 分割转让的建筑面积不超过产业用房计容建筑面积的50%。鼓励😀企业提容改造。",
  ].join("\n");
  const out = codeTexts([{ id: "dg", title: "东莞", text, variables: { city: "东莞", year: "2022" } }, { id: "empty", text: "" }]);

  it("codes every clause with offsets, a tool cell or none, and themes", () => {
    expect(out.segments.map((s) => [s.kind, s.role, s.tool])).toEqual([
      ["title", "title", null],
      ["body", "definition", null],
      ["body", "instrument", "authority.promotion"],
      ["body", "instrument", "authority.constraint"],
      ["body", "instrument", "authority.constraint"],
      ["body", "instrument", "symbolic_hortatory.promotion"],
    ]);
    expect(out.segments[1].themes).toEqual(["land_use.use_management.land_use_definition"]);
    expect(out.segments[4].themes).toContain("property_rights.subdivision.transfer_requirements");
    const cue = out.segments[3].toolCues[0];
    expect(text.slice(cue.start, cue.end)).toBe("一律不"); // the longer of 一律不 and 不得 in 一律不得
  });

  it("counts points per document on codebook node ids that the kit's aggregation accepts", () => {
    const book = loadDataset().codebook;
    for (const r of out.documentCounts) expect(book.nodes.has(r.node_id)).toBe(true);
    expect(out.documentCounts.find((r) => r.node_id === "authority.constraint")).toMatchObject({ doc_id: "dg", points: 2 });
    const totals = aggregateDocumentCounts(book, out.documentCounts);
    expect(totals.get("tools")).toEqual({ files: 1, points: 4 });
    expect(totals.get("tools.constraint")).toEqual({ files: 1, points: 2 });
  });

  it("builds a ForeignProject whose codings are code points into the source text", () => {
    const p = out.project;
    expect(p.offsetUnit).toBe("codepoint");
    expect(p.sources.map((s) => [s.guid, s.name, s.variables])).toEqual([["dg", "东莞", { city: "东莞", year: "2022" }], ["empty", "empty", {}]]);
    expect(p.codes.find((c) => c.guid === "authority.constraint")).toEqual({ guid: "authority.constraint", name: "authority.constraint", parent: "authority", codable: true });
    expect(p.codes.find((c) => c.guid === "land_supply.admission.industry_catalogue")?.parent).toBe("land_supply.admission");
    const guids = new Set(p.codes.map((c) => c.guid));
    const chars = Array.from(text);
    for (const c of p.codings) {
      expect(guids.has(c.code)).toBe(true);
      expect(c.start! <= c.end! && c.end! <= chars.length).toBe(true);
    }
    const last = p.codings.filter((c) => c.code === "symbolic_hortatory.promotion")[0];
    expect(chars.slice(last.start, last.end).join("")).toBe("鼓励😀企业提容改造。");
    expect(p.notes[0]).toMatch(/code points/);
  });

  it("refuses no texts, missing or repeated ids", () => {
    expect(() => codeTexts([])).toThrow(/at least one text/);
    expect(() => codeTexts([{ id: "", text: "x" }])).toThrow(/non-empty string id/);
    expect(() => codeTexts([{ id: "a", text: "x" }, { id: "a", text: "y" }])).toThrow(/used twice/);
  });
});

describe("the paper-cue baseline", () => {
  it("matches the paper's cue words as substrings, leftmost first, without exclusions", () => {
    const base = paperCueBaseline(loadDataset().codebook.tools);
    expect(base("配套用房一律不得分割。")).toBe("authority.constraint");
    expect(base("根据《关于支持新产业新业态发展的意见》,制定本办法。")).toBe("symbolic_hortatory.promotion");
    expect(base("土地用途表述为工业用地。")).toBeNull();
  });
});
