/**
 * The generic scheme coder: raw Chinese policy texts coded with any coding scheme and its
 * dictionary (./dictionary.ts: the codebook's cue words, or a keyword CSV). The rule, clause by
 * clause:
 *  1. the text is cut into clauses by the kit's segmenter (./segment.ts: at line breaks and after
 *     。！？；, not inside brackets); the header (./header.ts: `#` lines, `--skip-lines N`) and
 *     structural lines (titles, headings, document numbers, issuers, dates, addressees, notes)
 *     are not coded, only body clauses, after their numbering marker; nor are the genre formulas
 *     of a normative document (./genre.ts: 为…制定本办法, 现予印发), which name aims, not instruments;
 *  2. every dictionary term is found literally, in one pass (./term-matcher.ts, linear in the
 *     text); a match inside 《…》 or “…” (a cited title, a slogan) does not count; of overlapping
 *     matches of one dimension the longer wins (出口退税 is not also 退税), the leftmost on a tie;
 *  3. tool: each tool node with a match scores the summed weight of the matches on it and on its
 *     ancestors, and the clause is coded at the highest-scoring node — so a sub-tool with a match
 *     beats its parent, and a parent's term supports its sub-tools — ties going to the node first
 *     in the codebook. Where the scheme has directions, the clause is coded at that leaf tool's
 *     cell of the direction whose matches weigh more (a tie: constraint, as a limit in a clause
 *     makes it a constraint for the paper's coder; only matches without a direction: promotion);
 *  4. second dimension: every node with a match, except a node whose descendant also matched
 *     (the most specific nodes, as NVivo coders code at leaves), in codebook order; weights play
 *     no part here.
 * One clause is one reference point at its tool node and at each of its second-dimension nodes.
 *
 * Reference: ./coder.ts (the paper's coder, whose output shape this follows); docs/codebook.md.
 *
 * @example
 * const out = codeTextsWithScheme([{ id: "s1", text: "设立专项资金支持企业研发。" }], dictionaryFromCodebook(sde, "sde.json"));
 * out.segments[0].tool;   // "supply.funding"
 * out.segments[0].themes; // ["research"]
 */
import { hasDirections } from "../dataset/codebook";
import type { Direction, DocumentCount } from "../dataset/types";
import { dictionaryText as text } from "../messages";
import type { ForeignProject } from "../qda/types";
import type { CoderText } from "./coder";
import { checkTexts, codedSegmentsOf } from "./coded-lines";
import type { SchemeDictionary } from "./dictionary";
import { genreRole } from "./genre";
import { insideSpans, keepDisjoint, quotedSpans } from "./match";
import { schemeProject } from "./scheme-project";
import type { Segment } from "./segment";
import { TermMatcher } from "./term-matcher";

/** A dictionary term found in a clause (UTF-16 offsets into the whole text). */
export interface SchemeHit {
  term: string;
  node: string;
  direction: Direction | null;
  weight: number;
  start: number;
  end: number;
}

/** A clause (or structural line) with its coding by the scheme coder. */
export interface SchemeSegment extends Segment {
  document: string;
  /** "instrument" with a tool, "no-cue" without, or the structural kind of a line not coded. */
  role: string;
  /** The tool node or cell, or null. */
  tool: string | null;
  /** The clause's tool nodes: this coder codes one per clause (`[tool]`, or none). */
  tools: string[];
  anyTool: boolean;
  /** Every tool node with a match, by score, the winner first. */
  cells: string[];
  /** Always false: the scheme coder has no list lead-ins (the paper's coder's `inherited`). */
  inherited: boolean;
  themes: string[];
  toolCues: SchemeHit[];
  themeCues: SchemeHit[];
}

/** What `codeTextsWithScheme` returns (the shape of `codeTexts`). */
export interface SchemeCodedTexts {
  segments: SchemeSegment[];
  documentCounts: DocumentCount[];
  project: ForeignProject;
}

/** Options of `codeTextsWithScheme`. */
export interface SchemeCodeOptions {
  /** Lines at the top of every text not coded, besides `#` lines (./header.ts). */
  skipLines?: number;
  /** Name recorded as the project's file. */
  file?: string;
}

interface Compiled {
  matcher: TermMatcher;
  /** Per term of the matcher: the entries with that term. */
  byTerm: { node: string; dimension: "tools" | "themes"; direction: Direction | null; weight: number }[][];
  /** Codebook order of every node. */
  order: Map<string, number>;
  /** Ancestors of every tool node (parent first), within the tools dimension. */
  ancestors: Map<string, string[]>;
  /** Descendant test for second-dimension nodes. */
  isBelow: (node: string, ancestor: string) => boolean;
}

const compiled = new WeakMap<SchemeDictionary, Compiled>();

function compile(dict: SchemeDictionary): Compiled {
  const cached = compiled.get(dict);
  if (cached) return cached;
  const matcher = new TermMatcher(dict.entries.map((e) => e.term));
  const index = new Map(matcher.terms.map((t, i) => [t, i]));
  const byTerm: Compiled["byTerm"] = matcher.terms.map(() => []);
  for (const e of dict.entries) byTerm[index.get(e.term) as number].push(e);
  const nodes = dict.codebook.nodes;
  const order = new Map([...nodes.keys()].map((id, i) => [id, i]));
  const ancestors = new Map<string, string[]>();
  for (const n of nodes.values()) {
    if (n.dimension !== "tools" || n.kind !== "tool") continue;
    const up: string[] = [];
    for (let p = n.parent === null ? undefined : nodes.get(n.parent); p && p.kind === "tool"; p = p.parent === null ? undefined : nodes.get(p.parent)) up.push(p.id);
    ancestors.set(n.id, up);
  }
  // By parents, not by the dotted id: ids are paths by convention only.
  const isBelow = (node: string, ancestor: string) => isBelowByParent(node, ancestor, nodes);
  const out = { matcher, byTerm, order, ancestors, isBelow };
  compiled.set(dict, out);
  return out;
}

function isBelowByParent(node: string, ancestor: string, nodes: SchemeDictionary["codebook"]["nodes"]): boolean {
  for (let p = nodes.get(node)?.parent; p; p = nodes.get(p)?.parent ?? null) if (p === ancestor) return true;
  return false;
}

/**
 * The matches of one clause body [from, to) of the text `all`, per dimension, overlaps resolved.
 */
function matchClause(all: string, from: number, to: number, c: Compiled): { tools: SchemeHit[]; themes: SchemeHit[] } {
  const body = all.slice(from, to);
  const quoted = quotedSpans(body);
  const raw: { tools: SchemeHit[]; themes: SchemeHit[] } = { tools: [], themes: [] };
  for (const o of c.matcher.find(body)) {
    if (insideSpans(o.start, o.end, quoted)) continue;
    for (const e of c.byTerm[o.term]) raw[e.dimension].push({ term: c.matcher.terms[o.term], node: e.node, direction: e.direction, weight: e.weight, start: o.start, end: o.end });
  }
  // Longest first, then leftmost: a shorter term inside a longer match is the same words again.
  // Hits of one term on several nodes share their span, and all of them are kept. Spans are keyed
  // by number (start · (length + 1) + end), not by string, to stay cheap on dense texts.
  const width = body.length + 1;
  const disjoint = (hits: SchemeHit[]) => {
    const spans = new Map<number, { start: number; end: number }>();
    for (const h of hits) if (!spans.has(h.start * width + h.end)) spans.set(h.start * width + h.end, { start: h.start, end: h.end });
    const ordered = [...spans.values()].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept = new Set(keepDisjoint(ordered, body.length).map((x) => x.start * width + x.end));
    const out = hits.filter((h) => kept.has(h.start * width + h.end));
    for (const h of out) (h.start += from), (h.end += from);
    return out.sort((a, b) => a.start - b.start);
  };
  return { tools: disjoint(raw.tools), themes: disjoint(raw.themes) };
}

/** The tool (or cell) of a clause by the rule of step 3, and every scored node, the winner first. */
function toolOf(hits: readonly SchemeHit[], c: Compiled, directed: boolean): { tool: string | null; ranked: string[] } {
  if (hits.length === 0) return { tool: null, ranked: [] };
  const own = new Map<string, number>();
  for (const h of hits) own.set(h.node, (own.get(h.node) ?? 0) + h.weight);
  const score = (node: string) => (own.get(node) ?? 0) + (c.ancestors.get(node) ?? []).reduce((s, a) => s + (own.get(a) ?? 0), 0);
  const ranked = [...own.keys()].sort((a, b) => score(b) - score(a) || (c.order.get(a) as number) - (c.order.get(b) as number));
  const winner = ranked[0];
  if (!directed) return { tool: winner, ranked };
  let promotion = 0;
  let constraint = 0;
  for (const h of hits) if (h.node === winner && h.direction === "promotion") promotion += h.weight;
  for (const h of hits) if (h.node === winner && h.direction === "constraint") constraint += h.weight;
  const direction: Direction = constraint > 0 && constraint >= promotion ? "constraint" : "promotion";
  return { tool: `${winner}.${direction}`, ranked };
}

/** The most specific second-dimension nodes with a match, in codebook order. */
function themesOf(hits: readonly SchemeHit[], c: Compiled): string[] {
  const found = [...new Set(hits.map((h) => h.node))];
  return found.filter((n) => !found.some((m) => m !== n && c.isBelow(m, n))).sort((a, b) => (c.order.get(a) as number) - (c.order.get(b) as number));
}

/**
 * Codes texts with a scheme dictionary: segments, document-level counts and a ForeignProject
 * whose codes are the scheme's node ids.
 *
 * @example
 * codeTextsWithScheme([{ id: "a", text: "对出口企业给予出口退税。" }], dict).segments[0].tool; // "demand.trade"
 */
export function codeTextsWithScheme(texts: readonly CoderText[], dictionary: SchemeDictionary, options: SchemeCodeOptions = {}): SchemeCodedTexts {
  checkTexts(texts);
  const c = compile(dictionary);
  const directed = hasDirections(dictionary.codebook);
  const segments: SchemeSegment[] = [];
  const documentCounts: DocumentCount[] = [];
  for (const t of texts) {
    const counts = new Map<string, number>();
    for (const p of codedSegmentsOf(t.text, options.skipLines ?? 0)) {
      const genre = p.kind === "body" ? genreRole(t.text.slice(p.contentStart, p.end)) : null;
      const found = p.kind === "body" && genre === null ? matchClause(t.text, p.contentStart, p.end, c) : { tools: [], themes: [] };
      const { tool, ranked } = toolOf(found.tools, c, directed);
      const themes = themesOf(found.themes, c);
      const role = p.kind !== "body" ? p.kind : genre ?? (tool ? "instrument" : "no-cue");
      segments.push({ ...p, document: t.id, role, tool, tools: tool ? [tool] : [], anyTool: tool !== null, cells: ranked, inherited: false, themes, toolCues: found.tools, themeCues: found.themes });
      for (const node of [...(tool ? [tool] : []), ...themes]) counts.set(node, (counts.get(node) ?? 0) + 1);
    }
    for (const [node_id, n] of counts) documentCounts.push({ doc_id: t.id, node_id, points: n, line: documentCounts.length + 2 });
  }
  const coded = segments.filter((s) => s.tool !== null).length;
  const note = text.projectNote(dictionary.codebook.scheme.id, dictionary.source, texts.length, segments.length, coded);
  return { segments, documentCounts, project: schemeProject(texts, segments, dictionary.codebook, { file: options.file, origin: text.origin(dictionary.codebook.scheme.id), notes: [note, text.rule] }) };
}
