/**
 * Numbered lines that look like headings: a title has content under it, a list item is followed
 * by its sibling (lib/coding/heading-context.ts). Cases by hand, from the shapes of GB/T 9704
 * documents and a new user's text (items 二、三、五、 each one sentence, which were dropped).
 */
import { describe, expect, it } from "vitest";
import { classifyClauses, codeTextsWithScheme, dictionaryFromCodebook, segmentText } from "../lib/coding";
import { headingsInContext } from "../lib/coding/heading-context";
import { readSchemeFile } from "../lib/dataset/scheme-file";
import { join } from "node:path";

const kinds = (text: string) => segmentText(text).map((s) => s.kind);

describe("headings in context", () => {
  it("keeps a title with items or text under it, and turns a numbered line followed by its sibling into a clause", () => {
    expect(kinds("一、总体要求\n（一）优化工业用地布局。\n加层改造的，不增收地价。")).toEqual(["heading", "heading", "body"]);
    expect(kinds("一、设立专项资金。\n二、鼓励充电设施建设。\n三、附则")).toEqual(["body", "body", "body"]);
    // The last item of a whole text is a clause, also when only the issuer and the date follow it.
    expect(kinds("一、设立专项资金。\n八、鼓励金融机构为新能源汽车企业提供信贷支持。\n某市人民政府\n2024年7月21日")).toEqual(["body", "body", "issuer", "date"]);
    // A numbered full sentence with a comma and a final 。 is a clause even where it is last.
    expect(kinds("一、设立专项资金。\n二、减免企业所得税，并提供贷款贴息支持。")).toEqual(["body", "body"]);
    // An item followed by a higher level (the next section) is a clause too.
    expect(kinds("一、主要任务\n（一）落实税收优惠。\n二、保障措施\n加强组织领导。")).toEqual(["heading", "body", "heading", "body"]);
    // Chapter and article titles stay titles whatever follows.
    expect(kinds("第一章 总则\n第二章 供应")).toEqual(["heading", "heading"]);
  });

  it("keeps the last title of an excerpt (complete: false), as the evaluation set's clause lists end", () => {
    const items = [{ kind: "body", family: null }, { kind: "heading", family: "section" }] as const;
    expect(headingsInContext(items, { complete: false }).map((s) => s.kind)).toEqual(["body", "heading"]);
    expect(headingsInContext(items).map((s) => s.kind)).toEqual(["body", "body"]);
  });

  it("skips structural lines (dates, notes) when looking for what comes next, and does not change its input", () => {
    const items = [{ kind: "heading", family: "paren" }, { kind: "date", family: null }, { kind: "heading", family: "paren" }, { kind: "body", family: null }] as const;
    expect(headingsInContext(items).map((s) => s.kind)).toEqual(["body", "date", "heading", "body"]);
    expect(items[0].kind).toBe("heading");
  });

  it("codes such items in both coders: the paper's (a principle list closing an article) and the scheme coder", () => {
    const paper = classifyClauses(["第三条 现代产业用地供应应当遵循下列原则:", "(三)坚持产业用地供应与产业导向相适应;", "(四)坚持公开、公平、公正。", "第四条 市人民政府应当加强对现代产业用地管理工作的领导。"]);
    expect(paper[2].kind).toBe("body");
    expect(paper[2].tool).toBe("authority.promotion");
    const sde = readSchemeFile(join(__dirname, "..", "data", "schemes", "supply-demand-environment"));
    const segs = codeTextsWithScheme([{ id: "nev", text: "一、设立专项资金。\n二、鼓励充电设施建设。\n三、对新能源汽车生产企业按规定减免企业所得税，并提供贷款贴息支持。" }], dictionaryFromCodebook(sde.codebook, sde.file)).segments;
    expect(segs.map((s) => s.tool)).toEqual(["supply.funding", "environment.strategic", "environment.tax"]);
  });
});
