/**
 * The X–Y matrix (NVivo's matrix coding query with AND): from units of coded text, the units and
 * files in every row × column cell, row and column shares, and the passages behind each cell.
 *
 * A unit belongs to cell (i, j) when it belongs to row category i and column category j (see
 * dimension.ts); a unit coded at several nodes counts in every cell it belongs to, so the cells
 * may sum to more than the units. With `mergeTouching` (units cut from overlapping codings, see
 * from-project.ts), units of one cell that touch in the same document form one passage, so a cell
 * counts the runs of text coded at both its row and its column, as NVivo counts the references of
 * a matrix cell; clauses of the dictionary coder and CSV segments are never merged.
 *
 * Reference: NVivo 12 Help, "Matrix coding query" (a cell holds the content coded at both the row
 * and the column node; https://help-nv.qsrinternational.com/12/mac/v12.1.90-d3ea61/Content/queries/matrix-coding-query.htm).
 *
 * @example
 * const m = buildMatrix(segments, { codebook, rows: { kind: "nodes", dimension: "tools", level: 1 }, cols: { kind: "nodes", dimension: "themes", level: 1 }, unit: "clause", source: "2 texts", rule: "…" });
 * m.counts[0][1];   // clauses coded at authority and land_use
 * m.passages[0][1]; // [{ doc, segment, start, end, text }, …]
 */
import type { IndexedCodebook } from "../dataset/types";
import { matrixText } from "../messages";
import { resolveDimension, type ResolvedDimension } from "./dimension";
import type { CountUnit, DimensionSpec, DocumentVariables, Matrix, MatrixSegment, Passage } from "./types";

/** Options of {@link buildMatrix}. */
export interface MatrixOptions {
  codebook: IndexedCodebook;
  rows: DimensionSpec;
  cols: DimensionSpec;
  /** Variables per document id, for a document-variable side. */
  documents?: ReadonlyMap<string, DocumentVariables>;
  unit: CountUnit;
  /** The input, for messages and the result. */
  source: string;
  /** How units were formed (shown with the table). */
  rule: string;
  /** Merge touching units of a cell into one passage (units cut from overlapping codings). */
  mergeTouching?: boolean;
  /** Notes of the reader (units left out while reading). */
  notes?: readonly string[];
}

/**
 * Builds the matrix. Throws an InputError naming --rows/--cols or --level-rows/--level-cols for
 * an unknown side, a level the codebook does not have, or a variable no document records.
 *
 * @example
 * buildMatrix([{ doc: "d", id: "1", start: 0, end: 4, text: "不得分割", nodes: ["authority.constraint", "property_rights"] }], options).counts; // [[1, …], …]
 */
export function buildMatrix(segments: readonly MatrixSegment[], options: MatrixOptions): Matrix {
  const documents = options.documents ?? new Map<string, DocumentVariables>();
  const docOrder = new Map<string, number>();
  for (const s of segments) if (!docOrder.has(s.doc)) docOrder.set(s.doc, docOrder.size);
  const docs = [...docOrder.keys()];
  const rows = resolveDimension(options.rows, options.codebook, documents, "--rows", options.source, docs);
  const cols = resolveDimension(options.cols, options.codebook, documents, "--cols", options.source, docs);
  const cells = rows.ids.map(() => cols.ids.map((): MatrixSegment[] => []));
  const inTable = new Set<MatrixSegment>();
  const above = { rows: 0, cols: 0 };
  const outside = { rows: 0, cols: 0 };
  for (const s of segments) {
    const r = rows.of(s);
    const c = cols.of(s);
    if (r.length === 0 && rows.touches(s)) above.rows++;
    if (c.length === 0 && cols.touches(s)) above.cols++;
    // In a column but in no row at all (a clause coded at a stage and at no tool), or the reverse.
    if (r.length === 0 && c.length > 0 && !rows.touches(s)) outside.rows++;
    if (c.length === 0 && r.length > 0 && !cols.touches(s)) outside.cols++;
    for (const i of r) for (const j of c) cells[i][j].push(s);
    if (r.length > 0 && c.length > 0) inTable.add(s);
  }
  const order = (a: MatrixSegment, b: MatrixSegment) => docOrder.get(a.doc)! - docOrder.get(b.doc)! || (a.start ?? 0) - (b.start ?? 0);
  const passages = cells.map((row) => row.map((units) => toPassages([...units].sort(order), options.mergeTouching === true)));
  const counts = passages.map((row) => row.map((p) => p.length));
  const docsOf = (lists: readonly Passage[][]) => new Set(lists.flatMap((l) => l.map((p) => p.doc))).size;
  const rowTotals = counts.map((row) => row.reduce((s, x) => s + x, 0));
  const total = rowTotals.reduce((s, x) => s + x, 0);
  // Joined passages make the table's total differ from the units in the header: say why.
  const unjoined = cells.reduce((s, row) => s + row.reduce((t, units) => t + units.length, 0), 0);
  const joined = unjoined !== total ? [matrixText.note.merged(inTable.size, total)] : [];
  const colTotals = cols.ids.map((_, j) => counts.reduce((s, row) => s + row[j], 0));
  return {
    rowDimension: rows.name,
    colDimension: cols.name,
    rowIds: rows.ids,
    colIds: cols.ids,
    rowLabels: rows.labels,
    colLabels: cols.labels,
    counts,
    unit: options.unit,
    units: inTable.size,
    source: options.source,
    rule: options.rule,
    rowLabelsEn: rows.labelsEn,
    colLabelsEn: cols.labelsEn,
    rowTitle: rows.title,
    colTitle: cols.title,
    rowLevel: rows.level,
    colLevel: cols.level,
    files: passages.map((row) => row.map((p) => docsOf([p]))),
    rowShares: counts.map((row, i) => row.map((x) => (rowTotals[i] > 0 ? x / rowTotals[i] : null))),
    colShares: counts.map((row) => row.map((x, j) => (colTotals[j] > 0 ? x / colTotals[j] : null))),
    rowTotals,
    colTotals,
    total,
    rowFiles: passages.map((row) => docsOf(row)),
    colFiles: cols.ids.map((_, j) => docsOf(passages.map((row) => row[j]))),
    documents: new Set([...inTable].map((s) => s.doc)).size,
    passages,
    unitNote: joined[0] ?? null,
    notes: [...(options.notes ?? []), ...joined, ...aboveNotes(rows, above.rows), ...aboveNotes(cols, above.cols), ...outsideNotes(rows, cols, outside.rows), ...outsideNotes(cols, rows, outside.cols)],
  };
}

function aboveNotes(side: ResolvedDimension, count: number): string[] {
  return count > 0 && side.level !== null ? [matrixText.note.aboveLevel(count, side.name, side.level)] : [];
}

function outsideNotes(missing: ResolvedDimension, present: ResolvedDimension, count: number): string[] {
  return count > 0 ? [matrixText.note.outside(count, missing.name, present.name)] : [];
}

/** A cell's units as passages; with `merge`, touching units of one document become one passage. */
function toPassages(units: readonly MatrixSegment[], merge: boolean): Passage[] {
  const out: Passage[] = [];
  for (const u of units) {
    const last = out[out.length - 1];
    if (merge && last && last.doc === u.doc && last.end !== null && last.end === u.start) {
      out[out.length - 1] = { ...last, segment: `${last.segment}+${u.id}`, end: u.end, text: last.text + u.text };
      continue;
    }
    out.push({ doc: u.doc, ...(u.title !== undefined ? { title: u.title } : {}), segment: u.id, start: u.start, end: u.end, text: u.text });
  }
  return out;
}
