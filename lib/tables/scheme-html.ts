/**
 * HTML of the generic tables of any scheme (lib/tables/scheme.ts), for notebooks and the report:
 * one table per dimension, an indented tree of every node with files, reference points and the
 * share of its parent's points, then the validator's findings.
 *
 * @example
 * showHtml(schemeTablesHtml(buildSchemeTables(loadDataset("data/examples/sde-example/dataset"))));
 */
import { schemeTables } from "../messages";
import { escapeHtml, TABLE_STYLE } from "../util/html";
import { findingsHtml } from "./html";
import type { DimensionTable, SchemeTables } from "./scheme";

/** Every dimension's table of `tables`, with the scheme as heading and the findings below. */
export function schemeTablesHtml(tables: SchemeTables): string {
  const heading = `<p><b>${escapeHtml(schemeTables.scheme(tables.scheme.id, `${tables.scheme.label_zh} ${tables.scheme.label_en}`))}</b></p>`;
  const findings = [...tables.errors, ...tables.warnings];
  return `${TABLE_STYLE}${heading}${tables.dimensions.map(dimensionHtml).join("")}${findingsHtml(findings)}`;
}

function dimensionHtml(t: DimensionTable): string {
  const [node, files, points, pct] = schemeTables.header;
  const rows = t.rows.map((r) => {
    const label = `${"&nbsp;".repeat(4 * r.depth)}${escapeHtml(r.label)} <span class="en">${escapeHtml(r.label_en)}</span>`;
    return `<tr><td>${label}</td><td>${num(r.files)}</td><td>${num(r.points)}</td><td>${r.pct === null ? "–" : r.pct.toFixed(2)}</td></tr>`;
  });
  const caption = escapeHtml(schemeTables.title(t.label_zh, t.label_en, t.total));
  return `<table class="toolmix"><caption>${caption}</caption><tr><th>${escapeHtml(node)}</th><th>${escapeHtml(files)}</th><th>${escapeHtml(points)}</th><th>${escapeHtml(pct)}</th></tr>${rows.join("")}</table>`;
}

function num(value: number | null): string {
  return value === null ? "–" : String(value);
}
