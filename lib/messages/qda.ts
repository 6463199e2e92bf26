import { counted } from "./common";

/** Messages of coded projects: REFI-QDA import, mappings, the dictionary coder, agreement and the example project. Part of lib/messages (see index.ts). */

/** "expected …" phrases and summaries of mapping a foreign project onto the kit's codebook. */
export const mapping = {
  mappingObject: 'a JSON object {"codes": {"<foreign code name or path>": "<kit node id>" | null}, "variables": {...}, "values": {...}}',
  knownTarget: "a kit node id (a tool cell such as authority.promotion, or a theme node such as land_supply.admission), or null to ignore the code",
  cellTarget: "a tool cell (<tool>.promotion or <tool>.constraint): the kit counts tools by direction (in a codebook without directions: a tool, sub-tool or theme node; never a dimension root or margin)",
  unknownForeign: (names: readonly string[]) => `a code of the imported project (it has ${names.slice(0, 8).join(", ")}${names.length > 8 ? ", …" : ""})`,
  regionValue: "northeast, east, central or west (map other spellings under values.region)",
  yearValue: "a four-digit year",
  nothingMapped: (codes: number) => `${codes} codes, none of them mapped onto the kit's codebook`,
  mapNeeded: "--map FILE naming the kit node of each code (or NAME-map.json next to the project), e.g. data/examples/m0-example-map.json, or --scheme CODEBOOK when the project was coded in another scheme (a .qdpx written by toolmix code --scheme); `toolmix validate PROJECT` shows the project's codes",
  foundMap: (mapFile: string) => `Mapped with ${mapFile} (found next to the project; --map FILE chooses another).`,
  summary: (o: { file: string; out: string; documents: number; codes: number; mapped: number; points: number; split?: { tools: number; other: number; otherName: string }; unmapped: readonly string[]; ignored: number; missingTexts: number; verb?: string }) =>
    // Mapped counts only codes with codings, so it is said beside the total, not as its part. A coder's
    // own codes always map (they are the codebook's node ids): `code` says nothing of mapping unless one fails.
    `${o.verb ?? "Imported"} ${o.file} → ${o.out}: ${counted(o.documents, "document")}, ${o.points} reference points on the codebook${o.split ? ` (${o.split.tools} on tools, ${o.split.other} on ${o.split.otherName})` : ""}` +
    (o.verb === "Coded" ? "." : `, from the codings of ${o.mapped} mapped code(s); the project has ${o.codes} codes in all (${o.ignored} ignored on purpose).`) +
    (o.unmapped.length ? `\nUnmapped codes with codings (${o.unmapped.length}), left out and listed in dataset.json: ${o.unmapped.join(", ")}` : o.verb === "Coded" ? "" : "\nEvery code with codings is mapped.") +
    (o.missingTexts ? `\n${o.missingTexts} source texts are not in the file (counts do not need them).` : ""),
} as const;

/** The name of an offset unit in qda messages. */
function unitName(unit: string): string {
  return unit === "utf16" ? "UTF-16 code units" : unit === "codepoint" ? "Unicode code points" : "an unknown unit";
}

/** Messages of the foreign-project readers and the .qdpx writer (lib/qda). */
export const qda = {
  /** How an archive entry is named in messages: the archive, then the entry. */
  entryName: (archive: string, entry: string) => `${archive} › ${entry}`,
  /** The origin recorded for a project read from an NVivo matrix export (the file names no tool). */
  matrixOrigin: "NVivo (Export Coding Matrix)",
  expected: {
    zip: "a zip archive (a .qdpx project or an .xlsx workbook is a zip file)",
    maxEntries: (n: number, option: string) => `at most ${n} entries in the archive (raise the limit with ${option} N)`,
    maxBytes: (n: number, option: string) => `at most ${n} bytes (${(n / 1024 / 1024).toFixed(0)} MiB) once unpacked (raise the limit with ${option} N, in MiB)`,
    honestSizes: "an archive whose headers give each entry's true size (the file is damaged or was crafted to mislead)",
    safePath: "a relative entry path without '..', a leading slash or a drive letter",
    noDoctype: "XML without a DOCTYPE or ENTITY declaration (REFI-QDA and Excel files never need one; they are refused because entities can fetch files or expand without bound)",
    wellFormedXml: "well-formed XML",
    knownEntity: "one of the XML entities &lt; &gt; &amp; &quot; &apos; or a character reference such as &#20320;",
    guid: "a guid attribute",
    uniqueGuid: (line: number) => `a guid not used by another element (line ${line} has it)`,
    codeName: "a non-empty code name",
    knownVariable: "the guid of a Variable declared under Variables",
    position: "a whole-number text position",
    qdeInArchive: "a .qde project file (project.qde) at the top level of the archive",
    oneQde: "exactly one .qde project file, or one named project.qde",
    refiRoot: "a REFI-QDA <Project> (.qde, .qdpx) or <CodeBook> (.qdc) root element",
    knownCode: "the guid of a Code in the CodeBook",
    knownSource: "the guid of a source under Sources",
    uniqueId: "a non-empty id used once",
    knownProjectCode: "the guid of a code of the project",
    knownProjectSource: "the guid of a source of the project",
    noCycle: "a parent chain that ends at a top-level code (no code may be its own ancestor)",
    count: "a whole number ≥ 0",
    bothOffsets: "both start and end, or neither",
    xmlCharacters: "names, texts and variable values without control characters (XML 1.0 cannot carry them)",
    textToConvert: "the source's text, to convert UTF-16 offsets to the code points REFI-QDA requires",
    worksheet: "a workbook with a first worksheet (xl/workbook.xml, xl/worksheets/…)",
    sharedString: (n: number) => `an index into the workbook's ${n} shared strings`,
    cellInSheet: (rows: number, columns: number) => `a cell within Excel's limits (${rows} rows, ${columns} columns)`,
    maxCells: (n: number, option: string) => `at most ${n} cells in the sheet (raise the limit with ${option} N)`,
    matrixShape: "a matrix: a header row of items or codes and at least one row below it, with a label column on the left",
    emptyCorner: "an empty top-left cell, as NVivo's Export Coding Matrix writes it",
    codeLabel: "a code label (e.g. 1 : Authority\\Promotion)",
    itemLabel: "a label naming a document, case or attribute value",
    labelOnce: "each label once on its side of the matrix",
    matrixCount: "a whole number ≥ 0, or an empty cell (export the matrix with cell content Coding References)",
    countOrSegment: "exactly one of the columns count (references per document and node) or segment (one row per coded segment)",
    startAndEnd: "both columns start and end, or neither",
    documentName: "a document name",
    nodePath: "a node name or path such as 政策工具/权威型",
    segmentText: "the text of the coded segment",
    endAfterStart: "an end ≥ start",
    oneValuePerDocument: (document: string, value: string, line: number) => `one value per document: "${document}" has "${value}" at row ${line}`,
    foreignExtension: "a file ending in .qdpx, .qde, .qdc (REFI-QDA), .xlsx (NVivo matrix export) or .csv (tidy codings or a matrix export)",
    csvKind: "a tidy CSV (columns document, node and count or segment) or an NVivo matrix export (an empty first header cell)",
    offsetsInText: (length: number, unit: string) =>
      Number.isFinite(length) ? `0 ≤ start ≤ end ≤ ${length}, the text's length in ${unitName(unit)}` : "0 ≤ start ≤ end",
  },
  found: {
    emptyFile: "an empty file",
    emptyBytes: "no bytes at all",
    notZip: (head: string) => `bytes starting ${head}, not the zip signature 50 4b 03 04 ("PK")`,
    damagedZip: (detail: string) => `a damaged zip archive (${detail})`,
    entries: (n: number) => `${n} entries`,
    declaredSize: (n: number) => `entries declaring ${n} bytes unpacked`,
    sizeMismatch: (declared: number, real: string) => `declared ${declared} bytes, inflates to ${real} bytes`,
    moreThan: (n: number) => `more than ${n}`,
    compression: (name: string, method: number) => `entry ${name} uses compression method ${method}; only stored (0) and deflate (8) are read`,
    nulInPath: (name: string) => `an entry path with a NUL byte: ${JSON.stringify(name)}`,
    driveLetter: (name: string) => `an entry path with a drive letter: ${name}`,
    absolutePath: (name: string) => `an absolute entry path: ${name}`,
    parentSegment: (name: string) => `an entry path that climbs out with '..': ${name}`,
    noRootElement: "no root element",
    halfSpan: "only one of start and end",
    noExtension: "no extension",
    row: (r: string) => `row ${r}`,
    column: (c: number) => `column ${c}`,
    columns: (columns: readonly string[]) => `columns ${columns.join(", ")}`,
    cells: (n: number) => `${n} cells`,
    atLeastCells: (n: number) => `at least ${n} cells (<c> tags in the sheet)`,
    matrixSize: (rows: number, columns: number) => `${rows} row(s) × ${columns} column(s)`,
    noText: (source: string, codings: number) => `${codings} coding(s) with UTF-16 offsets on source "${source}", which has no text`,
    missingAttribute: "(missing)",
    entryList: (names: readonly string[]) => (names.length === 0 ? "an empty archive" : `entries ${names.slice(0, 8).join(", ")}${names.length > 8 ? ", …" : ""}`),
    offsets: (start: number, end: number, source: string) => `start ${start}, end ${end} in source "${source}"`,
  },
  note: {
    offsetsBeyondCodePoints: (n: number) =>
      `Offsets count UTF-16 code units (as NVivo writes them), not the code points of the REFI-QDA standard: ${n} selection(s) end beyond their text's length in code points but within its length in UTF-16 units. Slice texts with JavaScript string indices.`,
    offsetsSplitPairs: (n: number) =>
      `Offsets count Unicode code points, as the REFI-QDA standard says: read as UTF-16 units, ${n} selection boundary(ies) would fall inside an emoji or other astral character.`,
    offsetsWordEdges: (unit: string, utf16: number, codepoint: number) =>
      `Offsets count ${unitName(unit)}: where the two readings differ, ${unit === "utf16" ? utf16 : codepoint} selection boundaries fall on word edges under that reading against ${unit === "utf16" ? codepoint : utf16} under the other.`,
    offsetsContradict: (beyond: number, split: number) =>
      `The offsets contradict each other: ${beyond} selection(s) only fit the text in UTF-16 units, ${split} boundary(ies) only make sense in code points; the offset unit is recorded as unknown.`,
    offsetsFromOrigin: (unit: string, origin: string | undefined, e: { spans: number; differing?: number; edgesUtf16?: number; edgesCodePoint?: number }) =>
      `Offset unit ${unit === "unknown" ? "unknown" : `taken as ${unitName(unit)}`}${origin ? `, as the writing tool (${origin}) suggests` : " (the file names no writing tool)"}: ` +
      (e.spans === 0
        ? "no selection could be checked against a text."
        : e.differing === undefined
          ? `the ${e.spans} selection(s) with texts come before any emoji or other astral character, where UTF-16 units and code points agree, so the texts cannot tell them apart.`
          : `${e.differing} selection boundary(ies) after an emoji or other astral character fall on word edges ${e.edgesUtf16} time(s) read as UTF-16 units and ${e.edgesCodePoint} time(s) read as code points, too close to tell.`),
    textsMissing: (n: number, file: string) =>
      `${file} is a project file without its sources folder: ${n} text source(s) have no text (listed in missingTexts); their offsets were checked only for start ≤ end. Import the .qdpx archive to check them against the texts.`,
    textsNotInArchive: (n: number) => `${n} text source(s) have no text in the archive (listed in missingTexts); their offsets were checked only for start ≤ end.`,
    externalTexts: (n: number) => `${n} text source(s) point to files outside the archive (relative:// or absolute://); the kit does not read files outside what it was given.`,
    codebookOnly: "A codebook (.qdc): codes only, no sources or codings.",
    mediaCodings: (n: number) => `${n} coding(s) are on PDF, picture, audio or video sources: they count as references but have no text offsets.`,
    pdfRepeats: (n: number) => `${n} PDF text-representation selection(s) repeat a PDF selection under the same guid (as ATLAS.ti writes them) and were counted once.`,
    comments: (n: number) => `${n} selection(s) carry no coding (comments or annotations) and are not references.`,
    caseCodings: (n: number) => `${n} coding(s) point to a case rather than a code (NVivo's case membership) and are not references.`,
    flattenedHierarchy: (n: number) =>
      `${n} code name(s) contain "::", ATLAS.ti's way of writing a hierarchy into names; the file has no nesting, so they are kept as top-level codes.`,
    matrixOrientation: (codesOn: string, rule: number) =>
      `Codes are the matrix's ${codesOn}` +
      [
        "",
        " (as asked).",
        " (their labels carry NVivo's hierarchy separator \\, the other side's do not).",
        ` (the ${codesOn === "rows" ? "columns" : "rows"} are attribute values, "Attribute = Value").`,
        ": NVivo's default layout; nothing in the labels says otherwise. Pass codes: \"columns\" if the codes are across the top.",
      ][rule],
    matrixCells:
      "Cells are read as coding references (NVivo's default cell content); the export does not say which content was chosen. Each item counts as a file of a code when its cell is above 0.",
    tidyOffsets: (unit: string, utf16: number, codepoint: number) =>
      unit === "unknown"
        ? utf16 + codepoint === 0
          ? "The offsets' unit is unknown: no segment has an emoji or other astral character, where UTF-16 units and code points differ."
          : `The offsets' unit is unknown: ${utf16} segment(s) fit UTF-16 units and ${codepoint} fit code points.`
        : `Offsets count ${unitName(unit)}: ${unit === "utf16" ? utf16 : codepoint} segment(s) with an astral character have end − start equal to their length in that unit.`,
    variableConflict: (source: string, variable: string, kept: string, other: string, from: string) =>
      `Source ${source} has two values for variable "${variable}": "${kept}" (kept) and "${other}"${from ? ` (from case ${from})` : ""}.`,
  },
  internal: {
    emptyPath: "CodePaths.add needs at least one segment",
    unwritable: (value: string) => `a character XML 1.0 cannot carry in ${JSON.stringify(value.slice(0, 40))}`,
    unsafeWrite: (name: string) => `refusing to write a zip entry with an unsafe path: ${name}`,
  },
} as const;

/** Messages of the inter-coder agreement statistics (lib/agreement). */
export const agreement = {
  empty: (what: string) => `${what} needs at least one unit to compare`,
  lengths: (a: number, b: number) => `the two codings must cover the same units: coder A has ${a} units, coder B has ${b}`,
  squareTable: (rows: number, cols: number) => `a kappa table must be square (categories × categories), got ${rows} rows and ${cols} columns`,
  badCount: (value: number) => `counts must be finite numbers ≥ 0, got ${value}`,
  badSpan: (source: string, code: string, start: number, end: number, size: number) =>
    `coded span ${start}–${end} of code "${code}" in source "${source}" must satisfy 0 ≤ start ≤ end ≤ ${size} (the source size)`,
  unknownSource: (source: string) => `a coded span names source "${source}", which is not among the sources compared`,
  badSize: (source: string, size: number) => `source "${source}" must have a size (number of units) that is a whole number ≥ 1, got ${size}`,
  duplicateSource: (source: string) => `source "${source}" is listed twice`,
  fewCoders: (n: number) => `Krippendorff's alpha needs a reliability matrix with at least two coders (rows), got ${n}`,
  raggedMatrix: (row: number, length: number, expected: number) => `coder ${row + 1} has ${length} values, coder 1 has ${expected}: every coder needs one value (or a missing value) per unit`,
  noVariationKappa:
    "kappa is undefined (0/0): expected agreement is 1 because both coders used one and the same category for every unit; reported as NaN (NVivo's Coding Comparison reports 1 for complete agreement, see nvivoKappa)",
  noVariationAlpha: "alpha is undefined (0/0): every pairable value is the same, so expected disagreement is 0; reported as NaN",
  noPairs: "alpha is undefined: no unit has two or more values, so there is nothing to compare; reported as NaN",
  nvivoComplete: "complete agreement: NVivo reports kappa 1 when the two coders agree on every unit, including when neither coded anything",
} as const;

/** Messages of the dictionary coder (lib/coding). */
export const coding = {
  clauses: (body: number, withTool: number, genre: number, structural: number, unit: "clause" | "sentence" = "clause") =>
    `${unit === "clause" ? "Clauses" : "Sentences"}: ${counted(body, `body ${unit}`)}${genre > 0 ? ` (${genre} of them genre formulas — purpose statement or transmittal — never coded)` : ""}, ${withTool} coded at a tool; ${counted(structural, "structural line")} (titles, headings, issuers, dates, notes) not coded.`,
  clausesWritten: (file: string, n: number, unit: "clause" | "sentence") => `Every coded ${unit}, with its codes and cue words: ${file} (${n} ${unit}${n === 1 ? "" : "s"})`,
  lexiconFile: "lib/coding/lexicon.json",
  expected: {
    lexiconObject: "a JSON object with version, cells, priority, roles and themes",
    knownCell: (cells: readonly string[]) => `a tool cell: one of ${cells.join(", ")}`,
    cueObject: 'a cue object {"term": "…"} with optional "regex", "notIn" (longer words that contain the term), "tier", "modal" and "yieldsTo" (cells the cue only qualifies)',
    regex: (message: string) => `a valid JavaScript regular expression (${message})`,
    notInContains: (term: string) => `longer words that contain the term "${term}"`,
    knownTier: (tiers: readonly string[]) => `a tier of "priority": ${tiers.join(", ")}`,
    priorityCells: "a priority list that names every tool cell exactly once (plus optional extra tiers such as duty)",
    role: "a role object {\"role\": name, \"patterns\": [regex, …]} with optional yieldsTo (tool cells) and yieldsToModal",
    themeId: "a theme node id of the kit's codebook (data/paper-m0/codebook.json)",
    nonEmptyArray: "a non-empty array",
    sentenceUnit: 'the unit "clause" with a scheme\'s own dictionary (sentence units are coded by the paper\'s coder only, so far)',
  },
  noTexts: "codeTexts needs at least one text",
  textId: (i: number) => `text ${i + 1} needs a non-empty string id`,
  duplicateId: (id: string) => `text id "${id}" is used twice; ids name sources and documents, so they must be unique`,
  textBody: (id: string) => `text "${id}" needs its text as a string`,
  projectNote: (version: string, texts: number, segments: number, coded: number, unit: "clause" | "sentence" = "clause") =>
    `Coded by the toolmix dictionary coder (lexicon ${version}): ${texts} text(s), ${segments} segment(s), ${coded} with a tool. ` +
    `Every tool cell a ${unit} carries (multi-label, unit: ${unit}); themes by cue words. Offsets are Unicode code points, as the REFI-QDA standard asks. Machine coding: check it against a hand-coded sample before use.`,
  origin: (version: string) => `toolmix dictionary coder (lexicon ${version})`,
  indexOutside: (index: number, length: number) => `UTF-16 index ${index} is outside 0…${length}`,
  evaluationEmpty: "the evaluation needs at least one hand-coded clause",
  unknownHandCode: (code: string, id: string) => `clause ${id}: hand code "${code}" is neither a tool cell nor "none"`,
} as const;

/** Errors in the shipped example project (data/examples/m0-example/codings.json). */
export const exampleText = {
  unknownDocument: (doc: string) => `a document listed under documents (found "${doc}" is not)`,
  unknownCode: (code: string) => `a code listed under codes (found "${code}" is not)`,
  quoteNotInText: (doc: string) => `a quotation that occurs in texts/${doc}.txt`,
} as const;

/** Findings and summaries of validating a coded project (lib/validate/project.ts, lib/cli/validate.ts). */
export const projectFinding = {
  notCodable: (name: string) => `coded at "${name}", which the project marks as not codable`,
  missingText: "the project does not carry this source's text, so its codings' offsets cannot be checked",
  recognised: (path: string, kind: string) => `${path}: ${kind}`,
  structure: (p: { sources: number; codes: number; codings: number; parentCodings: number }) =>
    `project: ${p.sources} source${p.sources === 1 ? "" : "s"}, ${p.codes} code${p.codes === 1 ? "" : "s"}, ${p.codings} coding${p.codings === 1 ? "" : "s"}` +
    (p.parentCodings > 0 ? ` (${p.parentCodings} at a parent code, which is valid: coded at the parent itself)` : ""),
  mapped: (mapFile: string, found: boolean) =>
    `mapped with ${mapFile}${found ? " (found next to the project; --map FILE chooses another)" : ""} onto the kit's codebook:`,
  mappedByIds: (scheme: string) => `mapped by node ids and labels onto the scheme of ${scheme}:`,
  notMapped: "structure only; give --map FILE (or --scheme CODEBOOK for a .qdpx the kit wrote) to validate the dataset it maps to",
} as const;
