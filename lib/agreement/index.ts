/**
 * Inter-coder agreement: Cohen's kappa (unit level, per code), NVivo's character-level Coding
 * Comparison, and Krippendorff's alpha (nominal, two or more coders, missing values).
 *
 * @example
 * import { cohenKappa, agreementByCode, codingComparison, krippendorffAlpha } from "./agreement";
 */
export { cohenKappa, kappaFromTable, type KappaResult } from "./cohen";
export { agreementByCode, type CodeAgreement, type UnitCodes } from "./by-code";
export { codingComparison, nvivoCounts, nvivoKappa, type CodeComparison, type CodedSpan, type ComparisonRow, type ComparisonSource, type NvivoCounts } from "./nvivo";
export { krippendorffAlpha, type AlphaResult, type AlphaValue } from "./krippendorff";
