import type { Finding } from "../validate/types";
import type { CountCell, Tables, ThemeRow, ToolRow } from "./types";
import { escapeHtml, TABLE_STYLE } from "../util/html";

const STYLE = TABLE_STYLE;

/**
 * HTML for Table 2 (tools × direction) with every recomputed share beside the printed one;
 * a recomputed share that differs from the printed one is shown in red.
 *
 * @example
 * tslab.display.html(toolTableHtml(buildTables(loadDataset())));
 */
export function toolTableHtml(tables: Tables): string {
  const head = `<tr><th rowspan="2">名称 <span class="en">tool</span></th><th colspan="4">促进型 promotion</th><th colspan="4">约束型 constraint</th><th colspan="3">合计 total</th></tr>
<tr>${"<th>files</th><th>points</th><th>%</th><th>printed %</th>".repeat(2)}<th>points</th><th>%</th><th>printed %</th></tr>`;
  const row = (t: ToolRow) =>
    `<tr><td>${escapeHtml(t.label)} <span class="en">${escapeHtml(t.label_en)}</span></td>${cells(t.promotion)}${cells(t.constraint)}<td>${num(t.points)}</td><td>${pct(t)}</td><td>${printed(t)}</td></tr>`;
  return `${STYLE}<table class="toolmix"><caption>Table 2 · 政策工具编码分布: % recomputed from the counts, beside the printed % (red where they differ)</caption>${head}${[...tables.tools, tables.toolTotal].map(row).join("")}</table>`;
}

/**
 * HTML for the theme tables: Table 3 (parents and children) and Tables 4–7 (grandchildren), as one
 * indented table per parent theme with source, files, points and recomputed vs printed shares.
 */
export function themeTablesHtml(tables: Tables): string {
  const parts = tables.themes.map((parent) => {
    const rows: string[] = [];
    const walk = (node: ThemeRow, depth: number) => {
      const indent = "&nbsp;".repeat(depth * 4);
      rows.push(`<tr><td>${indent}${escapeHtml(node.label)} <span class="en">${escapeHtml(node.label_en)}</span></td><td>${escapeHtml(node.source ?? "")}</td>${cells(node)}</tr>`);
      node.children.forEach((child) => walk(child, depth + 1));
    };
    walk(parent, 0);
    return `<table class="toolmix"><caption>${escapeHtml(parent.label)} ${escapeHtml(parent.label_en)}</caption><tr><th>node</th><th>source</th><th>files</th><th>points</th><th>%</th><th>printed %</th></tr>${rows.join("")}</table>`;
  });
  return STYLE + parts.join("");
}

/** HTML list of validator findings (errors first), each with table, node and message. */
export function findingsHtml(findings: readonly Finding[]): string {
  if (findings.length === 0) return "<p>No findings: every printed share and sum checks out.</p>";
  const rows = findings.map((f) => `<tr><td>${f.severity}</td><td>${f.check}</td><td>${escapeHtml(f.source)}</td><td>${escapeHtml(f.label)}</td><td style="text-align:left">${escapeHtml(f.message)}</td></tr>`);
  return `${STYLE}<table class="toolmix"><tr><th>severity</th><th>check</th><th>source</th><th>node</th><th>message</th></tr>${rows.join("")}</table>`;
}

function cells(c: CountCell): string {
  return `<td>${num(c.files)}</td><td>${num(c.points)}</td><td>${pct(c)}</td><td>${printed(c)}</td>`;
}

function printed(c: { pctPrinted: number | null }): string {
  return c.pctPrinted === null ? "–" : c.pctPrinted.toFixed(2);
}

function num(value: number | null): string {
  return value === null ? "–" : String(value);
}

function pct(c: { pct: number | null; pctPrinted: number | null }): string {
  if (c.pct === null) return "–";
  if (c.pctPrinted === null || Math.abs(c.pctPrinted - c.pct) < 1e-9) return c.pct.toFixed(2);
  return `<span class="diff" title="printed ${c.pctPrinted.toFixed(2)}">${c.pct.toFixed(2)}</span>`;
}
