/**
 * Codes clauses with every policy-tool cell they carry (or none), following section 2.1 of the
 * paper and the multi-label coding manual (tests/fixtures/coding/MANUAL.md).
 *
 * For one clause:
 *  1. structural lines (headings, titles, document numbers, issuers, dates, addressees, notes)
 *     carry no instrument (./structure.ts), except a bracketed note assigning duties
 *     (（责任单位：市自然资源局）), which is coded as a clause;
 *  2. a clause in a role of the lexicon carries none either: transmittal formulas (现予印发), purpose
 *     and legal basis (为…制定本办法), scope (适用于), cross-references that only point (详见附件2),
 *     definitions (本办法所称, 是指, X包括Y), and statements of principle or guiding idea (坚持…原则,
 *     以…为指导) — unless a cue the role yields to makes it a rule (a prohibition, sanction, reward or
 *     modal verb in a definition; a mandate in a reference: 应符合附件1所列条件);
 *  3. otherwise every cue is found (./match.ts) and the clause carries every cell with a hit
 *     (`tools`: a mandate and a prohibition in one sentence are both coded), except hits of cues
 *     that qualify another instrument and yield to it (a cap on a reward, 最高不超过200万元的奖励,
 *     is part of the reward: the cue's `yieldsTo`). `tool` is the first of them in the lexicon's
 *     priority (sanctions, rewards, prohibitions and limits, learning, hortatory, duty assignments,
 *     capacity building, bare mandates), for views that need one cell per clause. `anyTool` says
 *     whether the clause carries any instrument.
 *
 * Over a sequence of clauses (`classifyClauses`), a numbered line that looks like a heading but has
 * nothing under it is a clause (./heading-context.ts); items of a list (（一）…, 1. …, 一是…) carry
 * their own cells, and only an item without a cue of its own takes the cells of the lead-in that
 * announced it with a colon (应当遵循下列基本原则：), as a human coder reads them.
 *
 * Reference: 周敏等 2025, section 2.1; tests/fixtures/coding/README.md (coding rules).
 *
 * @example
 * classifyClause("新型产业用地(M0)项目的配套用房一律不得分割。").tool;        // "authority.constraint"
 * classifyClause("本办法所称新型产业用地，是指融合研发、中试等功能的用地。").role; // "definition"
 */
import { defaultLexicon, type Lexicon, type ToolCell } from "./lexicon";
import { findCues, type CueHit } from "./match";
import { headingsInContext } from "./heading-context";
import { modifierHits } from "./modifier-cues";
import { structureOf, type MarkerFamily, type Structure, type StructureKind } from "./structure";

/** Why a clause has (or has no) tool. */
export type ClauseRole = Exclude<StructureKind, "body"> | "transmittal" | "purpose" | "scope" | "reference" | "definition" | "principle" | "instrument" | "item" | "no-cue";

/** The coding of one clause. */
export interface ClauseCoding {
  text: string;
  kind: StructureKind;
  marker: string;
  family: MarkerFamily | null;
  role: ClauseRole;
  /** The first of `tools` by priority; null when the clause carries no instrument. */
  tool: ToolCell | null;
  /** Every cell the clause carries, the priority's first first (empty: no instrument). */
  tools: ToolCell[];
  /** Whether the clause carries any instrument. */
  anyTool: boolean;
  /** Every cell with a cue in the clause, first the one that won (empty for role clauses). */
  cells: ToolCell[];
  /** The cue hits (offsets into `text`). */
  hits: CueHit[];
  /** True when the tool comes from a list's lead-in. */
  inherited: boolean;
}

const DUTY_NOTE = /^[(（]\s*(责任单位|牵头单位|配合单位|责任部门|牵头部门)/;

const ITEM_FAMILIES: ReadonlySet<MarkerFamily> = new Set(["paren", "paren-arabic", "arabic", "circled", "shi"]);

/**
 * The coding of one clause on its own.
 *
 * @example
 * classifyClause("鼓励工业企业通过厂房加层提高土地利用效率。").tool; // "symbolic_hortatory.promotion"
 */
export function classifyClause(clause: string, lexicon: Lexicon = defaultLexicon()): ClauseCoding {
  const text = clause.trim();
  return classifyStructured(text, structureOf(text), lexicon);
}

/** The coding of a trimmed clause whose structure is known (judged alone, or in context). */
function classifyStructured(text: string, structure: Structure, lexicon: Lexicon): ClauseCoding {
  // A bracketed note that assigns duties (（责任单位：…）) is an instrument, not a remark.
  const s: Structure = structure.kind === "note" && DUTY_NOTE.test(text) ? { ...structure, kind: "body" } : structure;
  const base = { text, kind: s.kind, marker: s.marker, family: s.family, inherited: false };
  if (s.kind !== "body") return { ...base, role: s.kind, tool: null, tools: [], anyTool: false, cells: [], hits: [] };
  const found = findCues(text, lexicon);
  const modifiers = modifierHits(text, found, s.family !== null && ITEM_FAMILIES.has(s.family));
  const hits = modifiers.length === 0 ? found : found.filter((h) => !modifiers.includes(h));
  for (const role of lexicon.roles) {
    if (!role.patterns.some((p) => p.test(s.body))) continue;
    const yields = hits.some((h) => role.yieldsTo.has(h.cell) || (role.yieldsToModal && h.modal));
    if (!yields) return { ...base, role: role.role as ClauseRole, tool: null, tools: [], anyTool: false, cells: [], hits };
  }
  const ranked = [...hits].sort((a, b) => a.tier - b.tier || a.start - b.start);
  const cells = [...new Set(ranked.map((h) => h.cell))];
  // A qualifying cue (a cap on a reward) yields to the instrument it qualifies.
  const present = new Set(cells);
  const tools = [...new Set(ranked.filter((h) => !h.yieldsTo.some((c) => present.has(c) && c !== h.cell)).map((h) => h.cell))];
  const tool = tools[0] ?? null;
  return { ...base, role: tool ? "instrument" : "no-cue", tool, tools, anyTool: tool !== null, cells, hits };
}

/**
 * Codes clauses in document order, carrying a lead-in's cell to the list items below it. The
 * clauses are a whole text by default; `complete: false` says they are an excerpt (a numbered
 * title may end it, ./heading-context.ts).
 *
 * @example
 * classifyClauses(["现代产业用地管理应当遵循下列基本原则：", "（一）坚持节约集约用地；", "（二）坚持公开、公平、公正。"]).map((c) => c.tool);
 * // ["authority.promotion", "authority.promotion", "authority.promotion"]
 */
export function classifyClauses(clauses: readonly string[], lexicon: Lexicon = defaultLexicon(), options: { complete?: boolean } = {}): ClauseCoding[] {
  const out: ClauseCoding[] = [];
  let lead: { tools: ToolCell[]; family: MarkerFamily | null } | null = null;
  const texts = clauses.map((clause) => clause.trim());
  // A numbered "heading" with nothing under it is a list item (./heading-context.ts).
  const structures = headingsInContext(texts.map(structureOf), options);
  for (const [k, text] of texts.entries()) {
    let c = classifyStructured(text, structures[k], lexicon);
    if (lead && c.family !== null && ITEM_FAMILIES.has(c.family) && (lead.family === null || lead.family === c.family)) {
      lead.family = c.family;
      if (c.tool === null && (c.role === "no-cue" || c.role === "principle" || c.role === "heading")) {
        c = { ...c, role: "item", tool: lead.tools[0], tools: [...lead.tools], anyTool: true, cells: [...lead.tools], inherited: true };
      }
    } else lead = null;
    if (c.tool !== null && !c.inherited && /[:：]$/.test(c.text)) lead = { tools: c.tools, family: null };
    out.push(c);
  }
  return out;
}
