/**
 * CSV for people who open it in a spreadsheet: UTF-8 with a byte-order mark (Excel otherwise reads
 * Chinese as mojibake), and text cells that a spreadsheet would take for a formula (starting with
 * = + - @, a tab or a carriage return) written with a leading apostrophe, so they stay text. The
 * kit's own earlier file of a kind is recognised by its header, so it is replaced without --force.
 *
 * Reference: OWASP, "CSV Injection"; ./csv-write.ts (RFC 4180).
 *
 * @example
 * spreadsheetCsv(["id", "clause"], [["a:01", "=1+1"]]); // "\ufeffid,clause\na:01,'=1+1\n"
 */
import { csv } from "./csv-write";
import type { FileOptions } from "./output-write";

/** A text cell as a spreadsheet must keep it: never a formula. */
export function spreadsheetText(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/** The CSV text, with a BOM, every text cell guarded. */
export function spreadsheetCsv(columns: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return `\ufeff${csv(columns, rows.map((row) => row.map((v) => (typeof v === "string" ? spreadsheetText(v) : v))))}`;
}

/** The lib/io/output.ts options of such a file: an existing file is the kit's own when it starts with this header. */
export function spreadsheetCsvOutput(option: string, columns: readonly string[], output: { force?: boolean; inputs?: readonly string[] }): FileOptions {
  const header = columns.join(",");
  return { option, force: output.force, inputs: output.inputs, isOwn: (bytes) => new TextDecoder().decode(bytes.subarray(0, header.length + 8)).replace(/^\ufeff/, "").startsWith(header) };
}
