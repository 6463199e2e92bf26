/** Types of mapping a foreign project onto the kit's codebook. */

/** A mapping file (JSON): foreign codes → kit nodes, and where document attributes live. */
export interface MappingFile {
  /** The schema this file follows (editors use it for completion); ignored by the kit. */
  $schema?: string;
  /** A note for the reader of the file; ignored by the kit. */
  about?: string;
  /** Foreign code (its path "Parent/Child", its name, or its guid) → kit node id; null ignores the code on purpose. */
  codes?: Record<string, string | null>;
  /** Kit document field → the foreign variable holding it (default: region, city, year, province by those names). */
  variables?: { region?: string; place?: string; year?: string; province?: string };
  /** Value translations per field, e.g. {"region": {"东部": "east"}}. */
  values?: { region?: Record<string, string> };
}

/** What mapping did: mapped, ignored and unmapped codes, for the summary and dataset.json. */
export interface MappingReport {
  /** Foreign code path → kit node id, for every code whose codings were counted (directly or through an ancestor). */
  mapped: Record<string, string>;
  /** Foreign codes mapped to null. */
  ignored: string[];
  /** Foreign codes with codings that map to nothing (neither they nor an ancestor): left out, listed. */
  unmapped: string[];
  /** Reference points counted on the kit's codebook. */
  points: number;
  /** Foreign code guid → the kit node its codings count toward (directly or through an ancestor). */
  targets: Record<string, string>;
}
