/**
 * A coded segment given other codes — by a reviewer (./corrected-project.ts) or a model (./apply.ts):
 * the tool cells replace the segment's, and each top-level theme kept stays at the dictionary's
 * specific nodes under it, a theme only the new codes name is coded at the top-level node, and a
 * theme they drop loses its nodes. Also the one comparison of code sets both use: as sets, order aside.
 *
 * @example
 * recoded(segment, ["authority.promotion"], ["land_supply"]).themes; // the segment's land_supply nodes, or ["land_supply"]
 */
import type { CodedSegment } from "../coding/coder";
import type { ToolCell } from "../coding/lexicon";

/** Whether two lists hold the same codes, in whatever order. */
export function sameCodes(a: readonly string[] = [], b: readonly string[] = []): boolean {
  return [...a].sort().join() === [...b].sort().join();
}

/** The segment coded at `tools` (in the order given) and the top-level `themes`. */
export function recoded(s: CodedSegment, tools: readonly ToolCell[], themes: readonly string[]): CodedSegment {
  const keep = new Set(themes);
  const top = (node: string) => node.split(".")[0];
  const nodes = [...s.themes.filter((n) => keep.has(top(n))), ...[...keep].filter((t) => !s.themes.some((n) => top(n) === t))];
  return { ...s, tools: [...tools], tool: tools[0] ?? null, anyTool: tools.length > 0, themes: nodes };
}
