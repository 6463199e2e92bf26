/**
 * Notebook tables (lib/notebook/table.ts): headings labelled, numbers rounded as the paper prints
 * them, text escaped, long tables cut with a count; a danfojs DataFrame and plain records alike.
 * Expected cells written by hand.
 */
import { describe, expect, it } from "vitest";
import { frame } from "../lib/frames";
import { isFrameLike, tableHtml } from "../lib/notebook/table";

const cells = (html: string) => [...html.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((m) => m[1]);

describe("tableHtml", () => {
  it("labels known columns in both languages, keeps unknown keys, and rounds like the paper", () => {
    const html = tableHtml([{ node_id: "authority", points: 1449, pct: 71.0294, extra: -0.0001 }]);
    expect(cells(html)).toEqual(["节点 node", "参考点 points", "占比 % share %", "extra", "authority", "1449", "71.03", "0.00"]);
    expect(html.startsWith("<style>")).toBe(true);
    // Text left, numbers right.
    expect(html).toContain('<td class="text">authority</td><td>1449</td>');
  });

  it("reads a danfojs DataFrame by its columns and values", () => {
    const df = frame([{ region: "east", share: 0.48529 }, { region: "west", share: 0.1 }]);
    expect(isFrameLike(df)).toBe(true);
    expect(cells(tableHtml(df, { lang: "en", columns: ["region", { key: "share", percent: true, digits: 1 }] }))).toEqual(["region", "share (%)", "east", "48.5", "west", "10.0"]);
  });

  it("escapes text, shows missing values as a dash, joins arrays, and chooses one language", () => {
    const html = tableHtml([{ title: "<b>A&B</b>", year: null, label: ["x", 2.5] }], { lang: "zh", caption: "表 <1>" });
    expect(cells(html)).toEqual(["标题", "年份", "标签", "&lt;b&gt;A&amp;B&lt;/b&gt;", "—", "x, 2.50"]);
    expect(html).toContain("<caption>表 &lt;1&gt;</caption>");
  });

  it("cuts a long table and says how many rows are left out", () => {
    const rows = Array.from({ length: 7 }, (_, i) => ({ id: i }));
    const html = tableHtml(rows, { maxRows: 5 });
    expect(cells(html).slice(1, 6)).toEqual(["0", "1", "2", "3", "4"]);
    expect(html).toContain("… 2 more rows (7 in all; pass maxRows to show more)");
  });

  it("takes the union of the records' keys in order of first appearance, and own keys only for labels", () => {
    expect(cells(tableHtml([{ a: 1 }, { b: 2, a: 3 }]))).toEqual(["a", "b", "1", "—", "3", "2"]);
    expect(cells(tableHtml([{ constructor: "x" }]))[0]).toBe("constructor");
  });
});
