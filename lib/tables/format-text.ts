import { displayWidth, pad } from "../util/text-width";
import type { CountCell, Tables, ThemeRow } from "./types";

/**
 * Renders the recomputed tables as plain text for a terminal: Table 2, then each parent theme with
 * its children and grandchildren (Tables 3–7), then the validator's warnings. A share whose printed
 * value differs from the recomputed one is flagged with `*` and the printed value.
 *
 * @example
 * console.log(formatTables(buildTables(loadDataset())));
 */
export function formatTables(tables: Tables): string {
  const out: string[] = [];
  out.push("Table 2 · policy tools (promotion | constraint | total)");
  const toolHeader = ["tool", "files", "points", "%", "files", "points", "%", "points", "%"];
  const toolRows = [...tables.tools, tables.toolTotal].map((t) => [
    `${t.label} ${t.label_en}`,
    ...cellColumns(t.promotion),
    ...cellColumns(t.constraint),
    num(t.points),
    pct(t),
  ]);
  out.push(grid(toolHeader, toolRows));
  out.push("");
  out.push(`Tables 3–7 · policy themes (${tables.themeTotal ?? "?"} reference points)`);
  const themeRows: string[][] = [];
  const walk = (rows: readonly ThemeRow[], depth: number) =>
    rows.forEach((row) => {
      themeRows.push([`${"  ".repeat(depth)}${row.label} ${row.label_en}`, row.source ?? "", ...cellColumns(row)]);
      walk(row.children, depth + 1);
    });
  walk(tables.themes, 0);
  out.push(grid(["theme", "source", "files", "points", "%"], themeRows));
  const findings = [...tables.errors, ...tables.warnings];
  if (findings.length > 0) {
    out.push("");
    out.push(`Findings (${tables.errors.length} errors, ${tables.warnings.length} warnings):`);
    for (const f of findings) out.push(`  ${f.severity} [${f.check}] ${f.source} ${f.label} (${f.node}): ${f.message}`);
  }
  return out.join("\n");
}

function cellColumns(c: CountCell): string[] {
  return [num(c.files), num(c.points), pct(c)];
}

function num(value: number | null): string {
  return value === null ? "–" : String(value);
}

function pct(c: { pct: number | null; pctPrinted: number | null }): string {
  if (c.pct === null) return "–";
  const text = c.pct.toFixed(2);
  return c.pctPrinted !== null && Math.abs(c.pctPrinted - c.pct) > 1e-9 ? `${text}* (printed ${c.pctPrinted.toFixed(2)})` : text;
}

/**
 * A plain-text table: header, a rule, then the rows; the first column left-aligned, the others
 * right-aligned, widths measured in terminal columns (a Chinese character takes two).
 *
 * @example
 * grid(["node", "points"], [["供给型 Supply", "12"]]);
 */
export function grid(header: readonly string[], rows: readonly string[][]): string {
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]))));
  const line = (cells: readonly string[]) => cells.map((c, i) => pad(c, widths[i], i === 0 ? "left" : "right")).join("  ");
  return [line(header), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
