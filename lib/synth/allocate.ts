import { InputError } from "../errors";
import type { CountRow, Dimension, IndexedCodebook, NodeInfo } from "../dataset/types";
import type { Rng } from "../random/prng";
import { synth } from "../messages";
import { splitCover, SplitError } from "./cover";
import { weightedIndex, weightedSample } from "./sample";

/** The points of one node in every document: the unit the regional repair moves points within. */
export interface Coding {
  node: string;
  dimension: Dimension;
  /** The top-level node it counts towards for regional shares: a tool, or a parent theme. */
  group: string;
  /** Documents with ≥ 1 point here, ascending. */
  members: number[];
  /** Points per document index (0 outside `members`). */
  points: Int32Array;
  /** True for a point coded directly at an internal node: never moved by the repair. */
  direct: boolean;
}

/** Whole-number weight of a document for a group (tool or parent theme): the regional bias. */
export type DocWeight = (doc: number, group: string) => number;

export interface Allocation {
  codings: Coding[];
}

/**
 * Top-down allocation of printed counts to documents, one dimension at a time.
 *
 * Tools: each direction margin (`tools.promotion`, files printed) gets a document set of its
 * printed size; the cells of that direction split it with a cover (lib/synth/cover.ts), so the
 * margin's files, a union of its cells, come out as printed. Themes: the root's set is the whole
 * corpus (its files are not printed); every theme node's set is split among its children, with a
 * cover wherever the node's files are printed. At a leaf every document of its set gets one point
 * and the rest (points − files) are spread over the set by weight.
 *
 * Where a node prints more points than its children sum to (the paper's 租售管理: 20 against
 * 9 + 10), the difference is coded directly at the node, in one document of its set: every such
 * document already has a child point there (the children cover the set), so files stay as printed.
 *
 * @example
 * const alloc = allocateCounts(paper.codebook, canonicalCounts(paper), 68, () => 1, new Rng(1), "counts.csv");
 * alloc.codings.find((c) => c.node === "authority.promotion")!.members.length; // 68
 */
export function allocateCounts(codebook: IndexedCodebook, counts: ReadonlyMap<string, CountRow>, nDocs: number, weight: DocWeight, rng: Rng, countsFile: string): Allocation {
  const all = Array.from({ length: nDocs }, (_, i) => i);
  const context = { codebook, counts, nDocs, weight, rng, countsFile, codings: [] as Coding[] };
  allocateTools(context, all);
  allocateThemes(context, all);
  return { codings: context.codings };
}

interface Context {
  codebook: IndexedCodebook;
  counts: ReadonlyMap<string, CountRow>;
  nDocs: number;
  weight: DocWeight;
  rng: Rng;
  countsFile: string;
  codings: Coding[];
}

function allocateTools(ctx: Context, all: readonly number[]): void {
  const toolIds = ctx.codebook.tools.map((t) => t.id);
  for (const direction of ctx.codebook.directions.map((d) => d.id)) {
    const margin = printed(ctx, `tools.${direction}`, "files");
    // Which documents have any point of this direction: uniform, the regional bias acts on the cells.
    const set = weightedSample(all, all.map(() => 1), margin.files!, ctx.rng).sort((a, b) => a - b);
    const cells = toolIds.map((tool) => printed(ctx, `${tool}.${direction}`, "files"));
    const sets = split(ctx, margin, set, cells, (doc, i) => ctx.weight(doc, toolIds[i]), true);
    cells.forEach((cell, i) => leaf(ctx, cell, sets[i], "tools", toolIds[i]));
    const sum = cells.reduce((t, c) => t + c.points, 0);
    if (sum !== margin.points) throw issue(ctx, margin, "points", synth.marginSum(sum));
  }
  for (const tool of toolIds) {
    const row = ctx.counts.get(tool);
    const sum = ctx.codebook.directions.reduce((t, d) => t + printed(ctx, `${tool}.${d.id}`, "points").points, 0);
    // Direct coding at a tool would count in no margin and break Table 2's totals, so it must not be needed.
    if (row !== undefined && row.points !== sum) throw issue(ctx, row, "points", synth.cellSum(sum));
  }
}

function allocateThemes(ctx: Context, all: readonly number[]): void {
  const root = ctx.codebook.nodes.get("themes");
  if (root === undefined) return;
  const row = ctx.counts.get("themes");
  const set = row?.files == null ? [...all] : weightedSample(all, all.map(() => 1), row.files, ctx.rng).sort((a, b) => a - b);
  node(ctx, root, set, "");
}

/** Allocates one theme node's set: a leaf gets points; an internal node splits its set among its children. */
function node(ctx: Context, info: NodeInfo, set: number[], group: string): void {
  if (info.children.length === 0) {
    leaf(ctx, printed(ctx, info.id, "files"), set, "themes", group);
    return;
  }
  const children = info.children.map((id) => printed(ctx, id, "files"));
  const groupOf = (i: number) => group || children[i].node_id; // below the root, the parent theme
  const own = ctx.counts.get(info.id);
  const sets = split(ctx, own, set, children, (doc, i) => ctx.weight(doc, groupOf(i)), own?.files != null);
  children.forEach((child, i) => node(ctx, ctx.codebook.nodes.get(child.node_id)!, sets[i], groupOf(i)));
  if (own === undefined) return;
  const direct = own.points - children.reduce((t, c) => t + c.points, 0);
  if (direct < 0) throw issue(ctx, own, "points", synth.childrenAbove(own.points - direct));
  if (direct > 0) {
    if (set.length === 0) throw issue(ctx, own, "files", synth.directWithoutFiles(direct));
    const doc = set[ctx.rng.nextInt(set.length)];
    const points = new Int32Array(ctx.nDocs);
    points[doc] = direct;
    ctx.codings.push({ node: info.id, dimension: "themes", group, members: [doc], points, direct: true });
  }
}

/** A leaf: one point for each document of its set, the rest spread over the set by weight. */
function leaf(ctx: Context, row: CountRow, set: readonly number[], dimension: Dimension, group: string): void {
  if (row.points < set.length || (set.length === 0 && row.points > 0)) throw issue(ctx, row, "points", synth.pointsBelowFiles(set.length));
  const points = new Int32Array(ctx.nDocs);
  for (const doc of set) points[doc] = 1;
  const weights = set.map((doc) => ctx.weight(doc, group));
  for (let extra = row.points - set.length; extra > 0; extra--) points[set[weightedIndex(weights, ctx.rng)]]++;
  ctx.codings.push({ node: row.node_id, dimension, group, members: [...set], points, direct: false });
}

function split(ctx: Context, parent: CountRow | undefined, set: readonly number[], children: readonly CountRow[], weight: (doc: number, i: number) => number, cover: boolean): number[][] {
  try {
    return splitCover(set, children.map((c) => c.files!), weight, cover, ctx.rng);
  } catch (error) {
    if (!(error instanceof SplitError) || parent === undefined) throw error;
    throw issue(ctx, parent, "files", error.message);
  }
}

/** The node's printed row; the file count (or points) must be printed for the node to be allocated. */
function printed(ctx: Context, id: string, field: "files" | "points"): CountRow {
  const row = ctx.counts.get(id);
  if (row === undefined) throw new InputError([{ file: ctx.countsFile, field: "node_id", found: id, expected: synth.needsRow }]);
  if (field === "files" && row.files === null) throw issue(ctx, row, "files", synth.needsFiles);
  return row;
}

function issue(ctx: Context, row: CountRow, field: "files" | "points", expected: string): InputError {
  return new InputError([{ file: ctx.countsFile, row: row.line, field, found: `${row.node_id}: ${row[field] ?? "(empty)"}`, expected }]);
}
