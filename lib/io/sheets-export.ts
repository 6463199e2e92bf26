/**
 * Sheets for spreadsheets, as `--csv DIR` (one CSV per sheet, in a folder of its own) and `--xlsx FILE`
 * (one workbook, a sheet each): what `toolmix tables`, `simulate` and `score` write, under the output
 * rules of ./output.ts (never into data/ or an input, a foreign folder or file only with --force),
 * Chinese labels intact, numbers as numbers (./xlsx-write.ts writes the workbook itself, ./csv-write.ts
 * the CSV with its formula guard).
 *
 * @example
 * exportSheets(tableSheets(tables), { csv: "output/tables", kind: "tables", inputs: ["data/paper-m0"] }); // ["Written to output/tables: …"]
 */
import { csv } from "./csv-write";
import { writeOutputFile, writeOutputFolder } from "./output";
import type { OutputKind } from "./output-marker";
import { isToolmixXlsx, xlsxWorkbook, type Sheet } from "./xlsx-write";
import { matrixText } from "../messages";

/** A sheet and the name of its CSV file. */
export type FileSheet = Sheet & { file: string };

/** Writes the sheets as asked; returns the lines that say where. */
export function exportSheets(sheets: readonly FileSheet[], options: { csv?: string; xlsx?: string; force?: boolean; inputs: readonly string[]; kind: OutputKind }): string[] {
  const lines: string[] = [];
  if (options.csv !== undefined) {
    const cell = (v: string | number | null) => (v === null ? "" : v);
    const files = sheets.map((s) => ({ file: s.file, body: csv(s.rows[0].map(String), s.rows.slice(1).map((r) => r.map(cell))) }));
    writeOutputFolder(options.csv, files, { kind: options.kind, option: "--csv", force: options.force, inputs: options.inputs });
    lines.push(matrixText.text.written(options.csv, files.map((f) => f.file)));
  }
  if (options.xlsx !== undefined) {
    writeOutputFile(options.xlsx, xlsxWorkbook(sheets), { option: "--xlsx", force: options.force, inputs: options.inputs, isOwn: isToolmixXlsx });
    lines.push(matrixText.text.written(options.xlsx, sheets.map((s) => s.name)));
  }
  return lines;
}
