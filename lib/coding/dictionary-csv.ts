/**
 * A keyword list as a scheme dictionary: a CSV file with the header `term,code[,weight]`, one cue
 * term a row. `code` is a node id of the scheme's codebook — a tool or sub-tool, a tool ×
 * direction cell (`authority.constraint`: the term then signals that direction), or a node of
 * the second dimension; `weight` a positive number, default 1 (an empty cell, or a row that
 * leaves the column out) (it decides the tool of a clause,
 * ./scheme-coder.ts). The same term may point to several codes; the same term and code twice is
 * an error. The list REPLACES the codebook's cue words: it is the whole dictionary, so what is
 * coded is exactly what the file says.
 *
 * Read like every CSV of the kit: UTF-8 only (a GBK file is refused with the line of its first
 * bad byte), within the input size limit (`--max-input-mb`, lib/io/limits.ts, checked before
 * reading), RFC 4180 quoting (lib/io/csv.ts). Every problem of the file is reported at once, each
 * with the file, the row, the field, what was found and what was expected.
 *
 * Reference: lib/io/csv.ts, lib/io/read-text.ts; docs/codebook.md.
 *
 * @example
 * const dict = readDictionaryCsv("my-words.csv", sde);   // term,code,weight \n 专项资金,supply.funding,2
 * dict.entries[0];  // { term: "专项资金", node: "supply.funding", dimension: "tools", direction: null, weight: 2 }
 */
import type { IndexedCodebook } from "../dataset/types";
import { IssueCollector } from "../errors";
import { parseCsv } from "../io/csv";
import { readUtf8 } from "../io/read-text";
import { dictionaryText as text } from "../messages";
import { closestName } from "../util/closest";
import { dictionaryTarget, type DictionaryEntry, type SchemeDictionary } from "./dictionary";

const COLUMNS = ["term", "code", "weight"];
const DECIMAL = /^(\d+(\.\d*)?|\.\d+)$/;

/**
 * Reads and checks a keyword CSV for `codebook`.
 *
 * @example
 * readDictionaryCsv("words.csv", codebook).entries.length; // the rows of the file
 */
export function readDictionaryCsv(file: string, codebook: IndexedCodebook): SchemeDictionary {
  return parseDictionaryCsv(readUtf8(file), file, codebook);
}

/**
 * Checks and reads the text of a keyword CSV; `file` names it in errors.
 *
 * @example
 * parseDictionaryCsv("term,code\n贷款,environment.finance\n", "w.csv", sde).entries[0].node; // "environment.finance"
 */
export function parseDictionaryCsv(csvText: string, file: string, codebook: IndexedCodebook): SchemeDictionary {
  // The weight may be left out of a row (`贷款,environment.finance` under a term,code,weight header).
  const table = parseCsv(csvText, file, ["term", "code"], { optionalTrailing: ["weight"] });
  const issues = new IssueCollector();
  const unknown = table.columns.filter((c) => !COLUMNS.includes(c));
  if (unknown.length > 0) issues.add({ file, row: 1, field: unknown[0], found: text.found.columns(table.columns), expected: text.expected.columns });
  issues.throwIfAny();
  const examples = exampleCodes(codebook);
  const codes = [...codebook.nodes.keys()].filter((id) => typeof dictionaryTarget(codebook, id) === "object");
  const seen = new Map<string, number>();
  const entries: DictionaryEntry[] = [];
  for (const row of table.rows) {
    const before = issues.count;
    const term = row.cells.term;
    const code = row.cells.code;
    if (term === "") issues.add({ file, row: row.line, field: "term", found: "", expected: text.expected.term });
    const target = dictionaryTarget(codebook, code);
    if (target === "unknown") issues.add({ file, row: row.line, field: "code", found: code, expected: text.expected.code(codebook.scheme.id, examples, closestName(code, codes)) });
    else if (target === "not-leaf") issues.add({ file, row: row.line, field: "code", found: code, expected: text.expected.leafForDirections(codebook.scheme.id) });
    const weight = readWeight(row.cells.weight ?? "");
    if (weight === undefined) issues.add({ file, row: row.line, field: "weight", found: row.cells.weight, expected: text.expected.weight });
    const key = `${term}\u0000${code}`;
    const first = seen.get(key);
    if (term !== "" && first !== undefined) issues.add({ file, row: row.line, field: "term", found: text.found.pair(term, code), expected: text.expected.once(first) });
    if (first === undefined) seen.set(key, row.line);
    if (issues.count === before && typeof target === "object") entries.push({ term, ...target, weight: weight as number });
  }
  issues.throwIfAny();
  if (!entries.some((e) => e.dimension === "tools")) {
    issues.add({ file, field: "code", found: text.found.noToolTerms(entries.length), expected: text.expected.someTerms });
    issues.throwIfAny();
  }
  return { codebook, entries, source: text.coder.csv(file) };
}

/** A positive weight in plain decimal notation; empty is 1; anything else undefined. */
function readWeight(raw: string): number | undefined {
  if (raw === "") return 1;
  const value = DECIMAL.test(raw) ? Number(raw) : Number.NaN;
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/** A few codes of the scheme to show in an error: its first leaf tool (or cell) and first second-dimension node. */
function exampleCodes(codebook: IndexedCodebook): string[] {
  const nodes = [...codebook.nodes.values()];
  const tool = nodes.find((n) => typeof dictionaryTarget(codebook, n.id) === "object" && n.dimension === "tools" && (n.kind === "cell" || n.children.length === 0));
  const theme = nodes.find((n) => n.kind === "theme");
  return [tool?.id, theme?.id].filter((x): x is string => x !== undefined);
}
