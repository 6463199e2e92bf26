/**
 * The recomputed tables as spreadsheet-ready sheets (`toolmix tables --csv DIR`, `--xlsx FILE`):
 * a header row with bilingual column names, then one row per node with numbers as numbers and
 * empty cells where the source prints nothing. The paper's layout gives Table 2 (tools × direction)
 * and Tables 3–7 (the theme tree, depth in a column); any other scheme one sheet per dimension.
 *
 * @example
 * tableSheets(buildTables(loadDataset()))[0].rows[1]; // ["authority", "权威工具", "Authority tools", 68, 993, 68.53, …]
 */
import { tableText } from "../messages";
import type { Sheet } from "../io/xlsx-write";
import { flattenThemes } from "./build";
import type { SchemeTables } from "./scheme";
import type { Tables } from "./types";

/** The sheets of a dataset's tables, with the file name each has as CSV. */
export function tableSheets(tables: Tables | SchemeTables): Array<Sheet & { file: string }> {
  const h = tableText.sheetColumns;
  if ("layout" in tables) {
    return tables.dimensions.map((d) => ({
      name: `${d.label_zh} ${d.label_en}`,
      file: `${d.dimension}.csv`,
      rows: [[h.node, h.depth, h.kind, h.label, h.labelEn, h.files, h.points, h.pct], ...d.rows.map((r) => [r.id, r.depth, r.kind, r.label, r.label_en, r.files, r.points, r.pct])],
    }));
  }
  const tools = [...tables.tools, tables.toolTotal].map((t) => [t.id, t.label, t.label_en, t.promotion.files, t.promotion.points, t.promotion.pct, t.promotion.pctPrinted, t.constraint.files, t.constraint.points, t.constraint.pct, t.constraint.pctPrinted, t.points, t.pct, t.pctPrinted]);
  const themes = flattenThemes(tables.themes).map((r) => [r.id, r.depth, r.label, r.label_en, r.source, r.files, r.points, r.pct, r.pctPrinted]);
  return [
    { name: tableText.sheetNames.table2, file: "table2-tools.csv", rows: [[h.node, h.label, h.labelEn, ...h.promotion, ...h.constraint, h.points, h.pct, h.pctPrinted], ...tools] },
    { name: tableText.sheetNames.tables3to7, file: "tables3-7-themes.csv", rows: [[h.node, h.depth, h.label, h.labelEn, h.source, h.files, h.points, h.pct, h.pctPrinted], ...themes] },
  ];
}
