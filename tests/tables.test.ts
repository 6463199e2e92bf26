import { describe, expect, it } from "vitest";
import { buildTables, loadDataset, type ThemeRow } from "../lib";
import { PRINTED_SHARE_SLIPS, TABLE2, THEMES, type PrintedRow } from "./paper-printed";

const tables = buildTables(loadDataset());

/** The share the kit must produce: the printed one, except where the paper's print slipped. */
const expectedPct = (label: string, printed: number) => PRINTED_SHARE_SLIPS[label] ?? printed;

describe("Table 2 recomputed from the shipped counts", () => {
  const rows = [...tables.tools, tables.toolTotal];
  it.each(TABLE2.map((r, i) => [r[0], i] as const))("%s matches every printed count and share", (label, i) => {
    const [, pf, pp, ppct, cf, cp, cpct, tp, tpct] = TABLE2[i];
    const row = rows[i];
    expect(row.label).toBe(label);
    expect(row.promotion).toMatchObject({ files: pf, points: pp, pct: ppct });
    expect(row.constraint).toMatchObject({ files: cf, points: cp, pct: cpct });
    expect([row.points, row.pct]).toEqual([tp, tpct]);
  });

  it("finds authority tools at 71.03 % and promotion tools at 66.81 % (section 2.1)", () => {
    expect(tables.tools.find((t) => t.id === "authority")?.pct).toBe(71.03);
    expect(tables.toolTotal.promotion.pct).toBe(66.81);
  });
});

describe("Tables 3–7 recomputed from the shipped counts", () => {
  const check = (node: ThemeRow, [label, files, points, pct]: PrintedRow) => {
    expect(node.label).toBe(label);
    expect({ files: node.files, points: node.points, pct: node.pct }).toEqual({ files, points, pct: expectedPct(label, pct) });
    expect(node.pctPrinted).toBe(pct);
  };
  it.each(THEMES.map((t, i) => [t.parent[0], i] as const))("%s: parent, children and grandchildren", (_label, i) => {
    const printed = THEMES[i];
    const parent = tables.themes[i];
    check(parent, printed.parent);
    expect(parent.children).toHaveLength(printed.children.length);
    printed.children.forEach((child, j) => {
      check(parent.children[j], child.row);
      expect(parent.children[j].children).toHaveLength(child.children.length);
      child.children.forEach((grandchild, k) => check(parent.children[j].children[k], grandchild));
    });
  });

  it("has 1 680 theme points in four parents", () => {
    expect(tables.themeTotal).toBe(1680);
    expect(tables.themes.reduce((s, t) => s + (t.points ?? 0), 0)).toBe(1680);
  });
});

describe("HTML tables for notebooks", () => {
  it("puts each recomputed share beside the printed one and marks differences", async () => {
    const { themeTablesHtml, toolTableHtml } = await import("../lib");
    expect(toolTableHtml(tables)).toContain("<td>1449</td><td>71.03</td><td>71.03</td>");
    const themes = themeTablesHtml(tables);
    expect(themes).toContain('<td>345</td><td><span class="diff" title="printed 20.53">20.54</span></td><td>20.53</td>');
    expect(themes.match(/class="diff"/g)).toHaveLength(3);
  });
});
