/**
 * The dictionary coder: raw Chinese policy texts in, coded clauses out, in three shapes —
 *  - `segments`: every clause and structural line with its offsets (UTF-16 and code points), its
 *    tool cells (`tools`: every instrument the clause carries; `tool` the first by priority, null
 *    for none), the "any tool" flag, its themes and the cue words that decided;
 *  - `documentCounts`: reference points per document and codebook node (tool cells and the most
 *    specific theme nodes), the rows of a dataset's document_counts.csv; a clause carrying two
 *    cells is a reference point at each, as a passage coded at two nodes is in NVivo;
 *  - `project`: a ForeignProject (sources with text, codes, codings in code points) for the .qdpx
 *    writer and the mapper.
 *
 * A text's header — leading `#` metadata lines and the first `skipLines` lines (./header.ts) — is
 * not coded; every offset is still an offset into the whole text. For schemes other than the
 * paper's, ./scheme-coder.ts codes with the scheme's own cue words.
 *
 * Machine coding is a first pass: tests/fixtures/coding holds a hand-coded sample of real clauses
 * and the agreement the coder reaches on it (tests/coding-eval.test.ts).
 *
 * Reference: 周敏等 2025, section 2.1 (tools), Tables 3–7 (themes); ./classify.ts, ./segment.ts.
 *
 * @example
 * const out = codeTexts([{ id: "dg", title: "东莞市新型产业用地(M0)管理办法", text: "第三条 配套用房一律不得分割。" }]);
 * out.segments[0].tool;        // "authority.constraint"
 * out.documentCounts[0];       // { doc_id: "dg", node_id: "authority.constraint", points: 1, line: 2 }
 */
import { indexCodebook } from "../dataset/codebook";
import { readJson } from "../dataset/load";
import type { DocumentCount, ThemeDef } from "../dataset/types";
import type { ForeignProject } from "../qda/types";
import { kitPath } from "../util/paths";
import { classifyClauses, type ClauseRole } from "./classify";
import { defaultLexicon, type Lexicon, type ToolCell } from "./lexicon";
import type { CueHit } from "./match";
import { toForeignProject } from "./project";
import { checkTexts, codedSegmentsOf } from "./coded-lines";
import type { Segment } from "./segment";
import { findThemes, themesInContext, type ThemeHit } from "./themes";
import { toSentenceSegments } from "./sentence-units";

/** A text to code. */
export interface CoderText {
  /** Unique id: the source's guid and the document's doc_id. */
  id: string;
  /** The source's name in the project (default: the title, else the id); `toolmix code` names it after the file. */
  name?: string;
  title?: string;
  text: string;
  /** Attributes (region, city, year, …) carried to the project's sources. */
  variables?: Record<string, string>;
}

/** Options of `codeTexts`. */
export interface CodeTextsOptions {
  /** A lexicon other than the shipped one (see loadLexicon). */
  lexicon?: Lexicon;
  /** The theme tree to code against (default: data/paper-m0/codebook.json). */
  themes?: readonly ThemeDef[];
  /** Name recorded as the project's file. */
  file?: string;
  /** Lines at the top of every text not coded, besides the `#` header lines (./header.ts). */
  skipLines?: number;
  /** The coded unit: "clause" (default) or "sentence" (clauses cut at ；/; on one line joined, ./sentence-units.ts). */
  unit?: "clause" | "sentence";
}

/** A segment with its coding; cue offsets are UTF-16 indices into the whole text. */
export interface CodedSegment extends Segment {
  document: string;
  role: ClauseRole;
  tool: ToolCell | null;
  /** Every cell the clause carries (multi-label), the priority's first first. */
  tools: ToolCell[];
  anyTool: boolean;
  /** Every cell with a cue, the winner first. */
  cells: ToolCell[];
  inherited: boolean;
  themes: string[];
  toolCues: CueHit[];
  themeCues: ThemeHit[];
}

/** What `codeTexts` returns. */
export interface CodedTexts {
  segments: CodedSegment[];
  documentCounts: DocumentCount[];
  project: ForeignProject;
}

const NO_THEMES: ReadonlySet<ClauseRole> = new Set(["transmittal", "purpose", "reference"]);

let paperThemes: readonly ThemeDef[] | undefined;

/** The paper's theme tree (data/paper-m0/codebook.json), read once. */
export function defaultThemes(): readonly ThemeDef[] {
  const file = kitPath("data", "paper-m0", "codebook.json");
  paperThemes ??= indexCodebook(readJson(file), file).themes;
  return paperThemes;
}

/**
 * Codes texts: segments, document-level counts and a ForeignProject.
 *
 * @example
 * codeTexts([{ id: "a", text: "鼓励企业提容改造，提高土地利用效率。" }]).segments[0].tool; // "symbolic_hortatory.promotion"
 */
export function codeTexts(texts: readonly CoderText[], options: CodeTextsOptions = {}): CodedTexts {
  checkTexts(texts);
  const lexicon = options.lexicon ?? defaultLexicon();
  const themes = options.themes ?? defaultThemes();
  const segments: CodedSegment[] = [];
  const points = new Map<string, Map<string, number>>();
  for (const t of texts) {
    // The header (# lines, --skip-lines) is left out; offsets stay those of the whole text.
    const parts = codedSegmentsOf(t.text, options.skipLines ?? 0);
    const codings = classifyClauses(parts.map((p) => p.text), lexicon);
    const found = parts.map((p, i) => (codings[i].kind === "body" && !NO_THEMES.has(codings[i].role) ? findThemes(p.text, lexicon) : { nodes: [], hits: [] }));
    const themeNodes = themesInContext(found.map((f) => f.nodes), codings.map((c) => c.anyTool));
    const clauses: CodedSegment[] = parts.map((p, i) => {
      const c = codings[i];
      const shift = <T extends { start: number; end: number }>(h: T): T => ({ ...h, start: h.start + p.start, end: h.end + p.start });
      // c.kind: a bracketed duty note (（责任单位：…）) is a clause for the classifier, so a body segment here.
      return { ...p, kind: c.kind, document: t.id, role: c.role, tool: c.tool, tools: c.tools, anyTool: c.anyTool, cells: c.cells, inherited: c.inherited, themes: themeNodes[i], toolCues: c.hits.map(shift), themeCues: found[i].hits.map(shift) };
    });
    const units = options.unit === "sentence" ? toSentenceSegments(clauses, lexicon.priorityCells, new Map([[t.id, t.text]])) : clauses;
    const counts = new Map<string, number>();
    points.set(t.id, counts);
    for (const u of units) {
      segments.push(u);
      for (const node of [...u.tools, ...u.themes]) counts.set(node, (counts.get(node) ?? 0) + 1);
    }
  }
  const documentCounts: DocumentCount[] = [];
  for (const [doc_id, counts] of points) for (const [node_id, n] of counts) documentCounts.push({ doc_id, node_id, points: n, line: documentCounts.length + 2 });
  return { segments, documentCounts, project: toForeignProject(texts, segments, themes, lexicon.version, options.file, options.unit ?? "clause") };
}
