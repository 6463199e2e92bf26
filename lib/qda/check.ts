/**
 * Consistency of a {@link ForeignProject} built in memory (by a caller, or before writing it):
 * unique guids, parents that exist and form no cycle, codings that point to a known code and
 * source, counts that are whole numbers ≥ 0, offsets with 0 ≤ start ≤ end ≤ the text's length in
 * the project's offset unit. File readers check their own input with line numbers; this check is
 * for projects that did not come from a file, so issues name the project's `file` and a field path.
 *
 * Reference: lib/qda/types.ts; lib/errors.ts (InputIssue).
 *
 * @example
 * const source = { guid: "s", name: "深圳", variables: {} };
 * checkForeignProject({ file: "mine", codes: [], sources: [source], codings: [{ source: "s", code: "c" }], offsetUnit: "unknown", missingTexts: [], notes: [] });
 * // throws InputError: mine, field "codings[0].code": found "c", expected the guid of a code of the project
 */
import { IssueCollector } from "../errors";
import { qda } from "../messages";
import { lengthIn } from "./offsets";
import type { ForeignProject } from "./types";

/** Throws {@link InputError} listing every inconsistency of the project. */
export function checkForeignProject(project: ForeignProject): void {
  const file = project.file;
  const issues = new IssueCollector();
  const codes = new Map<string, string | null>();
  project.codes.forEach((code, i) => {
    if (code.guid === "" || codes.has(code.guid)) issues.add({ file, field: `codes[${i}].guid`, found: code.guid, expected: qda.expected.uniqueId });
    codes.set(code.guid, code.parent);
  });
  project.codes.forEach((code, i) => {
    if (code.parent !== null && !codes.has(code.parent)) issues.add({ file, field: `codes[${i}].parent`, found: code.parent, expected: qda.expected.knownProjectCode });
    else if (inCycle(code.guid, codes)) issues.add({ file, field: `codes[${i}].parent`, found: code.parent ?? "", expected: qda.expected.noCycle });
  });
  const texts = new Map<string, string | undefined>();
  project.sources.forEach((source, i) => {
    if (source.guid === "" || texts.has(source.guid)) issues.add({ file, field: `sources[${i}].guid`, found: source.guid, expected: qda.expected.uniqueId });
    texts.set(source.guid, source.text);
  });
  project.codings.forEach((coding, i) => {
    const at = `codings[${i}]`;
    if (!codes.has(coding.code)) issues.add({ file, field: `${at}.code`, found: coding.code, expected: qda.expected.knownProjectCode });
    if (!texts.has(coding.source)) issues.add({ file, field: `${at}.source`, found: coding.source, expected: qda.expected.knownProjectSource });
    if (coding.count !== undefined && !(Number.isInteger(coding.count) && coding.count >= 0)) issues.add({ file, field: `${at}.count`, found: String(coding.count), expected: qda.expected.count });
    if ((coding.start === undefined) !== (coding.end === undefined)) issues.add({ file, field: `${at}`, found: qda.found.halfSpan, expected: qda.expected.bothOffsets });
    if (coding.start === undefined || coding.end === undefined) return;
    const text = texts.get(coding.source);
    const length = text === undefined ? Infinity : lengthIn(text, project.offsetUnit);
    const ok = Number.isInteger(coding.start) && Number.isInteger(coding.end) && coding.start >= 0 && coding.start <= coding.end && coding.end <= length;
    if (!ok) issues.add({ file, field: `${at}.end`, found: qda.found.offsets(coding.start, coding.end, coding.source), expected: qda.expected.offsetsInText(length, project.offsetUnit) });
  });
  issues.throwIfAny();
}

/** True when following parents from `guid` comes back to it. */
function inCycle(guid: string, parents: ReadonlyMap<string, string | null>): boolean {
  const seen = new Set<string>();
  for (let at: string | null | undefined = parents.get(guid); at !== null && at !== undefined; at = parents.get(at)) {
    if (at === guid) return true;
    if (seen.has(at)) return false; // a cycle above, reported at its own members
    seen.add(at);
  }
  return false;
}
