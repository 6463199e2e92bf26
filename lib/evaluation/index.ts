/**
 * Evaluation of coders against hand coding: evaluation sets (clause lists and their hand codings),
 * the labels reported (any tool, cells, tools, directions, themes), κ / precision / recall with
 * document-bootstrap intervals, the ceiling of two independent hand codings, and sentence units.
 *
 * @example
 * import { readEvaluationSet, dictionaryCoding, evaluateCoding, formatEvaluation } from "./evaluation";
 * const set = readEvaluationSet("tests/fixtures/coding/test-2");
 * console.log(formatEvaluation("test-2", evaluateCoding(set.gold, dictionaryCoding(set.clauses), { seed: 1 })));
 */
export { LABELS, THEMES, labelsOf } from "./labels";
export { scoreLabels, binaryKappa } from "./metrics";
export { kappaIntervals, quantileSorted, type BootstrapUnit } from "./bootstrap";
export { readEvaluationSet, readCoding, type EvaluationSet, type SetClause } from "./read-set";
export { dictionaryCoding, topThemes, byDocument } from "./predict";
export { evaluateCoding, formatEvaluation, type EvaluationResult, type EvaluateOptions } from "./report";
export { clauseList, type ListedClause } from "./clause-list";
export type { CodeScore, CodedUnit, Unit, UnitCodes } from "./types";
export { toSentences, sentenceStarts } from "./sentence";
export { kappaRows } from "./rows";
