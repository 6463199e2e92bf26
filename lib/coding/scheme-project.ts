/**
 * The scheme coder's output as a `ForeignProject` (lib/qda/types.ts), for the .qdpx writer and
 * the mapper, like ./project.ts does for the paper's coder but for any codebook.
 *
 * Codes are the codebook's node ids (guid and name both), in codebook order and nested as there:
 * tools and sub-tools, with directions each leaf tool's cells under it (the tools then not
 * codable: the coder codes cells), and the second dimension's tree. The dimension roots and the
 * direction margins are not codes (margins cut across the tree). A code whose name is a node id
 * maps onto that node without a mapping file (lib/import/map.ts), so the project imports back
 * with the same codebook (`toolmix import p.qdpx --scheme CODEBOOK`). Codings use code points and
 * cover each clause's content after its numbering marker.
 *
 * Reference: REFI-QDA 1.5 §10.2; ./project.ts.
 *
 * @example
 * schemeProject(texts, segments, sde, { origin: "toolmix scheme coder", notes: [] }).codes[0]; // { guid: "supply", name: "supply", parent: null, codable: true }
 */
import { hasDirections } from "../dataset/codebook";
import type { IndexedCodebook } from "../dataset/types";
import type { ForeignCode, ForeignCoding, ForeignProject } from "../qda/types";
import type { CoderText } from "./coder";
import { sourceOf } from "./project";

/** The part of a coded segment the project needs. */
export interface ProjectSegment {
  document: string;
  tool: string | null;
  themes: readonly string[];
  contentStartCodePoint: number;
  endCodePoint: number;
}

/**
 * The codes of a codebook as a foreign code tree (roots and margins left out).
 *
 * @example
 * codebookCodes(paper.codebook).find((c) => c.guid === "authority.promotion")?.parent; // "authority"
 */
export function codebookCodes(codebook: IndexedCodebook): ForeignCode[] {
  const directed = hasDirections(codebook);
  const codes: ForeignCode[] = [];
  for (const n of codebook.nodes.values()) {
    if (n.kind === "root" || n.kind === "margin") continue;
    const parent = n.parent !== null && codebook.nodes.get(n.parent)?.kind !== "root" ? n.parent : null;
    codes.push({ guid: n.id, name: n.id, parent, codable: n.kind !== "tool" || !directed });
  }
  return codes;
}

/**
 * Builds the project from the texts and their coded segments.
 *
 * @example
 * schemeProject(texts, coded.segments, sde, { origin: "o", notes: [] }).offsetUnit; // "codepoint"
 */
export function schemeProject(texts: readonly CoderText[], segments: readonly ProjectSegment[], codebook: IndexedCodebook, meta: { file?: string; origin: string; notes: string[] }): ForeignProject {
  const codes = codebookCodes(codebook);
  const codings: ForeignCoding[] = [];
  for (const s of segments) {
    const span = { source: s.document, start: s.contentStartCodePoint, end: s.endCodePoint };
    if (s.tool) codings.push({ ...span, code: s.tool });
    for (const node of s.themes) codings.push({ ...span, code: node });
  }
  return { file: meta.file ?? "toolmix-scheme-coder", origin: meta.origin, codes, sources: texts.map(sourceOf), codings, offsetUnit: "codepoint", missingTexts: [], notes: meta.notes };
}
