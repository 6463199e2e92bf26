/**
 * Coding a corpus one document at a time, in memory bounded by the largest document: each file is
 * read, coded, reduced to its counts and dropped before the next is read. What remains is a
 * compact project — sources without their texts, one coding entry per document and code with its
 * count — which maps onto the codebook exactly as the full project does (lib/import/map.ts counts
 * `count`), and the clause statistics `toolmix code` prints. Used when nothing needs every clause
 * at once (no .qdpx to write, no review or clause list): a 50 MB corpus then codes in a few hundred MB.
 *
 * Reference: lib/qda/types.ts (ForeignCoding.count), ./code-files.ts (the full path).
 *
 * @example
 * const { project, stats } = codeStreamed(files, (texts) => codeForScheme(texts, scheme), { skipLines: 0 });
 * stats.body; // body clauses of the whole corpus
 */
import type { DocumentCount } from "../dataset/types";
import { InputError, type InputIssue } from "../errors";
import { coding as codingText } from "../messages";
import type { ForeignCoding, ForeignProject } from "../qda/types";
import type { AnyCodedSegment } from "./choose-coder";
import type { CoderText } from "./coder";
import { readCoderTexts } from "./text-files";

/** What `toolmix code` says of the clauses it coded. */
export interface ClauseStats {
  segments: number;
  body: number;
  /** Body clauses coded at a tool. */
  coded: number;
  /** Purpose statements and transmittals (never coded). */
  genre: number;
  structural: number;
}

/** The statistics of coded segments. */
export function clauseStats(segments: readonly AnyCodedSegment[]): ClauseStats {
  const body = segments.filter((x) => x.kind === "body");
  return { segments: segments.length, body: body.length, coded: body.filter((x) => x.tools.length > 0).length, genre: body.filter((x) => x.role === "purpose" || x.role === "transmittal").length, structural: segments.length - body.length };
}

/** A coder of a batch of texts, as ./choose-coder.ts and lib/learn/apply.ts give. */
export type BatchCoder = (texts: readonly CoderText[]) => { coded: { segments: readonly AnyCodedSegment[]; documentCounts: readonly DocumentCount[]; project: ForeignProject }; changed?: number; clauses?: number };

/** Codes `files` one at a time; returns the compact project and the statistics. */
export function codeStreamed(files: readonly string[], code: BatchCoder, options: { skipLines: number; file: string; note: (texts: number, segments: number, coded: number) => string; onText?: (done: number, total: number) => void }): { project: ForeignProject; stats: ClauseStats; changed: number; clauses: number } {
  if (files.length === 0) throw new RangeError(codingText.noTexts);
  // Every header first (each file read and dropped), so all header problems are reported at once.
  const issues: InputIssue[] = [];
  for (const f of files) {
    try {
      readCoderTexts([f], options);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      issues.push(...e.issues);
    }
  }
  if (issues.length > 0) throw new InputError(issues);
  const stats: ClauseStats = { segments: 0, body: 0, coded: 0, genre: 0, structural: 0 };
  let changed = 0;
  let modelClauses = 0;
  let project: ForeignProject | undefined;
  const sources: ForeignProject["sources"] = [];
  const codings: ForeignCoding[] = [];
  for (const [i, f] of files.entries()) {
    const [text] = readCoderTexts([f], options);
    const { coded, changed: changedHere, clauses: clausesHere } = code([text]);
    changed += changedHere ?? 0;
    modelClauses += clausesHere ?? 0;
    project ??= coded.project;
    const s = clauseStats(coded.segments);
    for (const k of Object.keys(stats) as (keyof ClauseStats)[]) stats[k] += s[k];
    for (const source of coded.project.sources) sources.push({ guid: source.guid, name: source.name, variables: source.variables });
    const counts = new Map<string, number>();
    for (const c of coded.project.codings) counts.set(c.code, (counts.get(c.code) ?? 0) + (c.count ?? 1));
    for (const [code, count] of counts) codings.push({ source: text.id, code, count });
    options.onText?.(i + 1, files.length);
  }
  const first = project as ForeignProject;
  // The coder's first note counts one document; the corpus's replaces it.
  const notes = [options.note(files.length, stats.segments, stats.coded), ...first.notes.slice(1)];
  return { project: { ...first, file: options.file, sources, codings, missingTexts: [], notes }, stats, changed, clauses: modelClauses };
}
