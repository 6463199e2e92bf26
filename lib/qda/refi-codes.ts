/**
 * The code tree of a REFI-QDA project or codebook: `CodeBook/Codes/Code`, nested.
 *
 * Each `Code` has `guid` and `name` (required) and `isCodable` (required by the schema; read as
 * true when absent, since folders are the exception and say `false`). Nesting is the hierarchy:
 * a `Code` inside a `Code` is its child. ATLAS.ti flattens its hierarchy into names joined by
 * `::` instead; those stay flat (the file says nothing more), and the reader notes it.
 *
 * Reference: REFI-QDA Project.xsd v1.0 `CodeType`; Codebook.xsd v1.0; qda-formats.md §1.4, §1.6.
 *
 * @example
 * const book = parseXml('<CodeBook><Codes><Code guid="a" name="A" isCodable="false"><Code guid="b" name="B" isCodable="true"/></Code></Codes></CodeBook>', "c.qdc");
 * readCodes(child(book, "Codes"), "c.qdc", new IssueCollector()).map((c) => c.parent); // [null, "a"]
 */
import type { IssueCollector } from "../errors";
import { qda } from "../messages";
import type { ForeignCode } from "./types";
import { attr, children, type XmlElement } from "./xml";

/** Codes in document order (parents before their children). Problems go to `issues`. */
export function readCodes(codes: XmlElement | undefined, file: string, issues: IssueCollector): ForeignCode[] {
  if (!codes) return [];
  const found: ForeignCode[] = [];
  const seen = new Map<string, number>();
  const visit = (element: XmlElement, parent: string | null) => {
    const guid = attr(element, "guid")?.trim() ?? "";
    const name = attr(element, "name") ?? "";
    if (guid === "") issues.add({ file, row: element.line, field: "Code@guid", found: qda.found.missingAttribute, expected: qda.expected.guid });
    else if (seen.has(guid)) issues.add({ file, row: element.line, field: "Code@guid", found: guid, expected: qda.expected.uniqueGuid(seen.get(guid) as number) });
    if (name.trim() === "") issues.add({ file, row: element.line, field: "Code@name", found: name, expected: qda.expected.codeName });
    seen.set(guid, element.line);
    found.push({ guid, name, parent, codable: !/^(false|0)$/i.test(attr(element, "isCodable")?.trim() ?? "true") });
    for (const sub of children(element, "Code")) visit(sub, guid);
  };
  for (const code of children(codes, "Code")) visit(code, null);
  return found;
}

/** How many code names carry ATLAS.ti's flattened `::` hierarchy. */
export function flattenedHierarchyCount(codes: readonly ForeignCode[]): number {
  return codes.filter((c) => c.parent === null && c.name.includes("::")).length;
}
