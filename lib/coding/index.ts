/**
 * Dictionary coding of Chinese policy texts by policy tool and theme: segmenter, lexicon, clause
 * classifier, coder, ForeignProject builder, the paper-cue baseline and evaluation against hand
 * coding.
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
export { findThemes, type ThemeHit } from "./themes";
export { toForeignProject } from "./project";
export { codePointIndexer } from "./offsets";
export { paperCueBaseline, paperCues, type PaperCue } from "./baseline";
export { codeInDocumentOrder, evaluateCoder, type EvaluationReport, type HandCodedClause } from "./evaluate";
