/** Types of a coded policy dataset: codebook, printed counts, document registry, city parameters. */

/** Promotion (促进型) or constraint (约束型): the direction in which a tool acts. */
export type Direction = "promotion" | "constraint";

/** The two coding dimensions whose counts the paper reports. */
export type Dimension = "tools" | "themes";

/** A cue word that signals a node; `direction` is null (or absent in the file) where the scheme or the source does not say. */
export interface Cue {
  term: string;
  direction: Direction | null;
  section: string;
}

/** A direction as labelled in the codebook. */
export interface DirectionDef {
  id: Direction;
  label_zh: string;
  label_en: string;
}

/**
 * A policy tool (the paper's Schneider–Ingram tools; Rothwell & Zegveld's supply / environment /
 * demand types; …) with its cue words and, optionally, sub-tools (赵筱媛、苏竣 2007: 人才培养, 资金投入 …).
 */
export interface ToolDef {
  id: string;
  label_zh: string;
  label_en: string;
  summary_en?: string;
  cues: readonly Cue[];
  /** Sub-tools; with directions, the direction cells attach to every leaf tool. */
  children?: readonly ToolDef[];
}

/** A node of the theme hierarchy (parent → child → grandchild); ids are dotted paths. */
export interface ThemeDef {
  id: string;
  label_zh: string;
  label_en: string;
  /** Cue words of the node (a stage or theme dictionary); never with a direction. */
  cues?: readonly Cue[];
  children?: readonly ThemeDef[];
}

/** Which coding scheme a codebook follows; a catalogue of criteria names the scheme it applies to. */
export interface SchemeInfo {
  /** Stable id, e.g. `schneider-ingram` (the paper's) or `supply-demand-environment`. */
  id: string;
  label_zh: string;
  label_en: string;
  /** The citation the scheme rests on. */
  reference: string;
}

/** Labels of a dimension (the second dimension may be themes, policy stages, value-chain links …). */
export interface DimensionLabels {
  label_zh: string;
  label_en: string;
}

/** The codebook: its scheme, directions (possibly none), the tool tree and the second dimension's tree. */
export interface Codebook {
  version: string;
  scheme: SchemeInfo;
  /** Empty for a scheme without directions: then tools are leaves that carry points themselves. */
  directions: readonly DirectionDef[];
  tools: readonly ToolDef[];
  themes: readonly ThemeDef[];
  /** What the second dimension is called (default 政策主题 / Policy themes). */
  theme_dimension: DimensionLabels;
  /** The indicators simulation tables show first (the codebook's headline_indicators); absent: the generic list. */
  headline?: readonly string[];
}

/** What a node is: a dimension root, a direction margin, a tool, a tool × direction cell, or a theme. */
export type NodeKind = "root" | "margin" | "tool" | "cell" | "theme";

/** A node of either dimension, flattened, with its parent; the unit counts attach to. */
export interface NodeInfo {
  id: string;
  dimension: Dimension;
  kind: NodeKind;
  /** Parent whose points this node's share is taken of; null for a dimension root. */
  parent: string | null;
  /** Depth below the dimension root: 0 for roots, 1 for top-level tools, margins and parent themes, one more per level (sub-tools, cells, child themes). */
  level: number;
  label_zh: string;
  label_en: string;
  /** Children in codebook order (for margins: none; margins are cross-cutting sums of cells). */
  children: readonly string[];
  /** For cells and margins, the direction. */
  direction?: Direction;
}

/** A codebook with every node indexed by id. */
export interface IndexedCodebook extends Codebook {
  nodes: ReadonlyMap<string, NodeInfo>;
}

/** One printed count: a row of counts.csv, as the paper prints it. */
export interface CountRow {
  /** Where it is printed: `table2`…`table7`, or `text-2.2.1` for a number given in the text. */
  source: string;
  node_id: string;
  /** The label exactly as printed in that source (may differ between tables). */
  label_printed: string;
  /** Documents coded at the node; null where not printed. */
  files: number | null;
  /** Reference points coded at the node. */
  points: number;
  /** The printed share of the parent's points, in percent; null where not printed. */
  pct_printed: number | null;
  /** 1-based line in counts.csv. */
  line: number;
}

/** A region of China's four economic regions (section 2.3, note ①). */
export type Region = "northeast" | "east" | "central" | "west";

/** A document of the registry (Table 1 lists 34 of the paper's 68). */
export interface DocumentRow {
  row: number;
  /** The economic region; absent where a dataset does not record it (empty in documents.csv). */
  region?: Region;
  /** Province or city as printed (苏州 for the Taicang and Changshu documents). */
  place: string;
  place_en: string;
  /** Year of issue; absent where a dataset does not record it. */
  year?: number;
  title: string;
  /** Stable document id; required when the dataset has document-level counts. */
  doc_id?: string;
  /** Province (省、自治区、直辖市), where known. */
  province?: string;
}

/** Points of one document at one node (document_counts.csv): the unit a bootstrap resamples. */
export interface DocumentCount {
  doc_id: string;
  /** A codebook node; usually a leaf (a tool cell, a theme without children). */
  node_id: string;
  /** Reference points, ≥ 1. */
  points: number;
  /** 1-based line in document_counts.csv. */
  line: number;
}

/** A numeric or categorical city parameter stated in the text, with its section and quote. */
export interface CityParameterRow {
  section: string;
  place: string;
  place_en: string;
  parameter: string;
  /** Numbers are parsed; categories and booleans stay text. */
  value: number | string;
  unit: string;
  qualifier: string;
  quote: string;
}

/** Dataset metadata (dataset.json). */
export interface DatasetMeta {
  id: string;
  title: string;
  version: string;
  corpus: { documents: number; cities?: number; provinces?: number; first_year?: number; last_year?: number };
  dimensions?: Partial<Record<Dimension, { points: number; section?: string }>>;
  source?: Record<string, unknown>;
  /** True for generated data (the synthetic corpus): every chart that uses it must say so. */
  synthetic?: boolean;
}

/** A loaded dataset: everything in a dataset folder, typed. */
export interface Dataset {
  dir: string;
  meta: DatasetMeta;
  codebook: IndexedCodebook;
  counts: readonly CountRow[];
  documents: readonly DocumentRow[];
  /** Document-level counts, when the dataset has them (document_counts.csv); else empty. */
  documentCounts: readonly DocumentCount[];
  cityParameters: readonly CityParameterRow[];
}
