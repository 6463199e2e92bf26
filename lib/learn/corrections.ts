/**
 * A researcher's corrections as training clauses: a coded project (the .qdpx that `toolmix code
 * --qdpx` wrote, reviewed and corrected in NVivo or QualCoder, or any REFI-QDA project whose codes
 * are named by the kit's node ids) read back clause by clause. Every source's text is cut into
 * clauses by the coder's segmenter, and a clause carries a code when a coding at that code covers
 * at least half of the clause's content, or lies inside it (a reviewer who codes only the words
 * that matter still codes the clause). Codes named by a tool cell give tools, codes under a
 * top-level theme give that theme; other codes (the tools' parent codes, a reviewer's memo codes)
 * are listed as ignored. Every source of the project counts as reviewed: export the documents you
 * corrected.
 *
 * Reference: REFI-QDA 1.5 §10.2 (offsets in code points; NVivo writes UTF-16 units, read as such);
 * lib/coding/coded-lines.ts (the clauses of a text).
 *
 * @example
 * const { clauses } = correctionsFromProject(readForeignProject("reviewed.qdpx"));
 * clauses.filter((c) => c.tools!.length > 0).length; // clauses the reviewer left coded at a tool
 */
import { InputError } from "../errors";
import { codedSegmentsOf } from "../coding/coded-lines";
import { TOOL_CELLS } from "../coding/lexicon";
import { THEMES } from "../evaluation/labels";
import { evaluationText as text } from "../messages";
import { toCodePoints } from "../qda/offsets";
import type { ForeignProject } from "../qda/types";
import { clauseIds } from "./corrected-project";
import type { ClauseInput } from "./units";

/** What a project gives for training. */
export interface Corrections {
  clauses: ClauseInput[];
  /** Names of codes that are neither a tool cell nor under a theme (left out). */
  ignoredCodes: string[];
}

/** The label a code name gives, or null. */
function labelOf(name: string): { tool: string } | { theme: string } | null {
  if ((TOOL_CELLS as readonly string[]).includes(name)) return { tool: name };
  const top = name.split(".")[0];
  return (THEMES as readonly string[]).includes(top) ? { theme: top } : null;
}

/**
 * Training clauses from a coded project with texts. `targets` maps a code's guid to the kit's node
 * it stands for (lib/import/map.ts `report.targets`: a mapping file, node ids or Chinese labels);
 * without it a code is read by its name.
 */
export function correctionsFromProject(project: ForeignProject, targets?: Readonly<Record<string, string>>): Corrections {
  const withText = project.sources.filter((s) => typeof s.text === "string");
  if (withText.length === 0) throw new InputError([{ file: project.file, field: "sources", found: text.noTexts(project.sources.length), expected: text.expected.projectWithTexts }]);
  const nameOf = new Map(project.codes.map((c) => [c.guid, c.name]));
  const ignored = new Set<string>();
  const clauses: ClauseInput[] = [];
  for (const source of withText) {
    const body = source.text as string;
    const segments = codedSegmentsOf(body);
    const tools = segments.map(() => new Set<string>());
    const themes = segments.map(() => new Set<string>());
    for (const c of project.codings) {
      if (c.source !== source.guid || c.start === undefined || c.end === undefined) continue;
      const name = nameOf.get(c.code) ?? c.code;
      const label = labelOf(targets?.[c.code] ?? name);
      if (label === null) {
        ignored.add(name);
        continue;
      }
      const start = toCodePoints(body, c.start, project.offsetUnit);
      const end = toCodePoints(body, c.end, project.offsetUnit);
      segments.forEach((s, i) => {
        const from = s.contentStartCodePoint;
        const to = s.endCodePoint;
        const overlap = Math.min(end, to) - Math.max(start, from);
        if (overlap <= 0) return;
        if (overlap * 2 >= to - from || (start >= from && end <= to)) ("tool" in label ? tools[i].add(label.tool) : themes[i].add(label.theme));
      });
    }
    const ids = clauseIds(segments.map((s) => ({ document: source.name, index: s.index })));
    segments.forEach((s, i) =>
      clauses.push({
        id: ids[i],
        document: source.name,
        clause: s.text,
        tools: TOOL_CELLS.filter((t) => tools[i].has(t)),
        themes: THEMES.filter((t) => themes[i].has(t)),
      }),
    );
  }
  return { clauses, ignoredCodes: [...ignored].sort() };
}
