/**
 * The main job's results for spreadsheets, written beside the report so that it can link them:
 * `spreadsheets/NAME.xlsx` (one sheet per table) and `spreadsheets/NAME/` (one CSV per table) for the
 * recomputed tables, the simulation and the scores — what `toolmix tables|simulate|score --csv --xlsx`
 * write, under the same output rules (lib/io/sheets-export.ts).
 *
 * @example
 * writeRunSpreadsheets("output", context).map((s) => s.xlsx); // ["spreadsheets/tables.xlsx", …]
 */
import { join } from "node:path";
import type { FigureContext } from "../figures/registry";
import { prepareOutputFile, prepareOutputFolder } from "../io/output";
import { exportSheets, type FileSheet } from "../io/sheets-export";
import { isToolmixXlsx } from "../io/xlsx-write";
import type { OutputKind } from "../io/output-marker";
import { scoreSheets } from "../score/sheets";
import { simulationSheets } from "../simulate/sheets";
import { tableSheets } from "../tables/sheets";

/** One set of sheets as written: what it holds, its workbook and its CSV folder (paths relative to the run folder). */
export interface SpreadsheetLink {
  title: string;
  xlsx: string;
  csv: string;
  sheets: number;
}

const KINDS: readonly OutputKind[] = ["tables", "simulation", "scores"];

/** Checks every folder and workbook of {@link writeRunSpreadsheets} before the slow work; writes nothing. */
export function prepareRunSpreadsheets(root: string, options: { force?: boolean } = {}): void {
  for (const kind of KINDS) {
    prepareOutputFolder(join(root, "spreadsheets", kind), { kind, option: "--out", force: options.force });
    prepareOutputFile(join(root, "spreadsheets", `${kind}.xlsx`), { option: "--out", force: options.force, isOwn: isToolmixXlsx });
  }
}

/** Writes the tables, the simulation and the scores of `ctx` under `root`/spreadsheets; returns the links. */
export function writeRunSpreadsheets(root: string, ctx: FigureContext, options: { force?: boolean } = {}): SpreadsheetLink[] {
  const sets: Array<[OutputKind, string, FileSheet[]]> = [
    ["tables", "Tables 2–7, recomputed", tableSheets(ctx.tables)],
    ["simulation", "Scenarios: every indicator's median and 95 % interval, baseline and scenario", simulationSheets(ctx.simulation)],
    ["scores", "Scores: ranking, criteria, rank acceptabilities", scoreSheets(ctx.score)],
  ];
  return sets.map(([kind, title, sheets]) => {
    const xlsx = join("spreadsheets", `${kind}.xlsx`);
    const csv = join("spreadsheets", kind);
    exportSheets(sheets, { csv: join(root, csv), xlsx: join(root, xlsx), force: options.force, inputs: [], kind });
    return { title, xlsx, csv, sheets: sheets.length };
  });
}
