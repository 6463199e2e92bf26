/**
 * The coder's lexicon: cue patterns per tool cell, the priority of cells, the roles of clauses
 * without an instrument, and theme cues; read from a JSON file (default ./lexicon.json), checked,
 * and compiled to regular expressions once.
 *
 * A cue is `{term}` (matched literally) or `{term, regex}`; `notIn` lists longer words that contain
 * the term and are not the cue (应 in 供应/相应/适应/应用: the known pitfall of matching Chinese
 * without segmentation, quanteda issue #2476); `tier` overrides the cell's rank in `priority`
 * (duty assignments, 负责/统筹, rank above capacity-building cues although they are authority;
 * setting up a body, 成立…领导小组, ranks above duties although it is capacity building);
 * `modal` marks 应当/应/须/必须/要, which defeat the definition role; `yieldsTo` lists cells the cue
 * only qualifies (不超过 in 最高不超过200万元的奖励 belongs to the reward): its hit is dropped when the
 * clause also carries one of them.
 *
 * Reference: section 2.1 of the paper (tool definitions and cue words, in
 * data/paper-m0/codebook.json); tests/fixtures/coding/README.md for the coding rules the lexicon follows.
 *
 * @example
 * const lex = defaultLexicon();
 * lex.cells.length;        // 10
 * lex.tierOf("duty") < lex.tierOf("authority.promotion"); // true
 */
import { foundText } from "../io/json-schema";
import { InputError, IssueCollector } from "../errors";
import { coding as text } from "../messages";
import spec from "./lexicon.json";

/** The ten tool × direction cells of the codebook, in codebook order. */
export const TOOL_CELLS = [
  "authority.promotion", "authority.constraint",
  "incentive.promotion", "incentive.constraint",
  "capacity_building.promotion", "capacity_building.constraint",
  "symbolic_hortatory.promotion", "symbolic_hortatory.constraint",
  "learning.promotion", "learning.constraint",
] as const;

/** A tool cell, `<tool>.<direction>`, as the kit's codebook names it. */
export type ToolCell = (typeof TOOL_CELLS)[number];

/** A compiled cue. */
export interface Cue {
  cell: ToolCell;
  term: string;
  /** Global regex of the term or pattern. */
  pattern: RegExp;
  literal: boolean;
  /** Longer words containing the term, with the term's offset inside each. */
  notIn: readonly { word: string; offset: number }[];
  /** Rank in `priority`: lower wins. */
  tier: number;
  modal: boolean;
  /** Cells this cue qualifies: a hit is dropped when the clause also carries one of them (a cap on a reward). */
  yieldsTo: readonly ToolCell[];
}

/** A compiled role: clauses matching any pattern carry no instrument, unless they yield. */
export interface Role {
  role: string;
  patterns: readonly RegExp[];
  yieldsTo: ReadonlySet<ToolCell>;
  yieldsToModal: boolean;
}

/** A theme cue: a literal term for a theme node id. */
export interface ThemeCue {
  node: string;
  term: string;
}

/** A compiled lexicon. */
export interface Lexicon {
  version: string;
  cells: readonly ToolCell[];
  cues: readonly Cue[];
  roles: readonly Role[];
  themes: readonly ThemeCue[];
  tierOf(tier: string): number;
  /** The ten cells in the order of `priority` (a clause's primary tool is the first it carries). */
  priorityCells: readonly ToolCell[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function compileRegex(source: string, flags: string, file: string, field: string, issues: IssueCollector): RegExp | null {
  try {
    return new RegExp(source, flags);
  } catch (e) {
    issues.add({ file, field, found: source, expected: text.expected.regex((e as Error).message) });
    return null;
  }
}

/**
 * Checks and compiles a lexicon object (the parsed JSON); every problem is reported at once as an
 * InputError naming the file and the JSON path.
 *
 * @example
 * loadLexicon(JSON.parse(readFileSync("my-lexicon.json", "utf8")), "my-lexicon.json");
 */
export function loadLexicon(raw: unknown, file: string = text.lexiconFile): Lexicon {
  const issues = new IssueCollector();
  if (!isObject(raw) || !Array.isArray(raw.priority) || !isObject(raw.cells) || !Array.isArray(raw.roles) || !isObject(raw.themes)) {
    throw new InputError([{ file, found: JSON.stringify(raw)?.slice(0, 60) ?? String(raw), expected: text.expected.lexiconObject }]);
  }
  const priority = raw.priority.map(String);
  const missingCells = TOOL_CELLS.filter((c) => !priority.includes(c));
  if (missingCells.length > 0 || new Set(priority).size !== priority.length) issues.add({ file, field: "priority", found: priority.join(", "), expected: text.expected.priorityCells });
  const tierOf = (tier: string) => priority.indexOf(tier);
  const cues: Cue[] = [];
  for (const [cell, list] of Object.entries(raw.cells)) {
    if (!(TOOL_CELLS as readonly string[]).includes(cell)) {
      issues.add({ file, field: `cells.${cell}`, found: cell, expected: text.expected.knownCell(TOOL_CELLS) });
      continue;
    }
    if (!Array.isArray(list)) {
      issues.add({ file, field: `cells.${cell}`, found: typeof list, expected: text.expected.nonEmptyArray });
      continue;
    }
    list.forEach((c: unknown, i) => {
      const field = `cells.${cell}[${i}]`;
      if (!isObject(c) || typeof c.term !== "string" || c.term === "") return issues.add({ file, field, found: foundText(c), expected: text.expected.cueObject });
      const literal = typeof c.regex !== "string";
      const pattern = compileRegex(literal ? escape(c.term) : (c.regex as string), "g", file, `${field}.regex`, issues);
      const notIn = Array.isArray(c.notIn) ? c.notIn.map(String) : [];
      for (const w of notIn) if (!w.includes(c.term)) issues.add({ file, field: `${field}.notIn`, found: w, expected: text.expected.notInContains(c.term) });
      const tierName = typeof c.tier === "string" ? c.tier : cell;
      if (tierOf(tierName) < 0) issues.add({ file, field: `${field}.tier`, found: tierName, expected: text.expected.knownTier(priority) });
      const yields = Array.isArray(c.yieldsTo) ? c.yieldsTo.map(String) : [];
      for (const y of yields) if (!(TOOL_CELLS as readonly string[]).includes(y)) issues.add({ file, field: `${field}.yieldsTo`, found: y, expected: text.expected.knownCell(TOOL_CELLS) });
      if (pattern) cues.push({ cell: cell as ToolCell, term: c.term, pattern, literal, notIn: notIn.map((word) => ({ word, offset: word.indexOf(c.term as string) })), tier: tierOf(tierName), modal: c.modal === true, yieldsTo: yields.filter((y): y is ToolCell => (TOOL_CELLS as readonly string[]).includes(y)) });
    });
  }
  const roles: Role[] = [];
  raw.roles.forEach((r: unknown, i) => {
    if (!isObject(r) || typeof r.role !== "string" || !Array.isArray(r.patterns)) return issues.add({ file, field: `roles[${i}]`, found: foundText(r), expected: text.expected.role });
    const patterns = r.patterns.map((p, j) => compileRegex(String(p), "", file, `roles[${i}].patterns[${j}]`, issues)).filter((p): p is RegExp => p !== null);
    const yieldsTo = Array.isArray(r.yieldsTo) ? r.yieldsTo.map(String) : [];
    for (const y of yieldsTo) if (!(TOOL_CELLS as readonly string[]).includes(y)) issues.add({ file, field: `roles[${i}].yieldsTo`, found: y, expected: text.expected.knownCell(TOOL_CELLS) });
    roles.push({ role: r.role, patterns, yieldsTo: new Set(yieldsTo as ToolCell[]), yieldsToModal: r.yieldsToModal === true });
  });
  const themes: ThemeCue[] = [];
  for (const [node, terms] of Object.entries(raw.themes)) {
    if (!/^[a-z0-9_]+(\.[a-z0-9_]+)*$/.test(node) || !Array.isArray(terms)) {
      issues.add({ file, field: `themes.${node}`, found: node, expected: text.expected.themeId });
      continue;
    }
    for (const term of terms) themes.push({ node, term: String(term) });
  }
  issues.throwIfAny();
  const priorityCells = priority.filter((p): p is ToolCell => (TOOL_CELLS as readonly string[]).includes(p));
  return { version: String(raw.version ?? "unversioned"), cells: TOOL_CELLS, cues, roles, themes, tierOf, priorityCells };
}

let cached: Lexicon | undefined;

/** The shipped lexicon (./lexicon.json), compiled once. */
export function defaultLexicon(): Lexicon {
  cached ??= loadLexicon(spec);
  return cached;
}
