/**
 * The readers of codebook.json's parts (directions, tools with sub-tools, themes, scheme, the
 * second dimension's labels). Each checks its part defensively — any JSON value may arrive — and
 * reports every problem with its JSON path through `at`, so lib/dataset/codebook.ts can list them
 * all at once. Trees are read to at most {@link MAX_THEME_DEPTH} levels: the depth is known before
 * descending, so no deeper call is ever made.
 *
 * @example
 * const at: Report = (field, found, want) => console.log(field, found, want);
 * readDirections([], at); // [] — a scheme without directions
 */
import { expected, found, schemeDefaults, schemeText } from "../messages";
import type { Cue, DimensionLabels, Direction, DirectionDef, SchemeInfo, ThemeDef, ToolDef } from "./types";

/** The directions a codebook may declare, in the only order it may declare them. */
export const DIRECTIONS: readonly Direction[] = ["promotion", "constraint"];
const ID = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/;
const SCHEME_ID = /^[a-z0-9][a-z0-9-]*$/;
/**
 * The deepest theme (or tool) tree read (the paper's themes have 3 levels). Reading stops there with
 * an error, so a hostile 50 000-level codebook cannot exhaust the stack of the recursive readers.
 */
export const MAX_THEME_DEPTH = 32;

/** Reports one problem: the JSON path, the value found, what was expected. */
export type Report = (field: string, found: unknown, want: string) => void;

/** True for a JSON object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A non-empty array, or [] after reporting. */
export function readArray(value: unknown, field: string, at: Report): unknown[] {
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

/**
 * The directions: absent or [] is a scheme without directions; otherwise exactly promotion, then
 * constraint (the kit's indicators and the paper's Table 2 know these two).
 */
export function readDirections(value: unknown, at: Report): DirectionDef[] {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return [];
  if (!Array.isArray(value)) {
    at("directions", value, expected.array);
    return [];
  }
  const defs = value.map((d, i) => {
    const path = `directions[${i}]`;
    if (!isObject(d) || !DIRECTIONS.includes(d.id as Direction)) {
      at(`${path}.id`, isObject(d) ? d.id : d, expected.oneOf(DIRECTIONS));
      return null;
    }
    return { id: d.id as Direction, label_zh: readLabel(d, path, "label_zh", at), label_en: readLabel(d, path, "label_en", at) };
  });
  const ids = defs.map((d) => d?.id).join(",");
  if (ids !== DIRECTIONS.join(",")) at("directions", ids, expected.bothDirections);
  return defs.filter((d): d is DirectionDef => d !== null);
}

/** Cue words of a node; `allowed` says which directions a cue may carry (none: only null or absent). */
function readCues(value: unknown, path: string, at: Report, allowed: readonly Direction[], none: string): Cue[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    at(`${path}.cues`, value, expected.array);
    return [];
  }
  const cues: Cue[] = [];
  value.forEach((c: unknown, i: number) => {
    const cuePath = `${path}.cues[${i}]`;
    if (!isObject(c) || typeof c.term !== "string" || c.term === "") return at(`${cuePath}.term`, isObject(c) ? c.term : c, expected.nonEmpty);
    const direction = c.direction ?? null;
    if (direction !== null && !allowed.includes(direction as Direction)) return at(`${cuePath}.direction`, direction, allowed.length > 0 ? expected.cueDirection : none);
    cues.push({ term: c.term, direction: direction as Direction | null, section: String(c.section ?? "") });
  });
  return cues;
}

/** A tool and its sub-tools; `level` is 1 for a top-level tool. */
export function readTool(value: unknown, path: string, at: Report, level: number, directed: boolean): ToolDef {
  if (!isObject(value)) {
    at(path, value, expected.object);
    return { id: "", label_zh: "", label_en: "", cues: [] };
  }
  const tool: ToolDef = {
    id: readId(value, path, at),
    label_zh: readLabel(value, path, "label_zh", at),
    label_en: readLabel(value, path, "label_en", at),
    ...(typeof value.summary_en === "string" ? { summary_en: value.summary_en } : {}),
    cues: readCues(value.cues, path, at, directed ? DIRECTIONS : [], schemeText.cueWithoutDirections),
  };
  if (value.children === undefined) return tool;
  if (level >= MAX_THEME_DEPTH) {
    at(`${path}.children`, schemeText.toolsDeeperThan(level), schemeText.toolDepth(MAX_THEME_DEPTH));
    return tool;
  }
  const children = readArray(value.children, `${path}.children`, at).map((c, i) => readTool(c, `${path}.children[${i}]`, at, level + 1, directed));
  return { ...tool, children };
}

/** A node of the second dimension and its children; `level` is 1 for a top-level node. */
export function readTheme(value: unknown, path: string, at: Report, level: number): ThemeDef {
  if (!isObject(value)) {
    at(path, value, expected.object);
    return { id: "", label_zh: "", label_en: "" };
  }
  const theme: ThemeDef = { id: readId(value, path, at), label_zh: readLabel(value, path, "label_zh", at), label_en: readLabel(value, path, "label_en", at) };
  const cues = readCues(value.cues, path, at, [], schemeText.themeCueDirection);
  const withCues = value.cues === undefined ? theme : { ...theme, cues };
  if (value.children === undefined) return withCues;
  // Guard before descending: the depth is known here, so no deeper call is ever made.
  if (level >= MAX_THEME_DEPTH) {
    at(`${path}.children`, found.deeperThan(level), expected.themeDepth(MAX_THEME_DEPTH));
    return withCues;
  }
  const children = readArray(value.children, `${path}.children`, at).map((c, i) => readTheme(c, `${path}.children[${i}]`, at, level + 1));
  return { ...withCues, children };
}

/** The scheme; absent: the paper's for a codebook with directions (every codebook before schemes had them), else `custom`. */
export function readScheme(value: unknown, directed: boolean, at: Report): SchemeInfo {
  const fallback = directed ? schemeDefaults.paper : schemeDefaults.custom;
  if (value === undefined) return { ...fallback };
  if (!isObject(value) || typeof value.id !== "string" || !SCHEME_ID.test(value.id)) {
    at(isObject(value) ? "scheme.id" : "scheme", isObject(value) ? value.id : value, schemeText.schemeId);
    return { ...fallback };
  }
  const known = value.id === schemeDefaults.paper.id ? schemeDefaults.paper : { label_zh: value.id, label_en: value.id, reference: "" };
  const text = (key: "label_zh" | "label_en" | "reference") => (typeof value[key] === "string" && value[key] !== "" ? (value[key] as string) : known[key]);
  return { id: value.id, label_zh: text("label_zh"), label_en: text("label_en"), reference: text("reference") };
}

/** The labels of the second dimension (default 政策主题 / Policy themes). */
export function readDimension(value: unknown, at: Report): DimensionLabels {
  if (value === undefined) return { ...schemeDefaults.themes };
  if (isObject(value) && typeof value.label_zh === "string" && value.label_zh.trim() !== "" && typeof value.label_en === "string" && value.label_en.trim() !== "") {
    return { label_zh: value.label_zh, label_en: value.label_en };
  }
  at("theme_dimension", value, schemeText.dimensionLabels);
  return { ...schemeDefaults.themes };
}
