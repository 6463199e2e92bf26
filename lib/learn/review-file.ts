/**
 * The review list `toolmix code --model … --review FILE.csv` writes: every body clause, the model's
 * least certain first, with the label it is least sure of, that label's probability and the codes
 * given, so a researcher corrects where a correction teaches the model most (./uncertainty.ts).
 * Written for spreadsheets (lib/io/spreadsheet-csv.ts: a BOM, text never a formula).
 *
 * @example
 * reviewCsv(review).split("\n")[0]; // "\ufeffrank,id,document,margin,least_certain,probability,tools,themes,clause"
 */
import type { FileOptions } from "../io/output-write";
import { spreadsheetCsv, spreadsheetCsvOutput } from "../io/spreadsheet-csv";
import type { ReviewItem } from "./uncertainty";

const COLUMNS = ["rank", "id", "document", "margin", "least_certain", "probability", "tools", "themes", "clause"];

/** The review list as CSV text. */
export function reviewCsv(items: readonly ReviewItem[]): string {
  return spreadsheetCsv(COLUMNS, items.map((r, i) => [i + 1, r.id, r.document, r.margin, r.label, r.probability, r.tools.join("|") || "none", r.themes.join("|") || "none", r.text]));
}

/** The lib/io/output.ts options of the review file: the kit's own earlier list is replaced without --force. */
export function reviewOutput(output: { force?: boolean; inputs?: readonly string[] }): FileOptions {
  return spreadsheetCsvOutput("--review", COLUMNS, output);
}
