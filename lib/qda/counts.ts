/**
 * Files and references per foreign code, the way NVivo reports them with "Aggregate coding from
 * child codes" on: a code's references are the sum of the counts of codings at it and at all its
 * descendants; its files are the DISTINCT sources with at least one such coding — a union, never
 * a sum (two children coded in the same document give their parent one file, not two).
 *
 * Reference: qda-formats.md §0.5, §2.1 (files = distinct sources; parents not aggregated in the
 * REFI export, so aggregation is done here).
 *
 * @example
 * const p = parseTidyCsv("document,node,count\nd1,工具/权威/促进,2\nd1,工具/权威/约束,1\nd2,工具/权威/约束,4\n", "t.csv");
 * foreignCounts(p).find((c) => c.code === "工具/权威"); // { references: 7, files: 2, directReferences: 0, … }
 */
import type { ForeignProject } from "./types";

/** The counts of one foreign code. */
export interface ForeignCount {
  code: string;
  name: string;
  parent: string | null;
  /** Names from the top-level code down to this one. */
  path: string[];
  /** Sum of coding counts at the code and its descendants. */
  references: number;
  /** Distinct sources with a coding at the code or a descendant. */
  files: number;
  /** References and files of codings at the code itself. */
  directReferences: number;
  directFiles: number;
}

/** Counts of every code of the project, in the project's code order. */
export function foreignCounts(project: ForeignProject): ForeignCount[] {
  const byGuid = new Map(project.codes.map((c) => [c.guid, c]));
  const direct = new Map<string, { references: number; files: Set<string> }>();
  const all = new Map<string, { references: number; files: Set<string> }>();
  const bucket = (map: typeof direct, code: string) => {
    const found = map.get(code) ?? { references: 0, files: new Set<string>() };
    map.set(code, found);
    return found;
  };
  for (const coding of project.codings) {
    const count = coding.count ?? 1;
    if (count <= 0 || !byGuid.has(coding.code)) continue;
    const own = bucket(direct, coding.code);
    own.references += count;
    own.files.add(coding.source);
    // Walk up the parent chain; `seen` stops a malformed cycle from looping forever.
    const seen = new Set<string>();
    for (let at: string | null = coding.code; at !== null && !seen.has(at); at = byGuid.get(at)?.parent ?? null) {
      seen.add(at);
      const agg = bucket(all, at);
      agg.references += count;
      agg.files.add(coding.source);
    }
  }
  return project.codes.map((code) => {
    const path: string[] = [];
    const seen = new Set<string>();
    for (let at: string | null = code.guid; at !== null && !seen.has(at); at = byGuid.get(at)?.parent ?? null) {
      seen.add(at);
      path.unshift(byGuid.get(at)?.name ?? at);
    }
    return {
      code: code.guid,
      name: code.name,
      parent: code.parent,
      path,
      references: all.get(code.guid)?.references ?? 0,
      files: all.get(code.guid)?.files.size ?? 0,
      directReferences: direct.get(code.guid)?.references ?? 0,
      directFiles: direct.get(code.guid)?.files.size ?? 0,
    };
  });
}
