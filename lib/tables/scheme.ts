/**
 * Generic tables for any coding scheme: one table per dimension (tools; the second dimension —
 * themes, policy stages, …), each an indented tree of every node with its files, reference points
 * and share of its parent's points. The paper's Tables 2–7 layout (lib/tables/build.ts) is kept for
 * the paper's scheme; every other codebook (sub-tools, no directions, another scheme) gets these.
 * Shares are recomputed from the counts and rounded to two decimals, as in the paper's tables.
 */
import { hasPaperLayout } from "../dataset/codebook";
import type { Dataset, Dimension, NodeInfo, SchemeInfo } from "../dataset/types";
import { schemeTables } from "../messages";
import { sharePct } from "../util/percent";
import { validateDataset } from "../validate";
import { canonicalCounts } from "../validate/canonical";
import type { Finding } from "../validate/types";
import { grid } from "./format-text";
import { buildTables } from "./build";
import type { Tables } from "./types";

/** One node's row of a generic table. */
export interface SchemeRow {
  id: string;
  label: string;
  label_en: string;
  kind: NodeInfo["kind"];
  parent: string | null;
  /** 0 for the dimension's total, 1 for its top-level nodes, one more per level. */
  depth: number;
  files: number | null;
  points: number | null;
  /** Share of the parent's points in percent (two decimals); for a direction margin, of all tool points. */
  pct: number | null;
}

/** The table of one dimension. */
export interface DimensionTable {
  dimension: Dimension;
  label_zh: string;
  label_en: string;
  /** Reference points of the dimension (its root's count). */
  total: number | null;
  /** Total first, then the tree depth-first in codebook order; direction margins last. */
  rows: SchemeRow[];
}

/** Generic tables of a dataset: the scheme, one table per dimension, the validator's findings. */
export interface SchemeTables {
  layout: "generic";
  scheme: SchemeInfo;
  dimensions: DimensionTable[];
  warnings: Finding[];
  errors: Finding[];
}

/**
 * The generic tables of a dataset, for any scheme.
 *
 * @example
 * const t = buildSchemeTables(loadDataset("tests/fixtures/sde-docs"));
 * t.dimensions[0].rows[1]; // { id: "supply", depth: 1, points: …, pct: … }
 */
export function buildSchemeTables(dataset: Dataset): SchemeTables {
  const counts = canonicalCounts(dataset);
  const nodes = dataset.codebook.nodes;
  const row = (node: NodeInfo, depth: number): SchemeRow => {
    const own = counts.get(node.id);
    const whole = node.parent === null ? own : counts.get(node.parent);
    const pct = own === undefined || whole === undefined ? null : sharePct(own.points, whole.points);
    return { id: node.id, label: node.label_zh, label_en: node.label_en, kind: node.kind, parent: node.parent, depth, files: own?.files ?? null, points: own?.points ?? null, pct };
  };
  const table = (dimension: Dimension): DimensionTable => {
    const root = nodes.get(dimension)!;
    const rows: SchemeRow[] = [];
    const walk = (id: string, depth: number) => {
      const node = nodes.get(id)!;
      rows.push(row(node, depth));
      node.children.forEach((child) => walk(child, depth + 1));
    };
    walk(dimension, 0);
    for (const node of nodes.values()) if (node.dimension === dimension && node.kind === "margin") rows.push(row(node, 1));
    const labels = dimension === "themes" ? dataset.codebook.theme_dimension : { label_zh: schemeTables.toolsZh, label_en: schemeTables.toolsEn };
    return { dimension, ...labels, total: counts.get(root.id)?.points ?? null, rows };
  };
  const report = validateDataset(dataset);
  return { layout: "generic", scheme: dataset.codebook.scheme, dimensions: [table("tools"), table("themes")], warnings: [...report.warnings], errors: [...report.errors] };
}

/**
 * The tables `toolmix tables` shows for a dataset: the paper's Tables 2–7 layout for the paper's
 * scheme (directions, no sub-tools), the generic tables for any other.
 *
 * @example
 * tablesFor(loadDataset()).layout; // undefined (the paper's layout); "generic" for another scheme
 */
export function tablesFor(dataset: Dataset): Tables | SchemeTables {
  return hasPaperLayout(dataset.codebook) ? buildTables(dataset) : buildSchemeTables(dataset);
}

/**
 * Renders generic tables as plain text: the scheme, then per dimension an indented tree with
 * files, points and % of parent, then the validator's findings.
 *
 * @example
 * console.log(formatSchemeTables(buildSchemeTables(dataset)));
 */
export function formatSchemeTables(tables: SchemeTables): string {
  const out: string[] = [schemeTables.scheme(tables.scheme.id, `${tables.scheme.label_zh} ${tables.scheme.label_en}`), ""];
  for (const t of tables.dimensions) {
    out.push(schemeTables.title(t.label_zh, t.label_en, t.total));
    const rows = t.rows.map((r) => [`${"  ".repeat(r.depth)}${r.label} ${r.label_en}`, num(r.files), num(r.points), r.pct === null ? "–" : r.pct.toFixed(2)]);
    out.push(grid(schemeTables.header, rows), "");
  }
  const findings = [...tables.errors, ...tables.warnings];
  if (findings.length > 0) {
    out.push(schemeTables.findings(tables.errors.length, tables.warnings.length));
    for (const f of findings) out.push(`  ${f.severity} [${f.check}] ${f.source} ${f.label} (${f.node}): ${f.message}`);
  }
  return out.join("\n").trimEnd();
}

function num(value: number | null): string {
  return value === null ? "–" : String(value);
}
