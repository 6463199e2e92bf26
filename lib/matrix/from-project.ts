/**
 * Units of a coded project (REFI-QDA .qdpx/.qde, a project folder) whose codes are mapped onto the
 * kit's codebook (lib/import/map.ts `report.targets`). Codings are ranges of a source's text, and
 * two codings co-occur where their ranges overlap, as in NVivo's matrix coding query with AND
 * (a cell holds the content coded at both its row and its column node).
 *
 * Each source's text is cut at every coding's start and end; each piece is coded at the kit nodes
 * of every coding that covers it, and touching pieces with the same nodes are joined. The matrix
 * then joins touching pieces of one cell into one passage (`mergeTouching`), so a cell counts the
 * runs of text coded at both its row and its column: a tool coding inside a theme coding is one
 * passage of that cell, whatever other codings cut it. Offsets become code points (NVivo writes
 * UTF-16 units; lib/qda/offsets.ts detects which).
 *
 * Reference: NVivo 12 Help, "Matrix coding query"; REFI-QDA 1.5 §10.2 (PlainTextSelection).
 *
 * @example
 * const { segments, notes } = segmentsFromProject(project, mapProject(project, …).report.targets);
 * segments[0]; // { doc: "doc1", id: "0-22", start: 0, end: 22, text: "新型产业用地应当…", nodes: ["authority.promotion", "land_supply"] }
 */
import { matrixText } from "../messages";
import { toCodePoints } from "../qda/offsets";
import type { ForeignProject } from "../qda/types";
import type { MatrixSegment } from "./types";

interface Range {
  start: number;
  end: number;
  node: string;
}

/**
 * The project's units; `notes` says what was left out (codings without offsets, empty ranges,
 * codings that map to no node).
 *
 * @example
 * segmentsFromProject(project, { "g-mandate": "authority.promotion", "g-supply": "land_supply" }).segments.length;
 */
export function segmentsFromProject(project: ForeignProject, targets: Readonly<Record<string, string>>): { segments: MatrixSegment[]; notes: string[] } {
  const bySource = new Map<string, Range[]>();
  let withoutOffsets = 0;
  let empty = 0;
  const texts = new Map(project.sources.map((s) => [s.guid, s.text]));
  for (const c of project.codings) {
    const node = Object.hasOwn(targets, c.code) ? targets[c.code] : undefined;
    if (node === undefined) continue;
    if (c.start === undefined || c.end === undefined) {
      withoutOffsets += c.count ?? 1;
      continue;
    }
    const text = texts.get(c.source) ?? "";
    const start = toCodePoints(text, c.start, project.offsetUnit);
    const end = toCodePoints(text, c.end, project.offsetUnit);
    if (end <= start) {
      empty++;
      continue;
    }
    const list = bySource.get(c.source) ?? [];
    list.push({ start, end, node });
    bySource.set(c.source, list);
  }
  const segments: MatrixSegment[] = [];
  for (const source of project.sources) {
    const ranges = bySource.get(source.guid);
    if (ranges) segments.push(...cut(source.guid, Array.from(source.text ?? ""), ranges).map((s) => ({ ...s, title: source.name })));
  }
  const notes = [
    ...(withoutOffsets > 0 ? [matrixText.note.withoutOffsets(withoutOffsets)] : []),
    ...(empty > 0 ? [matrixText.note.emptyRanges(empty)] : []),
    ...(project.missingTexts.length > 0 ? [matrixText.note.missingTexts(project.missingTexts.length)] : []),
  ];
  return { segments, notes };
}

/** Cuts one source at every boundary: a sweep over the sorted starts and ends, counting open ranges per node. */
function cut(doc: string, chars: readonly string[], ranges: readonly Range[]): MatrixSegment[] {
  const events = ranges.flatMap((r) => [{ at: r.start, node: r.node, delta: 1 }, { at: r.end, node: r.node, delta: -1 }]).sort((a, b) => a.at - b.at);
  const open = new Map<string, number>();
  const out: MatrixSegment[] = [];
  let k = 0;
  while (k < events.length) {
    const at = events[k].at;
    for (; k < events.length && events[k].at === at; k++) {
      const n = (open.get(events[k].node) ?? 0) + events[k].delta;
      if (n === 0) open.delete(events[k].node);
      else open.set(events[k].node, n);
    }
    if (open.size === 0 || k >= events.length) continue;
    const end = events[k].at;
    const nodes = [...open.keys()].sort();
    const last = out[out.length - 1];
    // Touching pieces coded at the same nodes are one unit.
    if (last && last.end === at && last.nodes.join("\u0000") === nodes.join("\u0000")) {
      out[out.length - 1] = { ...last, id: `${last.start}-${end}`, end, text: chars.slice(last.start!, end).join("") };
    } else {
      out.push({ doc, id: `${at}-${end}`, start: at, end, text: chars.slice(at, end).join(""), nodes });
    }
  }
  return out;
}
