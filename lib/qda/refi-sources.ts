/**
 * Sources and codings of a REFI-QDA project (`Sources`), before texts are attached and checked.
 *
 * A reference is one `Coding` (qda-formats.md §0.5): NVivo writes one per selection, ATLAS.ti
 * may put several on one selection, so codings are counted, never selections. What is read:
 *  - `TextSource`: its text (inline `PlainTextContent` or `plainTextPath`), each
 *    `PlainTextSelection`'s codings with `startPosition`/`endPosition`, and codings of the whole
 *    source (a `Coding` directly under it);
 *  - `PDFSource`, `PictureSource`, `AudioSource`, `VideoSource`: codings of their selections,
 *    transcripts and the whole source, without offsets (they are pages, pixels or milliseconds,
 *    not text positions). ATLAS.ti repeats a PDF selection in the PDF's text `Representation`
 *    under the same guid; such a repeat is one reference, not two, and is skipped.
 * Selections without a `Coding` are comments (ATLAS.ti, MAXQDA) and are not references.
 *
 * Reference: REFI-QDA Project.xsd v1.0 `SourcesType` and the selection types; qda-formats.md §1.6.
 *
 * @example
 * const sources = parseXml('<Sources><TextSource guid="s" name="d"><PlainTextContent>abc</PlainTextContent>' +
 *   '<PlainTextSelection guid="x" startPosition="0" endPosition="2"><Coding guid="k"><CodeRef targetGUID="c"/></Coding></PlainTextSelection></TextSource></Sources>', "p.qde");
 * readSources(sources, "p.qde", new IssueCollector(), () => undefined).codings[0]; // { source: "s", code: "c", start: 0, end: 2, … }
 */
import type { IssueCollector } from "../errors";
import { qda } from "../messages";
import type { ForeignSource } from "./types";
import { attr, child, children, type XmlElement } from "./xml";

export const SOURCE_KINDS = ["TextSource", "PDFSource", "PictureSource", "AudioSource", "VideoSource"] as const;

const MEDIA_SELECTIONS = ["PDFSelection", "PictureSelection", "AudioSelection", "VideoSelection"];

/** A source as read, with where its text is. */
export interface RawSource {
  source: ForeignSource;
  kind: (typeof SOURCE_KINDS)[number];
  inlineText?: string;
  plainTextPath?: string;
  line: number;
}

/** A coding as read, with the line of its selection (or its own line) for error messages. */
export interface RawCoding {
  source: string;
  code: string;
  start?: number;
  end?: number;
  /** Line of the Coding (where a bad code reference is). */
  line: number;
  /** Line of its PlainTextSelection (where bad offsets are), for text codings. */
  selectionLine?: number;
}

export interface SourceData {
  sources: RawSource[];
  codings: RawCoding[];
  /** Codings on PDF, picture, audio and video sources (no text offsets). */
  mediaCodings: number;
  /** PDF representation selections skipped as repeats of a PDF selection. */
  repeats: number;
  /** Selections without a Coding (comments). */
  comments: number;
}

/** Reads every source of `Sources`; `ownValues` reads a source's own VariableValues. */
export function readSources(
  sources: XmlElement | undefined,
  file: string,
  issues: IssueCollector,
  ownValues: (source: XmlElement, guid: string) => void,
): SourceData {
  const data: SourceData = { sources: [], codings: [], mediaCodings: 0, repeats: 0, comments: 0 };
  if (!sources) return data;
  const seen = new Map<string, number>();
  for (const element of sources.children) {
    const kind = SOURCE_KINDS.find((k) => k === element.name);
    if (!kind) continue;
    const guid = attr(element, "guid")?.trim() ?? "";
    if (guid === "") issues.add({ file, row: element.line, field: `${kind}@guid`, found: qda.found.missingAttribute, expected: qda.expected.guid });
    else if (seen.has(guid)) issues.add({ file, row: element.line, field: `${kind}@guid`, found: guid, expected: qda.expected.uniqueGuid(seen.get(guid) as number) });
    seen.set(guid, element.line);
    const name = attr(element, "name")?.trim() || guid;
    const content = child(element, "PlainTextContent");
    data.sources.push({
      source: { guid, name, variables: {} },
      kind,
      inlineText: kind === "TextSource" && content ? content.text : undefined,
      plainTextPath: kind === "TextSource" ? attr(element, "plainTextPath") : undefined,
      line: element.line,
    });
    ownValues(element, guid);
    if (kind === "TextSource") readTextCodings(element, guid, file, issues, data);
    else readMediaCodings(element, guid, data);
  }
  return data;
}

function readTextCodings(element: XmlElement, source: string, file: string, issues: IssueCollector, data: SourceData): void {
  for (const selection of children(element, "PlainTextSelection")) {
    const start = integer(selection, "startPosition", file, issues);
    const end = integer(selection, "endPosition", file, issues);
    const codings = children(selection, "Coding");
    if (codings.length === 0) data.comments++;
    for (const coding of codings) data.codings.push({ source, code: codeRef(coding), start, end, line: coding.line, selectionLine: selection.line });
  }
  for (const coding of children(element, "Coding")) data.codings.push({ source, code: codeRef(coding), line: coding.line });
}

function readMediaCodings(element: XmlElement, source: string, data: SourceData): void {
  const selections = element.children.filter((c) => MEDIA_SELECTIONS.includes(c.name));
  for (const transcript of children(element, "Transcript")) selections.push(...children(transcript, "TranscriptSelection"));
  const guids = new Set(selections.map((s) => attr(s, "guid")?.trim()));
  for (const representation of children(element, "Representation")) {
    for (const selection of children(representation, "PlainTextSelection")) {
      if (guids.has(attr(selection, "guid")?.trim())) data.repeats++;
      else selections.push(selection);
    }
  }
  const add = (coding: XmlElement, line: number) => {
    data.codings.push({ source, code: codeRef(coding), line });
    data.mediaCodings++;
  };
  for (const selection of selections) {
    const codings = children(selection, "Coding");
    if (codings.length === 0) data.comments++;
    for (const coding of codings) add(coding, coding.line);
  }
  for (const coding of children(element, "Coding")) add(coding, coding.line);
}

function codeRef(coding: XmlElement): string {
  return attr(child(coding, "CodeRef") ?? coding, "targetGUID")?.trim() ?? "";
}

function integer(element: XmlElement, name: string, file: string, issues: IssueCollector): number | undefined {
  const raw = attr(element, name)?.trim() ?? "";
  if (/^-?\d+$/.test(raw)) return Number(raw);
  issues.add({ file, row: element.line, field: `${element.name}@${name}`, found: raw || qda.found.missingAttribute, expected: qda.expected.position });
  return undefined;
}
