/**
 * `toolmix tables --csv DIR` and `--xlsx FILE`: the recomputed tables for spreadsheets, written
 * under the output rules (lib/io/output.ts): CSV files in a folder of their own, or one workbook
 * with a sheet per table (lib/io/xlsx-write.ts), Chinese labels intact, numbers as numbers.
 *
 * @example
 * exportTables(tables, { csv: "output/tables", inputs: ["data/paper-m0"] }); // "Written to output/tables: table2-tools.csv, tables3-7-themes.csv"
 */
import { csv } from "../io/csv-write";
import { writeOutputFile, writeOutputFolder } from "../io/output";
import { isToolmixXlsx, xlsxWorkbook } from "../io/xlsx-write";
import { matrixText } from "../messages";
import type { SchemeTables } from "../tables/scheme";
import { tableSheets } from "../tables/sheets";
import type { Tables } from "../tables/types";

/** Writes what was asked for; returns the lines that say where. */
export function exportTables(tables: Tables | SchemeTables, options: { csv?: string; xlsx?: string; force?: boolean; inputs: readonly string[] }): string[] {
  const sheets = tableSheets(tables);
  const lines: string[] = [];
  if (options.csv !== undefined) {
    const cell = (v: string | number | null) => (v === null ? "" : v);
    const files = sheets.map((s) => ({ file: s.file, body: csv(s.rows[0].map(String), s.rows.slice(1).map((r) => r.map(cell))) }));
    writeOutputFolder(options.csv, files, { kind: "tables", option: "--csv", force: options.force, inputs: options.inputs });
    lines.push(matrixText.text.written(options.csv, files.map((f) => f.file)));
  }
  if (options.xlsx !== undefined) {
    writeOutputFile(options.xlsx, xlsxWorkbook(sheets), { option: "--xlsx", force: options.force, inputs: options.inputs, isOwn: isToolmixXlsx });
    lines.push(matrixText.text.written(options.xlsx, sheets.map((s) => s.name)));
  }
  return lines;
}
