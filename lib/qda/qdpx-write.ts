/**
 * Writes a {@link ForeignProject} as a REFI-QDA .qdpx: `project.qde` (namespace
 * `urn:QDA-XML:project:1.0`) and one `sources/<guid>.txt` (UTF-8) per source, zipped.
 *
 * What the file holds, in the schema's element order: `Users` (one user, the writer), `CodeBook`
 * (codes nested as in the project), `Variables` and `Cases` (one case per source with variables,
 * every variable Text), `Sources` (a `TextSource` per source; a `PlainTextSelection` per distinct
 * segment with one `Coding` per reference; codings without offsets become `Coding`s of the whole
 * source). Offsets are written in code points, as the standard says: a project counting UTF-16
 * units is converted using its texts. Bytes are deterministic: GUIDs derive from ids (ids that
 * are GUIDs are kept), dates are fixed, the zip's times are fixed.
 *
 * Reading it back (lib/qda/refi.ts) gives the same codes, sources, variables and codings, except:
 * a source without text gets an empty text file (a TextSource must have one), so it reads back
 * with text ""; a coding with offsets and `count` n reads back as n codings.
 *
 * Reference: REFI-QDA 1.5 §8 (container), §10.2 (offsets); Project.xsd v1.0 (element order of
 * `ProjectType`, `TextSourceType`, `CaseType`).
 *
 * @example
 * const bytes = writeQdpx(parseTidyCsv("document,node,count\n深圳,工具/权威,2\n", "t.csv"));
 * parseQdpx(bytes, "t.qdpx").codes.map((c) => c.name); // ["工具", "权威"]
 * parseQdpx(bytes, "t.qdpx").codings[0].count;          // 2
 */
import { basename, extname } from "node:path";
import { InputError, IssueCollector } from "../errors";
import { qda } from "../messages";
import { writeOutputFile, type FileOptions } from "../io/output";
import { checkForeignProject } from "./check";
import { guidFor, stableGuid } from "./guid";
import { toCodePoints } from "./offsets";
import type { ForeignCode, ForeignCoding, ForeignProject, ForeignSource } from "./types";
import { el, render, UnwritableXmlError, type XmlNode } from "./xml-write";
import { readZip, writeZip } from "./zip";

export interface QdpxWriteOptions {
  /** Project name (default: the project's file name without extension). */
  name?: string;
  /** The one user named as creator of everything (default "toolmix"). */
  user?: string;
}

/** The namespace of REFI-QDA Project v1.0. */
export const PROJECT_NAMESPACE = "urn:QDA-XML:project:1.0";

/** Fixed, so two writes of one project give identical bytes. */
const FIXED_DATE = "2000-01-01T00:00:00Z";

/** The .qdpx bytes of a project; throws {@link InputError} if the project is inconsistent. */
export function writeQdpx(project: ForeignProject, options: QdpxWriteOptions = {}): Uint8Array {
  checkForeignProject(project);
  const ids = {
    code: (id: string) => guidFor("code", id),
    source: (id: string) => guidFor("source", id),
  };
  const user = stableGuid("user", options.user ?? "toolmix");
  const stamp = { creatingUser: user, creationDateTime: FIXED_DATE, modifyingUser: user, modifiedDateTime: FIXED_DATE };
  const segments = codePointCodings(project);
  let qde: string;
  try {
    const root = el(
      "Project",
      { xmlns: PROJECT_NAMESPACE, name: options.name ?? projectName(project.file), origin: "toolmix", creatingUserGUID: user, creationDateTime: FIXED_DATE, modifyingUserGUID: user, modifiedDateTime: FIXED_DATE },
      [
        el("Users", {}, [el("User", { guid: user, name: options.user ?? "toolmix" })]),
        ...codeBook(project.codes, ids.code),
        ...variablesAndCases(project.sources, ids.source),
        ...(project.sources.length ? [el("Sources", {}, project.sources.map((s) => textSource(s, segments.get(s.guid) ?? [], ids, stamp)))] : []),
      ],
    );
    qde = `<?xml version="1.0" encoding="utf-8"?>\n${render(root)}`;
  } catch (error) {
    if (error instanceof UnwritableXmlError) throw new InputError([{ file: project.file, found: error.value, expected: qda.expected.xmlCharacters }]);
    throw error;
  }
  const files: Record<string, Uint8Array> = { "project.qde": new TextEncoder().encode(qde) };
  for (const source of project.sources) files[`sources/${ids.source(source.guid)}.txt`] = new TextEncoder().encode(source.text ?? "");
  return writeZip(files);
}

/**
 * Writes the .qdpx to `path` the safe way of lib/io/output.ts: not into the kit's data/, scenarios/ or
 * notebooks/, not over an input of the command (`output.inputs`), through a temporary name and
 * rename; an existing file is replaced only when the kit wrote it (origin "toolmix") or `force`.
 */
export function writeQdpxFile(path: string, project: ForeignProject, options: QdpxWriteOptions = {}, output: { force?: boolean; inputs?: readonly string[] } = {}): void {
  const bytes = writeQdpx(project, options);
  writeOutputFile(path, bytes, qdpxOutput(output));
}

/** The lib/io/output.ts options of a .qdpx output; `prepareOutputFile(path, qdpxOutput(…))` checks it before any work. */
export function qdpxOutput(output: { force?: boolean; inputs?: readonly string[] }): FileOptions {
  return { option: "--qdpx", force: output.force, inputs: output.inputs, isOwn: isToolmixQdpx };
}

/** Whether .qdpx bytes are a project this module wrote: its project.qde says origin="toolmix". */
function isToolmixQdpx(bytes: Uint8Array): boolean {
  const qde = readZip(bytes, "existing .qdpx").get("project.qde");
  return qde !== undefined && new TextDecoder().decode(qde.subarray(0, 4096)).includes('origin="toolmix"');
}

function projectName(file: string): string {
  const name = basename(file, extname(file));
  return name === "" ? "toolmix project" : name;
}

function codeBook(codes: readonly ForeignCode[], guid: (id: string) => string): XmlNode[] {
  if (codes.length === 0) return []; // Codes needs at least one Code; an empty CodeBook is left out
  const kids = new Map<string | null, ForeignCode[]>();
  for (const code of codes) kids.set(code.parent, [...(kids.get(code.parent) ?? []), code]);
  const node = (code: ForeignCode): XmlNode =>
    el("Code", { guid: guid(code.guid), name: code.name, isCodable: String(code.codable) }, (kids.get(code.guid) ?? []).map(node));
  return [el("CodeBook", {}, [el("Codes", {}, (kids.get(null) ?? []).map(node))])];
}

function variablesAndCases(sources: readonly ForeignSource[], guid: (id: string) => string): XmlNode[] {
  const names: string[] = [];
  for (const source of sources) for (const name of Object.keys(source.variables)) if (!names.includes(name)) names.push(name);
  if (names.length === 0) return [];
  const variable = (name: string) => stableGuid("variable", name);
  const cases = sources
    .filter((s) => Object.keys(s.variables).length > 0)
    .map((s) =>
      el("Case", { guid: stableGuid("case", s.guid), name: s.name }, [
        ...Object.entries(s.variables).map(([name, value]) => el("VariableValue", {}, [el("VariableRef", { targetGUID: variable(name) }), el("TextValue", {}, [], value)])),
        el("SourceRef", { targetGUID: guid(s.guid) }),
      ]),
    );
  return [
    el("Variables", {}, names.map((name) => el("Variable", { guid: variable(name), name, typeOfVariable: "Text" }))),
    el("Cases", {}, cases),
  ];
}

type Stamp = Record<"creatingUser" | "creationDateTime" | "modifyingUser" | "modifiedDateTime", string>;

function textSource(source: ForeignSource, codings: readonly ForeignCoding[], ids: { code: (id: string) => string; source: (id: string) => string }, stamp: Stamp): XmlNode {
  const sourceGuid = ids.source(source.guid);
  const selections = new Map<string, { start: number; end: number; codes: string[] }>();
  const whole: string[] = [];
  for (const c of codings) {
    for (let k = 0; k < (c.count ?? 1); k++) {
      if (c.start === undefined || c.end === undefined) {
        whole.push(c.code);
        continue;
      }
      const key = `${c.start}:${c.end}`;
      const selection = selections.get(key) ?? { start: c.start, end: c.end, codes: [] };
      selection.codes.push(c.code);
      selections.set(key, selection);
    }
  }
  const coding = (scope: string, code: string, k: number) =>
    el("Coding", { guid: stableGuid("coding", `${scope}:${code}:${k}`), creatingUser: stamp.creatingUser, creationDateTime: stamp.creationDateTime }, [el("CodeRef", { targetGUID: ids.code(code) })]);
  const selectionNodes = [...selections.values()].map((s) => {
    const guid = stableGuid("selection", `${sourceGuid}:${s.start}:${s.end}`);
    return el("PlainTextSelection", { guid, startPosition: String(s.start), endPosition: String(s.end), ...stamp }, s.codes.map((code, k) => coding(guid, code, k)));
  });
  return el("TextSource", { guid: sourceGuid, name: source.name, plainTextPath: `internal://${sourceGuid}.txt`, ...stamp }, [
    ...selectionNodes,
    ...whole.map((code, k) => coding(sourceGuid, code, k)),
  ]);
}

/** Codings per source with offsets in code points (the standard's unit), converted where needed. */
function codePointCodings(project: ForeignProject): Map<string, ForeignCoding[]> {
  const texts = new Map(project.sources.map((s) => [s.guid, s.text]));
  const out = new Map<string, ForeignCoding[]>();
  const untranslatable = new Map<string, number[]>(); // source → indices of its codings
  project.codings.forEach((c, i) => {
    let coding = c;
    if (c.start !== undefined && c.end !== undefined && project.offsetUnit === "utf16") {
      const text = texts.get(c.source);
      if (text === undefined) untranslatable.set(c.source, [...(untranslatable.get(c.source) ?? []), i]);
      else coding = { ...c, start: toCodePoints(text, c.start, "utf16"), end: toCodePoints(text, c.end, "utf16") };
    }
    out.set(c.source, [...(out.get(c.source) ?? []), coding]);
  });
  // One issue per source, not per coding: a project without texts would otherwise list hundreds.
  const issues = new IssueCollector();
  for (const [source, indices] of untranslatable) {
    issues.add({ file: project.file, field: `codings[${indices[0]}]`, found: qda.found.noText(source, indices.length), expected: qda.expected.textToConvert });
  }
  issues.throwIfAny();
  return out;
}
