/**
 * One side of an X–Y matrix: its categories (nodes of a codebook dimension at one level, or the
 * values of a document variable) and which categories a unit belongs to.
 *
 * A unit coded at a node deeper than the level counts toward the node's ancestor at that level
 * (cells toward their tool, child themes toward their parent), as NVivo aggregates child nodes; a
 * unit coded only above the level (at a parent theme when level 2 is asked for) belongs to no
 * category of that side and is reported, not guessed into a child.
 *
 * Reference: data/paper-m0/codebook.json (levels: tools 1, tool × direction cells 2; themes 1–3).
 *
 * @example
 * const tools = resolveDimension({ kind: "nodes", dimension: "tools", level: 1 }, codebook, new Map(), "--rows", "x.qdpx");
 * tools.ids;                                                          // ["authority", "incentive", …]
 * tools.of({ doc: "d", id: "1", start: 0, end: 5, text: "", nodes: ["authority.constraint"] }); // [0]
 */
import { foundText } from "../io/json-schema";
import { REGION_LABELS, REGIONS } from "../dataset/documents";
import type { IndexedCodebook, NodeInfo, Region } from "../dataset/types";
import { InputError } from "../errors";
import { matrixText } from "../messages";
import { closestName } from "../util/closest";
import type { DimensionSpec, DocumentVariable, DocumentVariables, MatrixSegment } from "./types";

/** A resolved side of the matrix. */
export interface ResolvedDimension {
  /** "tools", "themes" or the variable's name. */
  name: string;
  level: number | null;
  ids: string[];
  labels: string[];
  /** English labels in the same order (a variable's values as they are). */
  labelsEn: string[];
  /** What the side is, for titles: the codebook's dimension labels (its root node), or the variable's name. */
  title: { zh: string; en: string };
  /** Indices of the categories a unit belongs to (none, one, or several for a multi-coded unit). */
  of(segment: MatrixSegment): number[];
  /** Whether the unit is coded in this dimension at all (so a unit with no category was coded above the level). */
  touches(segment: MatrixSegment): boolean;
}

/** The codebook's two dimensions and the kit's own document variables; any other variable the documents record may be named too. */
export const DIMENSION_NAMES = ["tools", "themes", "region", "year", "place", "province"] as const;

/** A variable name as a header line (`# level: city`) or a project's case attribute gives it. */
const VARIABLE_NAME = /^[\p{L}\p{N}_][\p{L}\p{N}_ .-]{0,63}$/u;

/**
 * Parses a side's name and level as given on the command line (level only for tools and themes;
 * default 1). Any other name is a document variable, checked against the documents when the
 * matrix is built (resolveDimension). Throws an {@link InputError} naming `field` for a name no
 * variable can have.
 *
 * @example
 * dimensionSpec("themes", 2, "--cols", "x.qdpx"); // { kind: "nodes", dimension: "themes", level: 2 }
 * dimensionSpec("level", undefined, "--cols", "x.qdpx"); // { kind: "variable", variable: "level" }
 */
export function dimensionSpec(name: string, level: number | undefined, field: string, file: string): DimensionSpec {
  if (name === "tools" || name === "themes") return { kind: "nodes", dimension: name, level: level ?? 1 };
  if (!VARIABLE_NAME.test(name)) throw new InputError([{ file, field, found: foundText(name), expected: matrixText.expected.dimension(DIMENSION_NAMES) }]);
  if (level !== undefined) throw new InputError([{ file, field: levelField(field), found: String(level), expected: matrixText.expected.noLevelForVariable(name) }]);
  return { kind: "variable", variable: name };
}

/** The level option that belongs to a side's option: --rows → --level-rows. */
export function levelField(field: string): string {
  return field.startsWith("--") ? `--level-${field.slice(2)}` : `${field}Level`;
}

/**
 * Resolves a side against a codebook and the documents' variables.
 *
 * @example
 * resolveDimension({ kind: "variable", variable: "region" }, codebook, docs, "--cols", "x.qdpx").ids; // ["east", "central", "west"]
 */
export function resolveDimension(spec: DimensionSpec, codebook: IndexedCodebook, documents: ReadonlyMap<string, DocumentVariables>, field: string, file: string, docsInUse: readonly string[] = [...documents.keys()]): ResolvedDimension {
  return spec.kind === "nodes" ? nodeDimension(spec.dimension, spec.level, codebook, field, file) : variableDimension(spec.variable, documents, field, file, docsInUse);
}

function nodeDimension(dimension: "tools" | "themes", level: number, codebook: IndexedCodebook, field: string, file: string): ResolvedDimension {
  const all = [...codebook.nodes.values()].filter((n) => n.dimension === dimension && n.kind !== "root" && n.kind !== "margin");
  const deepest = Math.max(0, ...all.map((n) => n.level));
  const nodes = all.filter((n) => n.level === level);
  if (!Number.isInteger(level) || nodes.length === 0) {
    throw new InputError([{ file, field: levelField(field), found: String(level), expected: matrixText.expected.level(dimension, deepest, levelNames(all, deepest)) }]);
  }
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const cache = new Map<string, number | null>();
  const categoryOf = (id: string): number | null => {
    if (cache.has(id)) return cache.get(id)!;
    let node: NodeInfo | undefined = codebook.nodes.get(id);
    while (node && node.level > level && node.parent !== null) node = codebook.nodes.get(node.parent);
    const found = node && index.has(node.id) ? index.get(node.id)! : null;
    cache.set(id, found);
    return found;
  };
  const inDimension = (id: string) => codebook.nodes.get(id)?.dimension === dimension;
  return {
    name: dimension,
    level,
    ids: nodes.map((n) => n.id),
    labels: nodes.map((n) => n.label_zh),
    labelsEn: nodes.map((n) => n.label_en),
    // The tools root is labelled as the total of its table; the second dimension's root carries the scheme's own name for it.
    title: dimension === "tools" ? matrixText.toolsTitle : { zh: codebook.nodes.get(dimension)!.label_zh, en: codebook.nodes.get(dimension)!.label_en },
    of: (s) => [...new Set(s.nodes.map(categoryOf).filter((i): i is number => i !== null))].sort((a, b) => a - b),
    touches: (s) => s.nodes.some(inDimension),
  };
}

/** "1 = 权威工具 …, 2 = 权威工具（促进型工具） …": an example node per level, for the error message. */
function levelNames(nodes: readonly NodeInfo[], deepest: number): string[] {
  return Array.from({ length: deepest }, (_, i) => `${i + 1} = ${nodes.find((n) => n.level === i + 1)?.id ?? "?"} …`);
}

function variableDimension(variable: DocumentVariable, documents: ReadonlyMap<string, DocumentVariables>, field: string, file: string, docsInUse: readonly string[]): ResolvedDimension {
  const valueOf = (doc: string): string => {
    const own = documents.get(doc);
    const v = own && Object.hasOwn(own, variable) ? own[variable] : undefined;
    return v === undefined || v === "" || v === matrixText.notRecorded ? matrixText.notRecorded : String(v);
  };
  const values = [...new Set(docsInUse.map(valueOf))];
  if (values.every((v) => v === matrixText.notRecorded)) {
    const recorded = [...new Set(docsInUse.flatMap((d) => Object.keys(documents.get(d) ?? {})))].sort();
    throw new InputError([{ file, field, found: matrixText.found.noVariable(variable), expected: matrixText.expected.variable(variable, recorded, closestName(variable, [...recorded, ...DIMENSION_NAMES])) }]);
  }
  const ids = values.sort((a, b) => orderKey(variable, a) - orderKey(variable, b) || (a < b ? -1 : a > b ? 1 : 0));
  const index = new Map(ids.map((v, i) => [v, i]));
  // The kit's regions are labelled as everywhere else (东部地区 / East); other values are their own labels.
  const region = (v: string) => (variable === "region" && Object.hasOwn(REGION_LABELS, v) ? REGION_LABELS[v as Region] : undefined);
  const labels = ids.map((v) => region(v)?.zh ?? v);
  const labelsEn = ids.map((v) => region(v)?.en ?? v);
  return { name: variable, level: null, ids, labels, labelsEn, title: matrixText.variableTitle(variable), of: (s) => [index.get(valueOf(s.doc))!], touches: () => true };
}

/** Regions in the paper's order, years by number, "(not recorded)" last; the rest by name. */
function orderKey(variable: DocumentVariable, value: string): number {
  if (value === matrixText.notRecorded) return Number.MAX_SAFE_INTEGER;
  if (variable === "region") return REGIONS.indexOf(value as (typeof REGIONS)[number]) + 1 || REGIONS.length + 1;
  if (variable === "year") return Number(value) || 0;
  return 0;
}
