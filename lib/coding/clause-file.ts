/**
 * Every coded clause as a CSV to read or check without NVivo (`toolmix code --clauses FILE.csv`):
 * one row per body clause (or sentence), coded or not, with its id (as `toolmix train` numbers
 * clauses), document, line, the cells and themes it was coded at and the words that decided (the
 * matched text of the cues of those cells), then the text. UTF-8
 * with a byte-order mark, so that Excel reads the Chinese; a cell starting with = + - @ is written
 * as text, never as a formula.
 *
 * @example
 * clausesCsv(codeTexts(texts).segments).split("\n")[0]; // "\ufeffid,document,line,tools,themes,cues,clause"
 */
import { csv } from "../io/csv-write";
import type { FileOptions } from "../io/output-write";
import { clauseIds } from "../learn/corrected-project";
import type { AnyCodedSegment } from "./choose-coder";

const safe = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
const HEADER = "id,document,line,tools,themes,cues,clause";

/** The body clauses of coded segments as CSV text. */
export function clausesCsv(segments: readonly AnyCodedSegment[]): string {
  const ids = clauseIds(segments);
  const rows = segments.flatMap((s, i) => {
    if (s.kind !== "body") return [];
    // The words that decided: matches of cues of the cells the clause carries (not a pattern's name, not a cue a role overruled).
    // The paper's coder names a hit's cell; the scheme coder its node (a tool, or the leaf of a cell).
    const carried = (c: { cell?: string; node?: string }) => s.tools.some((t) => t === c.cell || t === c.node || (c.node !== undefined && t.startsWith(`${c.node}.`)));
    const hits = "toolCues" in s ? (s.toolCues as readonly { cell?: string; node?: string; start: number; end: number }[]).filter(carried) : [];
    const cues = [...new Set(hits.map((c) => s.text.slice(c.start - s.start, c.end - s.start)))].join("、");
    return [[safe(ids[i]), safe(s.document), s.line, s.tools.join("|") || "none", [...s.themes].join("|") || "none", safe(cues), safe(s.text)]];
  });
  return `\ufeff${csv(HEADER.split(","), rows)}`;
}

/** The lib/io/output.ts options of the clause list: the kit's own earlier list is replaced without --force. */
export function clausesOutput(output: { force?: boolean; inputs?: readonly string[] }): FileOptions {
  return { option: "--clauses", force: output.force, inputs: output.inputs, isOwn: (bytes) => new TextDecoder().decode(bytes.subarray(0, 60)).replace(/^\ufeff/, "").startsWith(HEADER) };
}
