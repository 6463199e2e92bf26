import type { CodedSpan } from "../agreement/nvivo";
import type { ForeignProject } from "../qda/types";
import type { MappingReport } from "./types";

/**
 * A project's coded segments on the kit's codebook, for comparing two codings of the same texts
 * (hand versus dictionary, coder A versus coder B): each coding with offsets becomes a span at the
 * kit node its code maps to; sources are matched by name, so two projects that give the same
 * document different ids still line up. Codings without offsets or mapped to nothing are left out.
 *
 * @example
 * const hand = kitSpans(handProject, mapProject(handProject, …).report);
 * codingComparison(sources, hand, kitSpans(dictProject, mapProject(dictProject, …).report));
 */
export function kitSpans(project: ForeignProject, report: MappingReport): CodedSpan[] {
  const name = new Map(project.sources.map((s) => [s.guid, s.name]));
  return project.codings.flatMap((c) => {
    const node = report.targets[c.code];
    if (node === undefined || c.start === undefined || c.end === undefined) return [];
    return [{ source: name.get(c.source) ?? c.source, code: node, start: c.start, end: c.end }];
  });
}

/** The sources of a project as the comparison needs them: id (the name) and size in code points. */
export function comparisonSources(project: ForeignProject): Array<{ id: string; size: number }> {
  return project.sources.map((s) => ({ id: s.name, size: [...(s.text ?? "")].length }));
}
