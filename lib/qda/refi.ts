/**
 * Reads a REFI-QDA project — a .qdpx archive, a bare project .qde, or a .qdc codebook — into a
 * {@link ForeignProject}, checked: every coding points to a known code and source, every offset
 * lies inside its text, every source text is UTF-8.
 *
 * Offsets are kept as written and their unit recorded (see lib/qda/offsets.ts for the detection
 * rule): NVivo counts UTF-16 units, the standard code points. A .qde without its archive carries
 * no texts: the reader lists those sources in `missingTexts` and says so in `notes`, and checks
 * only that start ≤ end. Codings without text offsets (of a whole source, or of a PDF, picture,
 * audio or video selection) cannot be told apart, so they are summed per source and code into one
 * coding with `count`. A source the kit wrote with the GUID derived from its name gets its id
 * back (./kit-ids.ts).
 *
 * Reference: REFI-QDA 1.5 (§8 container, §10.2 offsets), Project.xsd v1.0, Codebook.xsd v1.0;
 * shared/reference/qda-formats.md §1.
 *
 * @example
 * const p = parseRefiXml('<Project name="p" origin="NVivo 14"><CodeBook><Codes><Code guid="c" name="权威型" isCodable="true"/></Codes></CodeBook>' +
 *   '<Sources><TextSource guid="s" name="深圳"><PlainTextContent>政策😀工具</PlainTextContent><PlainTextSelection guid="x" startPosition="2" endPosition="6">' +
 *   '<Coding guid="k"><CodeRef targetGUID="c"/></Coding></PlainTextSelection></TextSource></Sources></Project>', "p.qde");
 * p.codings;    // [{ source: "s", code: "c", start: 2, end: 6 }]
 * p.offsetUnit; // "utf16": the selection ends past the text's 5 code points, within its 6 UTF-16 units
 */
import { InputError, IssueCollector } from "../errors";
import { qda } from "../messages";
import { decodeUtf8, readBytes } from "./bytes";
import { detectOffsetUnit, lengthIn } from "./offsets";
import { restoreKitIds } from "./kit-ids";
import { openQdpx, type QdpxArchive } from "./refi-archive";
import { flattenedHierarchyCount, readCodes } from "./refi-codes";
import { readSources, type RawCoding, type RawSource, type SourceData } from "./refi-sources";
import { assign, readCases, readValue, readVariables, type CaseData } from "./refi-variables";
import type { ForeignCoding, ForeignProject, ForeignSource } from "./types";
import { attr, child, children, parseXml } from "./xml";
import type { ZipLimits } from "./zip";

export interface RefiOptions {
  /** Archive limits (entries, total inflated bytes); also caps the size of a bare .qde or .qdc. */
  limits?: ZipLimits;
}

/** Reads a .qdpx file. */
export function readQdpx(file: string, options: RefiOptions = {}): ForeignProject {
  return parseQdpx(readBytes(file, maxBytes(options)), file, options);
}

/** Reads a bare project .qde (texts are missing unless inline). */
export function readQde(file: string, options: RefiOptions = {}): ForeignProject {
  return parseRefiXml(decodeUtf8(readBytes(file, maxBytes(options)), file), file);
}

/** Reads a .qdc codebook: codes only. */
export function readQdc(file: string, options: RefiOptions = {}): ForeignProject {
  return readQde(file, options);
}

/** Reads .qdpx bytes; `file` names the archive in errors. */
export function parseQdpx(bytes: Uint8Array, file: string, options: RefiOptions = {}): ForeignProject {
  const archive = openQdpx(bytes, file, options.limits);
  const qdeFile = qda.entryName(file, archive.qdeName);
  return parseRefiXml(decodeUtf8(archive.qde, qdeFile), qdeFile, { archive, archiveFile: file });
}

/** Where texts come from: the archive a .qde was read from, if any. */
export interface TextContext {
  archive: QdpxArchive;
  archiveFile: string;
}

/** Parses REFI-QDA XML (a Project or a CodeBook root) into a checked ForeignProject. */
export function parseRefiXml(text: string, file: string, context?: TextContext): ForeignProject {
  const root = parseXml(text, file);
  if (root.name !== "Project" && root.name !== "CodeBook") {
    throw new InputError([{ file, row: root.line, found: `<${root.name}>`, expected: qda.expected.refiRoot }]);
  }
  const projectFile = context?.archiveFile ?? file;
  const origin = attr(root, "origin")?.trim() || undefined;
  const issues = new IssueCollector();
  const codebook = root.name === "CodeBook" ? root : child(root, "CodeBook");
  const codes = readCodes(codebook && child(codebook, "Codes"), file, issues);
  const variables = readVariables(root, file, issues);
  const cases = readCases(root, variables, file, issues);
  const read = readSources(child(root, "Sources"), file, issues, (element, guid) => {
    const pairs = children(element, "VariableValue").map((v) => readValue(v, variables, file, issues));
    assign(cases, guid, pairs.filter((p): p is [string, string] => p !== undefined), "");
  });
  issues.throwIfAny();

  const { codings, caseCodings } = checkReferences(read, new Set(codes.map((c) => c.guid)), cases, file, issues);
  issues.throwIfAny();

  const notes: string[] = [];
  const sources = read.sources.map((raw) => ({ ...raw.source, variables: cases.values.get(raw.source.guid) ?? {} }));
  const missingTexts = attachTexts(read.sources, sources, context, notes);
  const texts = new Map(sources.filter((s) => s.text !== undefined).map((s) => [s.guid, s.text as string]));
  const spans = codings.filter((c) => c.start !== undefined && c.end !== undefined && texts.has(c.source));
  const decision = detectOffsetUnit(spans.map((c) => ({ text: texts.get(c.source) as string, start: c.start as number, end: c.end as number })), origin);
  checkOffsets(codings, texts, decision.unit, sources, file, issues);
  issues.throwIfAny();

  const hasTextSources = read.sources.some((s) => s.kind === "TextSource");
  if (hasTextSources) notes.push(decision.note);
  if (missingTexts.length > 0) notes.push(context ? qda.note.textsNotInArchive(missingTexts.length) : qda.note.textsMissing(missingTexts.length, file));
  if (root.name === "CodeBook") notes.push(qda.note.codebookOnly);
  if (read.mediaCodings > 0) notes.push(qda.note.mediaCodings(read.mediaCodings));
  if (read.repeats > 0) notes.push(qda.note.pdfRepeats(read.repeats));
  if (read.comments > 0) notes.push(qda.note.comments(read.comments));
  if (caseCodings > 0) notes.push(qda.note.caseCodings(caseCodings));
  const flattened = flattenedHierarchyCount(codes);
  if (flattened > 0) notes.push(qda.note.flattenedHierarchy(flattened));
  notes.push(...cases.conflicts);
  // Sources the kit wrote keep their ids (./kit-ids.ts), so doc_ids survive code → .qdpx → import.
  return restoreKitIds({
    file: projectFile,
    ...(origin ? { origin } : {}),
    codes,
    sources,
    codings: mergeWithoutOffsets(codings),
    // A project without text sources has no offsets to count: its unit is unknown, not guessed.
    offsetUnit: hasTextSources ? decision.unit : "unknown",
    missingTexts,
    notes,
  });
}

/** Codings whose code exists; a CodeRef to a case is case membership, anything else an issue, as is a SourceRef to no source. */
function checkReferences(read: SourceData, codeGuids: ReadonlySet<string>, cases: CaseData, file: string, issues: IssueCollector): { codings: RawCoding[]; caseCodings: number } {
  const sourceGuids = new Set(read.sources.map((s) => s.source.guid));
  let caseCodings = 0;
  const codings: RawCoding[] = [];
  for (const coding of read.codings) {
    if (codeGuids.has(coding.code)) codings.push(coding);
    // NVivo can export case membership as a coding at a code whose guid is the case's (QualCoder refi.py).
    else if (cases.caseGuids.has(coding.code)) caseCodings++;
    else issues.add({ file, row: coding.line, field: "CodeRef@targetGUID", found: coding.code || qda.found.missingAttribute, expected: qda.expected.knownCode });
  }
  for (const ref of cases.sourceRefs) {
    if (!sourceGuids.has(ref.target)) issues.add({ file, row: ref.line, field: "SourceRef@targetGUID", found: ref.target || qda.found.missingAttribute, expected: qda.expected.knownSource });
  }
  return { codings, caseCodings };
}

/** Sets each text source's text from inline content or the archive; returns the names of those without. */
function attachTexts(raws: readonly RawSource[], sources: ForeignSource[], context: TextContext | undefined, notes: string[]): string[] {
  const missing: string[] = [];
  let external = 0;
  raws.forEach((raw, i) => {
    if (raw.kind !== "TextSource") return;
    if (raw.inlineText !== undefined) {
      sources[i].text = raw.inlineText;
      return;
    }
    const entry = raw.plainTextPath && context ? context.archive.sourceEntry(raw.plainTextPath) : undefined;
    if (entry) {
      sources[i].text = decodeUtf8(entry.bytes, qda.entryName(context?.archiveFile ?? "", entry.name));
      return;
    }
    if (raw.plainTextPath && !/^internal:/i.test(raw.plainTextPath.trim())) external++;
    missing.push(raw.source.name);
  });
  if (external > 0) notes.push(qda.note.externalTexts(external));
  return missing;
}

/** Offsets must satisfy 0 ≤ start ≤ end, and end ≤ the text's length in the detected unit. */
function checkOffsets(codings: readonly RawCoding[], texts: ReadonlyMap<string, string>, unit: ForeignProject["offsetUnit"], sources: readonly ForeignSource[], file: string, issues: IssueCollector): void {
  const names = new Map(sources.map((s) => [s.guid, s.name]));
  const reported = new Set<string>();
  for (const c of codings) {
    const row = c.selectionLine ?? c.line;
    const key = `${c.source}:${row}:${c.start}:${c.end}`;
    if (c.start === undefined || c.end === undefined || reported.has(key)) continue;
    const text = texts.get(c.source);
    const length = text === undefined ? Infinity : lengthIn(text, unit);
    const bad = c.start < 0 || c.start > c.end ? "start" : c.end > length ? "end" : undefined;
    if (!bad) continue;
    reported.add(key); // one issue per selection, however many codings it holds
    const field = bad === "start" ? "PlainTextSelection@startPosition" : "PlainTextSelection@endPosition";
    issues.add({ file, row, field, found: qda.found.offsets(c.start, c.end, names.get(c.source) ?? c.source), expected: qda.expected.offsetsInText(length, unit) });
  }
}

/** Codings without offsets become one coding per source and code, with their count. */
function mergeWithoutOffsets(codings: readonly RawCoding[]): ForeignCoding[] {
  const out: ForeignCoding[] = [];
  const whole = new Map<string, ForeignCoding>();
  for (const { source, code, start, end } of codings) {
    if (start !== undefined && end !== undefined) {
      out.push({ source, code, start, end });
      continue;
    }
    const key = `${source}\u0000${code}`;
    const seen = whole.get(key);
    if (seen) seen.count = (seen.count ?? 1) + 1;
    else {
      const coding: ForeignCoding = { source, code };
      whole.set(key, coding);
      out.push(coding);
    }
  }
  return out;
}

/** A caller's stricter size limit; the process-wide one (lib/io/limits.ts) always applies. */
function maxBytes(options: RefiOptions): number | undefined {
  return options.limits?.maxTotalBytes;
}
