/**
 * `toolmix tables --csv DIR` and `--xlsx FILE`: the recomputed tables for spreadsheets, written
 * under the output rules (lib/io/output.ts): CSV files in a folder of their own, or one workbook
 * with a sheet per table (lib/io/xlsx-write.ts), Chinese labels intact, numbers as numbers.
 *
 * @example
 * exportTables(tables, { csv: "output/tables", inputs: ["data/paper-m0"] }); // "Written to output/tables: table2-tools.csv, tables3-7-themes.csv"
 */
import { exportSheets } from "../io/sheets-export";
import type { SchemeTables } from "../tables/scheme";
import { tableSheets } from "../tables/sheets";
import type { Tables } from "../tables/types";

/** Writes what was asked for; returns the lines that say where. */
export function exportTables(tables: Tables | SchemeTables, options: { csv?: string; xlsx?: string; force?: boolean; inputs: readonly string[] }): string[] {
  return exportSheets(tableSheets(tables), { ...options, kind: "tables" });
}
