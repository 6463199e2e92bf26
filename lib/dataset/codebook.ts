import { IssueCollector } from "../errors";
import { expected, found } from "../messages";
import type { Codebook, Cue, Direction, DirectionDef, IndexedCodebook, NodeInfo, ThemeDef, ToolDef } from "./types";

const DIRECTIONS: readonly Direction[] = ["promotion", "constraint"];
const ID = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/;
/**
 * The deepest theme tree read (the paper's has 3 levels). Reading stops there with an error, so a
 * hostile 50 000-level codebook cannot exhaust the stack of the recursive readers below.
 */
export const MAX_THEME_DEPTH = 32;

/**
 * Checks a parsed codebook.json and indexes every node of both dimensions.
 *
 * The tools dimension gets a root `tools` (Table 2's 合计 row), one margin per direction
 * (`tools.promotion`, `tools.constraint`), the tools, and one cell per tool and direction
 * (`authority.promotion`). The themes dimension gets a root `themes` above the theme tree.
 * Ids must be unique across both dimensions; every problem is reported with its JSON path.
 *
 * @example
 * const book = indexCodebook(JSON.parse(readUtf8("data/paper-m0/codebook.json")), "codebook.json");
 * book.nodes.get("authority.promotion")?.parent; // "authority"
 */
export function indexCodebook(json: unknown, file: string): IndexedCodebook {
  const issues = new IssueCollector();
  const at = (field: string, found: unknown, want: string) =>
    issues.add({ file, field, found: typeof found === "string" ? found : JSON.stringify(found) ?? "undefined", expected: want });
  if (!isObject(json)) {
    at("(top level)", json, expected.codebookObject);
    issues.throwIfAny();
  }
  const book = json as Record<string, unknown>;
  const directions = readDirections(book.directions, at);
  const tools = readArray(book.tools, "tools", at).map((t, i) => readTool(t, `tools[${i}]`, at));
  const themes = readArray(book.themes, "themes", at).map((t, i) => readTheme(t, `themes[${i}]`, at, 1));
  issues.throwIfAny();
  const codebook: Codebook = { version: String(book.version ?? "unversioned"), directions, tools, themes };
  const nodes = buildIndex(codebook, at);
  issues.throwIfAny();
  return { ...codebook, nodes };
}

type Report = (field: string, found: unknown, want: string) => void;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readArray(value: unknown, field: string, at: Report): unknown[] {
  if (Array.isArray(value) && value.length > 0) return value;
  at(field, value, expected.nonEmptyArray);
  return [];
}

function readLabel(node: Record<string, unknown>, path: string, key: string, at: Report): string {
  const value = node[key];
  if (typeof value === "string" && value.trim() !== "") return value;
  at(`${path}.${key}`, value, expected.nonEmpty);
  return "";
}

function readId(node: Record<string, unknown>, path: string, at: Report): string {
  const id = node.id;
  if (typeof id === "string" && ID.test(id)) return id;
  at(`${path}.id`, id, expected.nodeId);
  return "";
}

function readDirections(value: unknown, at: Report): DirectionDef[] {
  const list = readArray(value, "directions", at);
  const defs = list.map((d, i) => {
    const path = `directions[${i}]`;
    if (!isObject(d) || !DIRECTIONS.includes(d.id as Direction)) {
      at(`${path}.id`, isObject(d) ? d.id : d, expected.oneOf(DIRECTIONS));
      return null;
    }
    return { id: d.id as Direction, label_zh: readLabel(d, path, "label_zh", at), label_en: readLabel(d, path, "label_en", at) };
  });
  const ids = defs.map((d) => d?.id).join(",");
  if (list.length > 0 && ids !== DIRECTIONS.join(",")) at("directions", ids, expected.bothDirections);
  return defs.filter((d): d is DirectionDef => d !== null);
}

function readTool(value: unknown, path: string, at: Report): ToolDef {
  if (!isObject(value)) {
    at(path, value, expected.object);
    return { id: "", label_zh: "", label_en: "", cues: [] };
  }
  const cues: Cue[] = [];
  (Array.isArray(value.cues) ? value.cues : []).forEach((c: unknown, i: number) => {
    const cuePath = `${path}.cues[${i}]`;
    if (!isObject(c) || typeof c.term !== "string" || c.term === "") return at(`${cuePath}.term`, isObject(c) ? c.term : c, expected.nonEmpty);
    if (c.direction !== null && !DIRECTIONS.includes(c.direction as Direction)) return at(`${cuePath}.direction`, c.direction, expected.cueDirection);
    cues.push({ term: c.term, direction: c.direction as Direction | null, section: String(c.section ?? "") });
  });
  if (value.cues !== undefined && !Array.isArray(value.cues)) at(`${path}.cues`, value.cues, expected.array);
  return {
    id: readId(value, path, at),
    label_zh: readLabel(value, path, "label_zh", at),
    label_en: readLabel(value, path, "label_en", at),
    ...(typeof value.summary_en === "string" ? { summary_en: value.summary_en } : {}),
    cues,
  };
}

function readTheme(value: unknown, path: string, at: Report, level: number): ThemeDef {
  if (!isObject(value)) {
    at(path, value, expected.object);
    return { id: "", label_zh: "", label_en: "" };
  }
  const theme: ThemeDef = { id: readId(value, path, at), label_zh: readLabel(value, path, "label_zh", at), label_en: readLabel(value, path, "label_en", at) };
  if (value.children === undefined) return theme;
  // Guard before descending: the depth is known here, so no deeper call is ever made.
  if (level >= MAX_THEME_DEPTH) {
    at(`${path}.children`, found.deeperThan(level), expected.themeDepth(MAX_THEME_DEPTH));
    return theme;
  }
  const children = readArray(value.children, `${path}.children`, at).map((c, i) => readTheme(c, `${path}.children[${i}]`, at, level + 1));
  return { ...theme, children };
}

function buildIndex(book: Codebook, at: Report): Map<string, NodeInfo> {
  const nodes = new Map<string, NodeInfo>();
  const add = (node: NodeInfo, path: string) => {
    if (nodes.has(node.id)) at(`${path}.id`, node.id, expected.uniqueNodeId);
    else nodes.set(node.id, node);
  };
  const label = (d: Direction) => book.directions.find((x) => x.id === d) ?? { label_zh: d, label_en: d };
  add({ id: "tools", dimension: "tools", kind: "root", parent: null, level: 0, label_zh: "合计", label_en: "Total", children: book.tools.map((t) => t.id) }, "tools");
  for (const d of DIRECTIONS) {
    add({ id: `tools.${d}`, dimension: "tools", kind: "margin", parent: "tools", level: 1, ...labelsOf(label(d)), children: [], direction: d }, "directions");
  }
  book.tools.forEach((tool, i) => {
    const cells = DIRECTIONS.map((d) => `${tool.id}.${d}`);
    add({ id: tool.id, dimension: "tools", kind: "tool", parent: "tools", level: 1, ...labelsOf(tool), children: cells }, `tools[${i}]`);
    for (const d of DIRECTIONS) {
      const labels = { label_zh: `${tool.label_zh}（${label(d).label_zh}）`, label_en: `${tool.label_en} (${label(d).label_en.toLowerCase()})` };
      add({ id: `${tool.id}.${d}`, dimension: "tools", kind: "cell", parent: tool.id, level: 2, ...labels, children: [], direction: d }, `tools[${i}]`);
    }
  });
  add({ id: "themes", dimension: "themes", kind: "root", parent: null, level: 0, label_zh: "政策主题", label_en: "Policy themes", children: book.themes.map((t) => t.id) }, "themes");
  const walk = (themes: readonly ThemeDef[], parent: string, level: number, path: string) =>
    themes.forEach((theme, i) => {
      const here = `${path}[${i}]`;
      const children = (theme.children ?? []).map((c) => c.id);
      add({ id: theme.id, dimension: "themes", kind: "theme", parent, level, ...labelsOf(theme), children }, here);
      walk(theme.children ?? [], theme.id, level + 1, `${here}.children`);
    });
  walk(book.themes, "themes", 1, "themes");
  return nodes;
}

function labelsOf(x: { label_zh: string; label_en: string }): { label_zh: string; label_en: string } {
  return { label_zh: x.label_zh, label_en: x.label_en };
}
