import { describe, expect, it } from "vitest";
import { parseCsv } from "../lib/io/csv";
import { sharePct, truncatedPct } from "../lib";
import { displayWidth } from "../lib/util/text-width";

describe("parseCsv (RFC 4180)", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks, CRLF line ends", () => {
    const t = parseCsv('a,b\r\n1,"x, ""y"""\r\n2,"two\nlines"\r\n', "t.csv");
    expect(t.rows.map((r) => [r.line, r.cells.a, r.cells.b])).toEqual([
      [2, "1", 'x, "y"'],
      [3, "2", "two\nlines"],
    ]);
  });

  it("names the line of a row with the wrong number of cells", () => {
    expect(() => parseCsv("a,b\n1,2\n3\n", "t.csv")).toThrow('t.csv, row 3: found "1 cell", expected 2 cells, one per header column');
  });

  it("names the line of an unterminated quote", () => {
    expect(() => parseCsv('a\n"open\n', "t.csv")).toThrow('t.csv, row 2: found "a quote that is never closed"');
  });

  it("rejects a header without rows and repeated columns", () => {
    expect(() => parseCsv("a,b\n", "t.csv")).toThrow("expected at least one data row");
    expect(() => parseCsv("a,a\n1,2\n", "t.csv")).toThrow('t.csv, row 1, field "a": found "a repeated column"');
  });
});

describe("sharePct", () => {
  it("rounds half-up to two decimals on integers", () => {
    expect(sharePct(345, 1680)).toBe(20.54);
    expect(sharePct(1, 32)).toBe(3.13); // 3.125 exactly
    expect(sharePct(1449, 2040)).toBe(71.03);
    expect(sharePct(0, 0)).toBe(0);
  });
  it("truncates where asked (what some printed shares of the paper do)", () => expect(truncatedPct(345, 1680)).toBe(20.53));
  it("rejects negative input", () => expect(() => sharePct(-1, 3)).toThrow("sharePct needs a part and a whole ≥ 0"));
});

describe("displayWidth", () => {
  it("counts CJK as two columns", () => expect(displayWidth("土地供应 A")).toBe(10));
});
