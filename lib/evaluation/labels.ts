/**
 * The labels an evaluation reports, derived from a unit's tool cells and themes: "any tool" (does
 * the unit carry an instrument at all), each of the ten cells, each tool in either direction
 * (`tool:authority`), each direction over all tools (`direction:constraint`), and each top-level
 * theme (`theme:land_supply`). A multi-label unit counts at every label it carries.
 *
 * Reference: issue 12 point 1 (per tool code, per direction, any tool, per theme).
 *
 * @example
 * labelsOf({ tools: ["authority.constraint", "authority.promotion"], themes: ["land_supply"] });
 * // ["any tool", "authority.constraint", "authority.promotion", "tool:authority", "direction:constraint", "direction:promotion", "theme:land_supply"]
 */
import { TOOL_CELLS } from "../coding/lexicon";
import type { UnitCodes } from "./types";

/** The paper's four top-level themes, in codebook order. */
export const THEMES = ["land_supply", "land_use", "property_rights", "operation_supervision"] as const;

const TOOLS = [...new Set(TOOL_CELLS.map((c) => c.split(".")[0]))];

/** Every label of a report, in the order a report lists them. */
export const LABELS: readonly string[] = [
  "any tool",
  ...TOOL_CELLS,
  ...TOOLS.map((t) => `tool:${t}`),
  "direction:promotion",
  "direction:constraint",
  ...THEMES.map((t) => `theme:${t}`),
];

/** The labels a unit carries (a set, in LABELS order). */
export function labelsOf(codes: UnitCodes): string[] {
  const has = new Set<string>();
  if (codes.tools.length > 0) has.add("any tool");
  for (const cell of codes.tools) {
    const [tool, direction] = cell.split(".");
    has.add(cell).add(`tool:${tool}`).add(`direction:${direction}`);
  }
  for (const theme of codes.themes) has.add(`theme:${theme.split(".")[0]}`);
  return LABELS.filter((l) => has.has(l));
}
