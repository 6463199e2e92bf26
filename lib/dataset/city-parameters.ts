import { IssueCollector } from "../errors";
import { parseCsv } from "../io/csv";
import { text, type CellReader } from "../io/fields";
import type { CityParameterRow } from "./types";

/** Columns of city_parameters.csv, in order. */
export const CITY_PARAMETER_COLUMNS = ["section", "place", "place_en", "parameter", "value", "unit", "qualifier", "quote"] as const;

/**
 * Parses city_parameters.csv: numbers stated in the text (plot ratios, split-transfer caps,
 * value-added recapture), one row per place and parameter, each with its section and quote.
 * Values that look like numbers become numbers; categories (`lower_bound`) and booleans stay text.
 *
 * @example
 * parseCityParameters(readUtf8(path), path).find((p) => p.place_en === "Tianjin")?.value; // 50
 */
export function parseCityParameters(csvText: string, file: string): CityParameterRow[] {
  const table = parseCsv(csvText, file, CITY_PARAMETER_COLUMNS);
  const issues = new IssueCollector();
  const reader: CellReader = { file, issues };
  const rows: CityParameterRow[] = [];
  for (const row of table.rows) {
    const before = issues.count;
    const section = text(reader, row, "section");
    const place = text(reader, row, "place");
    const parameter = text(reader, row, "parameter");
    const raw = text(reader, row, "value");
    if (issues.count > before) continue;
    const value = /^-?\d+(\.\d+)?$/.test(raw!) ? Number(raw) : raw!;
    const cells = row.cells;
    rows.push({ section: section!, place: place!, place_en: cells.place_en, parameter: parameter!, value, unit: cells.unit, qualifier: cells.qualifier, quote: cells.quote });
  }
  issues.throwIfAny();
  return rows;
}
