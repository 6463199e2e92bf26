/**
 * Foreign codes from code paths (`Parent/Child`, `Parent\Child`), for exports that name codes by
 * their path and carry no ids: an NVivo matrix export, a tidy CSV.
 *
 * Every prefix of a path becomes a code, so `A/B/C` yields A, A/B (child of A) and A/B/C (child of
 * A/B); a code's guid is its path with segments joined by "/", the stable id the format lacks.
 * Segments are trimmed and empty ones dropped (`A//B` is `A/B`).
 *
 * Reference: lib/qda/types.ts (ForeignCode: "for exports without ids, the code's path").
 *
 * @example
 * const tree = new CodePaths();
 * tree.add(["政策工具", "权威型"]); // "政策工具/权威型"
 * tree.codes().map((c) => c.parent); // [null, "政策工具"]
 */
import { qda } from "../messages";
import type { ForeignCode } from "./types";

/** Splits a path label on any of the separators, trimming segments and dropping empty ones. */
export function splitPath(label: string, separators: readonly string[]): string[] {
  let parts = [label];
  for (const separator of separators) parts = parts.flatMap((p) => p.split(separator));
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}

/** Accumulates codes from paths, in first-seen order, each prefix once. */
export class CodePaths {
  private readonly byGuid = new Map<string, ForeignCode>();

  /** Adds a path (segments) and returns the guid of its last code. */
  add(segments: readonly string[]): string {
    if (segments.length === 0) throw new Error(qda.internal.emptyPath);
    let parent: string | null = null;
    for (let i = 0; i < segments.length; i++) {
      const guid = segments.slice(0, i + 1).join("/");
      if (!this.byGuid.has(guid)) this.byGuid.set(guid, { guid, name: segments[i], parent, codable: true });
      parent = guid;
    }
    return parent as string;
  }

  has(guid: string): boolean {
    return this.byGuid.has(guid);
  }

  codes(): ForeignCode[] {
    return [...this.byGuid.values()];
  }
}
