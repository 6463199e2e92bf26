/**
 * A coded project from outside the kit (REFI-QDA, an NVivo matrix export, a tidy CSV, or the
 * kit's own dictionary coder), before its codes are mapped onto the kit's codebook.
 */

/** A code of the foreign code tree. */
export interface ForeignCode {
  /** Stable id in the source (REFI-QDA guid; for exports without ids, the code's path). */
  guid: string;
  name: string;
  /** The parent code's guid; null for a top-level code. */
  parent: string | null;
  /** REFI-QDA isCodable (default true). */
  codable: boolean;
}

/** A source document (REFI-QDA TextSource, a matrix column/row item, a CSV document). */
export interface ForeignSource {
  guid: string;
  name: string;
  /** The plain text, when the project carries it. */
  text?: string;
  /** Attributes from cases and variables (region, city, year, …), by variable name. */
  variables: Record<string, string>;
}

/** One coding: a source coded at a code, with its segment when known; `count` codings at once for aggregate exports. */
export interface ForeignCoding {
  source: string;
  code: string;
  /** Segment offsets in `offsetUnit`s, end exclusive, when the export has them. */
  start?: number;
  end?: number;
  /** Number of references this entry stands for (matrix cells, tidy counts); default 1. */
  count?: number;
}

/** How a project's offsets count text. */
export type OffsetUnit = "utf16" | "codepoint" | "unknown";

/** A foreign project, read and checked, ready for mapping. */
export interface ForeignProject {
  /** The file it was read from. */
  file: string;
  /** The writing tool, when stated (REFI-QDA origin attribute). */
  origin?: string;
  codes: ForeignCode[];
  sources: ForeignSource[];
  codings: ForeignCoding[];
  /** Whether offsets count UTF-16 units (NVivo) or code points (the standard), detected from the texts. */
  offsetUnit: OffsetUnit;
  /** Sources whose text the file does not carry (e.g. a project.qde without its sources folder). */
  missingTexts: string[];
  /** Things worth knowing that did not stop the import. */
  notes: string[];
}
