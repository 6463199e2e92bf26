/**
 * Dictionary coding of Chinese policy texts by policy tool and theme: segmenter, lexicon, clause
 * classifier, coder, ForeignProject builder and the paper-cue baseline; and the generic coder for
 * any scheme (its dictionary from the codebook's cue words or a keyword CSV, text headers, the
 * choice between the two coders). Evaluation against hand coding is lib/evaluation.
 *
 * @example
 * import { codeTexts } from "./coding";
 * codeTexts([{ id: "d1", text: "配套用房一律不得分割。" }]).segments[0].tool; // "authority.constraint"
 */
export { codeTexts, type CodedSegment, type CodedTexts, type CodeTextsOptions, type CoderText } from "./coder";
export { classifyClause, classifyClauses, type ClauseCoding, type ClauseRole } from "./classify";
export { segmentText, type Segment } from "./segment";
export { structureOf, markerOf, type MarkerFamily, type Structure, type StructureKind } from "./structure";
export { defaultLexicon, loadLexicon, TOOL_CELLS, type Cue, type Lexicon, type Role, type ThemeCue, type ToolCell } from "./lexicon";
export { findCues, quotedSpans, type CueHit } from "./match";
export { findThemes, themesInContext, type ThemeHit } from "./themes";
export { toForeignProject } from "./project";
export { codePointIndexer } from "./offsets";
export { paperCueBaseline, paperCues, type PaperCue } from "./baseline";
export { readHeader, firstBodyLine, type HeaderVariable, type TextHeader } from "./header";
export { TermMatcher, type TermOccurrence } from "./term-matcher";
export { dictionaryFromCodebook, dictionaryTarget, isPaperCodebook, type DictionaryEntry, type SchemeDictionary } from "./dictionary";
export { parseDictionaryCsv, readDictionaryCsv } from "./dictionary-csv";
export { codeTextsWithScheme, type SchemeCodedTexts, type SchemeCodeOptions, type SchemeHit, type SchemeSegment } from "./scheme-coder";
export { codebookCodes, schemeProject } from "./scheme-project";
export { codeForScheme, type AnyCodedSegment, type SchemeCoding } from "./choose-coder";
export { readCoderTexts } from "./text-files";
export { codedSegmentsOf } from "./coded-lines";
