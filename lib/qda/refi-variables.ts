/**
 * Attributes of sources from a REFI-QDA project: `Variables/Variable` (guid, name) and the
 * `VariableValue`s of `Cases/Case` (attached to every source the case names with `SourceRef`) or
 * of a source itself. NVivo classifications arrive this way: a case per document with region,
 * city, year.
 *
 * A value is the text of whichever `TextValue | BooleanValue | IntegerValue | FloatValue |
 * DateValue | DateTimeValue` the `VariableValue` holds. When two cases give one source different
 * values of a variable, the first is kept and a note names the conflict.
 *
 * Reference: REFI-QDA Project.xsd v1.0 `VariableType`, `CaseType`, `VariableValueType`.
 *
 * @example
 * const p = parseXml('<Project><Variables><Variable guid="v" name="city" typeOfVariable="Text"/></Variables>' +
 *   '<Cases><Case guid="c"><VariableValue><VariableRef targetGUID="v"/><TextValue>深圳</TextValue></VariableValue><SourceRef targetGUID="s"/></Case></Cases></Project>', "p.qde");
 * const issues = new IssueCollector();
 * readCases(p, readVariables(p, "p.qde", issues), "p.qde", issues).values.get("s"); // { city: "深圳" }
 */
import type { IssueCollector } from "../errors";
import { qda } from "../messages";
import { attr, child, children, type XmlElement } from "./xml";

const VALUE_ELEMENTS = ["TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue"];

/** Variable names by guid. */
export function readVariables(project: XmlElement, file: string, issues: IssueCollector): Map<string, string> {
  const names = new Map<string, string>();
  const wrapper = child(project, "Variables");
  if (!wrapper) return names;
  for (const variable of children(wrapper, "Variable")) {
    const guid = attr(variable, "guid")?.trim() ?? "";
    const name = attr(variable, "name") ?? "";
    if (guid === "") issues.add({ file, row: variable.line, field: "Variable@guid", found: qda.found.missingAttribute, expected: qda.expected.guid });
    else names.set(guid, name.trim() === "" ? guid : name.trim());
  }
  return names;
}

/** The (name, value) of a VariableValue, or undefined after recording an issue. */
export function readValue(element: XmlElement, variables: ReadonlyMap<string, string>, file: string, issues: IssueCollector): [string, string] | undefined {
  const target = attr(child(element, "VariableRef") ?? element, "targetGUID")?.trim() ?? "";
  const name = variables.get(target);
  if (name === undefined) {
    issues.add({ file, row: element.line, field: "VariableRef@targetGUID", found: target || qda.found.missingAttribute, expected: qda.expected.knownVariable });
    return undefined;
  }
  const value = element.children.find((c) => VALUE_ELEMENTS.includes(c.name));
  return [name, value?.text.trim() ?? ""];
}

/** Variables per source guid from the cases, the guids of all cases, and the SourceRefs to check. */
export interface CaseData {
  values: Map<string, Record<string, string>>;
  caseGuids: Set<string>;
  sourceRefs: Array<{ target: string; line: number }>;
  /** Human-readable notes of conflicting values. */
  conflicts: string[];
}

/** Reads `Cases/Case`: each case's values go to each source it references. */
export function readCases(project: XmlElement, variables: ReadonlyMap<string, string>, file: string, issues: IssueCollector): CaseData {
  const data: CaseData = { values: new Map(), caseGuids: new Set(), sourceRefs: [], conflicts: [] };
  const wrapper = child(project, "Cases");
  if (!wrapper) return data;
  for (const element of children(wrapper, "Case")) {
    const guid = attr(element, "guid")?.trim() ?? "";
    if (guid !== "") data.caseGuids.add(guid);
    const pairs = children(element, "VariableValue")
      .map((v) => readValue(v, variables, file, issues))
      .filter((p): p is [string, string] => p !== undefined);
    for (const ref of children(element, "SourceRef")) {
      const target = attr(ref, "targetGUID")?.trim() ?? "";
      data.sourceRefs.push({ target, line: ref.line });
      assign(data, target, pairs, attr(element, "name") ?? guid);
    }
  }
  return data;
}

/** Sets variables of one source, keeping the first value where two cases disagree. */
export function assign(data: Pick<CaseData, "values" | "conflicts">, source: string, pairs: ReadonlyArray<[string, string]>, from: string): void {
  // Variable names are user data: a null-prototype object, so "constructor" is a name like any other.
  const values = data.values.get(source) ?? (Object.create(null) as Record<string, string>);
  for (const [name, value] of pairs) {
    if (value === "") continue;
    if (Object.hasOwn(values, name) && values[name] !== value) data.conflicts.push(qda.note.variableConflict(source, name, values[name], value, from));
    else values[name] = value;
  }
  data.values.set(source, values);
}
