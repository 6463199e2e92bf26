/**
 * Reads an evaluation set: a folder with `clauses.csv` (id, document, clause in reading order: the
 * units coded) and one or more codings of them, `id,tools,themes[,notes]` — `gold.csv` (adjudicated)
 * and `coder-*.csv` (independent hand codings). A set without gold.csv takes its only coder file
 * as gold. Every problem is reported at once, naming file, row and field.
 *
 * Reference: tests/fixtures/coding/MANUAL.md (the coding), tests/fixtures/coding/README.md (the sets).
 *
 * @example
 * const set = readEvaluationSet("tests/fixtures/coding/test-2");
 * set.gold.length === set.clauses.length; // true
 */
import { existsSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { InputError, IssueCollector } from "../errors";
import { parseCsv } from "../io/csv";
import { readUtf8 } from "../io/read-text";
import { TOOL_CELLS } from "../coding/lexicon";
import { evaluationText as text } from "../messages";
import { THEMES } from "./labels";
import type { CodedUnit, UnitCodes } from "./types";

/** A clause of a set's clauses.csv. */
export interface SetClause {
  id: string;
  document: string;
  clause: string;
  /** 1-based line of its text, for sets made from texts. */
  line?: number;
}

/** A set read from its folder. */
export interface EvaluationSet {
  folder: string;
  name: string;
  clauses: SetClause[];
  /** The adjudicated (or only) coding, aligned with `clauses`. */
  gold: CodedUnit[];
  /** Independent hand codings by file name (coder-a …), aligned with `clauses`. */
  coders: Record<string, CodedUnit[]>;
}

function splitCodes(value: string, allowed: readonly string[], at: { file: string; row: number; field: string }, issues: IssueCollector): string[] {
  const v = value.trim();
  if (v === "none" || v === "") return [];
  const codes = v.split("|").map((c) => c.trim());
  if (codes.some((c) => !allowed.includes(c))) issues.add({ ...at, found: v, expected: text.expected.codeList(allowed) });
  return [...new Set(codes.filter((c) => allowed.includes(c)))];
}

/** Reads a coding file of a set, aligned with its clauses. */
export function readCoding(file: string, clauses: readonly SetClause[]): CodedUnit[] {
  const table = parseCsv(readUtf8(file), file, ["id", "tools", "themes"]);
  const issues = new IssueCollector();
  const byId = new Map<string, UnitCodes>();
  for (const row of table.rows) {
    const id = row.cells.id;
    if (byId.has(id)) issues.add({ file, row: row.line, field: "id", found: id, expected: text.expected.uniqueId });
    const tools = splitCodes(row.cells.tools, TOOL_CELLS, { file, row: row.line, field: "tools" }, issues);
    const themes = splitCodes(row.cells.themes, THEMES, { file, row: row.line, field: "themes" }, issues);
    byId.set(id, { tools, themes });
  }
  const known = new Set(clauses.map((c) => c.id));
  for (const row of table.rows) if (!known.has(row.cells.id)) issues.add({ file, row: row.line, field: "id", found: row.cells.id, expected: text.expected.clauseId });
  const missing = clauses.filter((c) => !byId.has(c.id));
  if (missing.length > 0) issues.add({ file, field: "id", found: text.missingCoding(missing.length) + `: ${missing.slice(0, 3).map((c) => c.id).join(", ")}`, expected: text.expected.everyClause(clauses.length) });
  issues.throwIfAny();
  return clauses.map((c) => ({ id: c.id, document: c.document, text: c.clause, ...byId.get(c.id)! }));
}

/** Reads a set folder: its clauses, gold coding and independent codings. */
export function readEvaluationSet(folder: string): EvaluationSet {
  const clausesFile = join(folder, "clauses.csv");
  if (!existsSync(clausesFile)) throw new InputError([{ file: folder, expected: text.expected.setFolder }]);
  const clauses = parseCsv(readUtf8(clausesFile), clausesFile, ["id", "document", "clause"]).rows.map((r) => ({ id: r.cells.id, document: r.cells.document, clause: r.cells.clause, ...(/^\d+$/.test(r.cells.line ?? "") ? { line: Number(r.cells.line) } : {}) }));
  const coderFiles = readdirSync(folder).filter((f) => /^coder-[a-z0-9]+\.csv$/.test(f)).sort();
  const coders: Record<string, CodedUnit[]> = {};
  for (const f of coderFiles) coders[basename(f, ".csv")] = readCoding(join(folder, f), clauses);
  const goldFile = join(folder, "gold.csv");
  let gold: CodedUnit[];
  if (existsSync(goldFile)) gold = readCoding(goldFile, clauses);
  else if (coderFiles.length === 1) gold = coders[basename(coderFiles[0], ".csv")];
  else throw new InputError([{ file: goldFile, expected: text.expected.setFolder }]);
  return { folder, name: basename(folder), clauses, gold, coders };
}
