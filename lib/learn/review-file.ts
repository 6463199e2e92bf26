/**
 * The review list `toolmix code --model … --review FILE.csv` writes: every clause, the model's least
 * certain first, with the label it is least sure of, that label's probability and the codes given,
 * so a researcher corrects where a correction teaches the model most (./uncertainty.ts). Cells are
 * written as text, never as a formula (a clause beginning with = stays text in a spreadsheet).
 *
 * @example
 * reviewCsv(review).split("\n")[0]; // "\ufeffrank,id,document,margin,least_certain,probability,tools,themes,clause"
 */
import { csv } from "../io/csv-write";
import type { FileOptions } from "../io/output-write";
import type { ReviewItem } from "./uncertainty";

// A spreadsheet reads a cell starting with = + - @ (or a tab or carriage return) as a formula; a leading apostrophe keeps it text.
const safe = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

/** The review list as CSV text, with a UTF-8 byte-order mark so that Excel reads the Chinese as Chinese. */
export function reviewCsv(items: readonly ReviewItem[]): string {
  return "\ufeff" + csv(
    ["rank", "id", "document", "margin", "least_certain", "probability", "tools", "themes", "clause"],
    items.map((r, i) => [i + 1, safe(r.id), safe(r.document), r.margin, r.label, r.probability, r.tools.join("|") || "none", r.themes.join("|") || "none", safe(r.text)]),
  );
}

/** The lib/io/output.ts options of the review file: the kit's own earlier list is replaced without --force. */
export function reviewOutput(output: { force?: boolean; inputs?: readonly string[] }): FileOptions {
  return { option: "--review", force: output.force, inputs: output.inputs, isOwn: (bytes) => new TextDecoder().decode(bytes.subarray(0, 80)).replace(/^\ufeff/, "").startsWith("rank,id,document,margin,least_certain") };
}
