import type { CountRow, Dataset, NodeInfo } from "../dataset/types";
import { validateDataset } from "../validate";
import { canonicalCounts } from "../validate/canonical";
import { sharePct } from "../util/percent";
import type { CountCell, Tables, ThemeRow, ToolRow } from "./types";

/**
 * Recomputes the paper's tables from a dataset's counts: Table 2 (tools × direction) and the theme
 * hierarchy of Tables 3–7. Every `pct` is the node's share of its parent's points (of the
 * dimension's total for top-level nodes), recomputed and rounded to two decimals as the paper
 * prints it; the printed value rides along as `pctPrinted`. Validation findings are attached.
 *
 * @example
 * const t = buildTables(loadDataset());
 * t.tools[0].pct;       // 71.03 (authority)
 * t.themes[1].pct;      // 20.54 (土地使用; printed 20.53)
 */
export function buildTables(dataset: Dataset): Tables {
  const counts = canonicalCounts(dataset);
  const nodes = dataset.codebook.nodes;
  const cellOf = (id: string): CountCell => {
    const node = nodes.get(id)!;
    const own = counts.get(id);
    const parent = node.parent === null ? own : counts.get(node.parent);
    return cell(own, parent);
  };
  const toolRow = (node: NodeInfo, promotionId: string, constraintId: string): ToolRow => {
    const own = cellOf(node.id);
    return {
      id: node.id,
      label: counts.get(node.id)?.label_printed || node.label_zh,
      label_en: node.label_en,
      promotion: cellOf(promotionId),
      constraint: cellOf(constraintId),
      points: own.points,
      pct: own.pct,
      pctPrinted: own.pctPrinted,
    };
  };
  const root = nodes.get("tools")!;
  const tools = root.children.map((id) => toolRow(nodes.get(id)!, `${id}.promotion`, `${id}.constraint`));
  const toolTotal = toolRow(root, "tools.promotion", "tools.constraint");
  const themeRow = (node: NodeInfo): ThemeRow => ({
    id: node.id,
    label: node.label_zh,
    label_en: node.label_en,
    source: counts.get(node.id)?.source ?? null,
    ...cellOf(node.id),
    children: node.children.map((id) => themeRow(nodes.get(id)!)),
  });
  const themes = nodes.get("themes")!.children.map((id) => themeRow(nodes.get(id)!));
  const report = validateDataset(dataset);
  return { tools, toolTotal, themes, themeTotal: counts.get("themes")?.points ?? null, warnings: [...report.warnings], errors: [...report.errors] };
}

function cell(own: CountRow | undefined, parent: CountRow | undefined): CountCell {
  if (own === undefined) return { files: null, points: null, pct: null, pctPrinted: null };
  const pct = parent === undefined ? null : sharePct(own.points, parent.points);
  return { files: own.files, points: own.points, pct, pctPrinted: own.pct_printed };
}

/** The theme rows of one printed table, flattened parent-first (for display and data frames). */
export function flattenThemes(rows: readonly ThemeRow[], depth = 1): Array<ThemeRow & { depth: number }> {
  return rows.flatMap((row) => [{ ...row, depth }, ...flattenThemes(row.children, depth + 1)]);
}
