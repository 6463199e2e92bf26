/**
 * Every coded clause as a CSV to read or check without NVivo (`toolmix code --clauses FILE.csv`):
 * one row per body clause (or sentence), coded or not, with its id (as `toolmix train` numbers
 * clauses), document, line, the cells and themes it was coded at and the words that decided (the
 * matched text of the cues of those cells), then the text; written for spreadsheets
 * (lib/io/spreadsheet-csv.ts: a byte-order mark, text never a formula).
 *
 * @example
 * clausesCsv(codeTexts(texts).segments).split("\n")[0]; // "\ufeffid,document,line,tools,themes,cues,clause"
 */
import type { FileOptions } from "../io/output-write";
import { spreadsheetCsv, spreadsheetCsvOutput } from "../io/spreadsheet-csv";
import { clauseIds } from "../learn/corrected-project";
import type { AnyCodedSegment } from "./choose-coder";

const COLUMNS = ["id", "document", "line", "tools", "themes", "cues", "clause"];

/**
 * The words that decided a segment's coding: the matched text of the cues of the cells (or, for the
 * scheme coder, the nodes and their cells) it carries — not a pattern's name, not a cue a role overruled.
 *
 * @example
 * decidingWords(codeTexts([{ id: "a", text: "配套用房不得分割。" }]).segments[0]); // ["不得"]
 */
export function decidingWords(s: AnyCodedSegment): string[] {
  if (!("toolCues" in s)) return [];
  const carried = (c: { cell?: string; node?: string }) => s.tools.some((t) => t === c.cell || t === c.node || (c.node !== undefined && t.startsWith(`${c.node}.`)));
  const hits = (s.toolCues as readonly { cell?: string; node?: string; start: number; end: number }[]).filter(carried);
  return [...new Set(hits.map((c) => s.text.slice(c.start - s.start, c.end - s.start)))];
}

/** The body clauses of coded segments as CSV text. */
export function clausesCsv(segments: readonly AnyCodedSegment[]): string {
  const ids = clauseIds(segments);
  const rows = segments.flatMap((s, i) => (s.kind === "body" ? [[ids[i], s.document, s.line, s.tools.join("|") || "none", [...s.themes].join("|") || "none", decidingWords(s).join("、"), s.text]] : []));
  return spreadsheetCsv(COLUMNS, rows);
}

/** The lib/io/output.ts options of the clause list: the kit's own earlier list is replaced without --force. */
export function clausesOutput(output: { force?: boolean; inputs?: readonly string[] }): FileOptions {
  return spreadsheetCsvOutput("--clauses", COLUMNS, output);
}
