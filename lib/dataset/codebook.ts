import { fixedIndicatorNames } from "../simulate/indicator-docs";
import { IssueCollector } from "../errors";
import { checkSchema } from "../io/json-schema";
import { expected, schemeDefaults, schemeText } from "../messages";
import { DIRECTIONS, isObject, MAX_THEME_DEPTH, readArray, readDimension, readDirections, readScheme, readTheme, readTool, type Report } from "./codebook-read";
import type { Codebook, Direction, IndexedCodebook, NodeInfo, ThemeDef, ToolDef } from "./types";

export { MAX_THEME_DEPTH };

/** The id of the paper's scheme (Schneider–Ingram tools × promotion/constraint), the default of a codebook with directions. */
export const PAPER_SCHEME_ID: string = schemeDefaults.paper.id;

/**
 * Checks a parsed codebook.json and indexes every node of both dimensions.
 *
 * The tools dimension gets a root `tools` (Table 2's 合计 row), the tools and their sub-tools
 * (any depth up to {@link MAX_THEME_DEPTH}), and — when the codebook declares directions — one
 * margin per direction (`tools.promotion`, `tools.constraint`) and one cell per leaf tool and
 * direction (`authority.promotion`). Without directions the leaf tools carry the points. The
 * second dimension (themes, policy stages, … as `theme_dimension` names it) gets a root `themes`
 * above its tree. Ids must be unique across both dimensions; every problem is reported with its
 * JSON path. A codebook that passes these checks is then checked against
 * schemas/codebook.schema.json (unknown keys, wrong types of optional fields). The scheme defaults
 * to the paper's (`schneider-ingram`) for a codebook with directions, else to `custom`.
 *
 * @example
 * const book = indexCodebook(JSON.parse(readUtf8("data/paper-m0/codebook.json")), "codebook.json");
 * book.nodes.get("authority.promotion")?.parent; // "authority"
 * book.scheme.id;                                  // "schneider-ingram"
 */
export function indexCodebook(json: unknown, file: string): IndexedCodebook {
  const issues = new IssueCollector();
  const at: Report = (field, found, want) =>
    issues.add({ file, field, found: typeof found === "string" ? found : JSON.stringify(found) ?? "undefined", expected: want });
  if (!isObject(json)) {
    at("(top level)", json, expected.codebookObject);
    issues.throwIfAny();
  }
  const book = json as Record<string, unknown>;
  const directions = readDirections(book.directions, at);
  const directed = directions.length > 0;
  const tools = readArray(book.tools, "tools", at).map((t, i) => readTool(t, `tools[${i}]`, at, 1, directed));
  const themes = readArray(book.themes, "themes", at).map((t, i) => readTheme(t, `themes[${i}]`, at, 1));
  const scheme = readScheme(book.scheme, directed, at);
  const theme_dimension = readDimension(book.theme_dimension, at);
  issues.throwIfAny();
  const codebook: Codebook = { version: String(book.version ?? "unversioned"), scheme, directions, tools, themes, theme_dimension };
  const nodes = buildIndex(codebook, at);
  const headline = readHeadline(book.headline_indicators, codebook, nodes, at);
  issues.throwIfAny();
  // The shape last: the readers above name the usual mistakes in the codebook's terms and bound the depth.
  checkSchema(json, "codebook", file);
  return { ...codebook, ...(headline ? { headline } : {}), nodes };
}

/**
 * headline_indicators: names the simulation produces for this codebook, each checked against the
 * fixed indicators and the codebook's own nodes (a list, never object keys).
 */
function readHeadline(value: unknown, codebook: Codebook, nodes: ReadonlyMap<string, NodeInfo>, at: Report): string[] | undefined {
  if (value === undefined) return undefined;
  const fixed = fixedIndicatorNames();
  const topTools = codebook.tools.map((t) => t.id);
  const produced = (name: unknown): boolean => {
    if (typeof name !== "string") return false;
    // Two fixed names exist only in some codebooks: promotionShare with directions, authorityShare with a tool `authority`.
    if (name === "promotionShare") return hasDirections(codebook);
    if (name === "authorityShare") return topTools.includes("authority");
    if (fixed.includes(name)) return true;
    const node = name.startsWith("share.") ? nodes.get(name.slice(6)) : undefined;
    if (node) return node.kind === "tool" || node.kind === "cell" || node.kind === "theme";
    return name.startsWith("promotion.") && hasDirections(codebook) && topTools.includes(name.slice(10));
  };
  if (!Array.isArray(value)) {
    at("headline_indicators", value, schemeText.headlineIndicator(fixed));
    return undefined;
  }
  value.forEach((name, i) => produced(name) || at(`headline_indicators[${i}]`, name, schemeText.headlineIndicator(fixed)));
  return value as string[];
}

/**
 * The indicators tables of a simulation show first: the codebook's headline_indicators, or every
 * top-level tool's share, the promotion share and each tool's promotion fraction (where tools
 * are split by direction), then the mix measures.
 *
 * @example
 * headlineIndicators(sde.codebook); // ["share.supply", "share.environment", "share.demand", "evenness", …]
 */
export function headlineIndicators(codebook: Pick<Codebook, "headline" | "tools" | "directions">): readonly string[] {
  if (codebook.headline) return codebook.headline;
  const shares = codebook.tools.map((t) => `share.${t.id}`);
  // Where tools are split by direction, the promotion share and each tool's promotion fraction.
  const promotion = hasDirections(codebook) ? ["promotionShare", ...codebook.tools.map((t) => `promotion.${t.id}`)] : [];
  return [...shares, ...promotion, "evenness", "effectiveTools", "hhi", "costOfChange", "aitchisonShift"];
}

/**
 * Whether the codebook splits its tools by direction (promotion/constraint).
 *
 * @example
 * hasDirections(paper.codebook); // true
 */
export function hasDirections(codebook: Pick<Codebook, "directions">): boolean {
  return (codebook.directions?.length ?? 0) > 0;
}

/**
 * The leaf tools in codebook order: tools without sub-tools (the ones direction cells attach to,
 * or that carry points in a scheme without directions).
 *
 * @example
 * leafTools(paper.codebook).length; // 5
 */
export function leafTools(codebook: Pick<Codebook, "tools">): ToolDef[] {
  const out: ToolDef[] = [];
  const walk = (tools: readonly ToolDef[]) => tools.forEach((t) => (t.children?.length ? walk(t.children) : out.push(t)));
  walk(codebook.tools);
  return out;
}

/**
 * Whether the paper's Table 2–7 layout fits the codebook: the paper's scheme, with directions and
 * no sub-tools (every top-level tool has its two cells). Other codebooks get the generic tables.
 *
 * @example
 * hasPaperLayout(paper.codebook); // true
 */
export function hasPaperLayout(codebook: Pick<Codebook, "scheme" | "directions" | "tools">): boolean {
  return codebook.scheme.id === PAPER_SCHEME_ID && hasDirections(codebook) && codebook.tools.every((t) => !t.children?.length);
}

function buildIndex(book: Codebook, at: Report): Map<string, NodeInfo> {
  const nodes = new Map<string, NodeInfo>();
  const add = (node: NodeInfo, path: string) => {
    if (nodes.has(node.id)) at(`${path}.id`, node.id, expected.uniqueNodeId);
    else nodes.set(node.id, node);
  };
  const directions: readonly Direction[] = book.directions.length > 0 ? DIRECTIONS : [];
  const label = (d: Direction) => book.directions.find((x) => x.id === d) ?? { label_zh: d, label_en: d };
  const total = schemeDefaults.total;
  add({ id: "tools", dimension: "tools", kind: "root", parent: null, level: 0, ...total, children: book.tools.map((t) => t.id) }, "tools");
  for (const d of directions) {
    add({ id: `tools.${d}`, dimension: "tools", kind: "margin", parent: "tools", level: 1, ...labelsOf(label(d)), children: [], direction: d }, "directions");
  }
  const walkTools = (tools: readonly ToolDef[], parent: string, level: number, path: string) =>
    tools.forEach((tool, i) => {
      const here = `${path}[${i}]`;
      const subTools = tool.children ?? [];
      const cells = subTools.length > 0 ? [] : directions.map((d) => `${tool.id}.${d}`);
      add({ id: tool.id, dimension: "tools", kind: "tool", parent, level, ...labelsOf(tool), children: [...subTools.map((c) => c.id), ...cells] }, here);
      for (const d of cells.length > 0 ? directions : []) {
        const labels = { label_zh: `${tool.label_zh}（${label(d).label_zh}）`, label_en: `${tool.label_en} (${label(d).label_en.toLowerCase()})` };
        add({ id: `${tool.id}.${d}`, dimension: "tools", kind: "cell", parent: tool.id, level: level + 1, ...labels, children: [], direction: d }, here);
      }
      walkTools(subTools, tool.id, level + 1, `${here}.children`);
    });
  walkTools(book.tools, "tools", 1, "tools");
  add({ id: "themes", dimension: "themes", kind: "root", parent: null, level: 0, ...labelsOf(book.theme_dimension), children: book.themes.map((t) => t.id) }, "themes");
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
