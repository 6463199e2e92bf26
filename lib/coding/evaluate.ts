/**
 * Measures a clause coder against hand coding: Cohen's kappa and percent agreement per tool cell
 * and for "any tool" (does the clause carry an instrument at all), the unit being the clause; plus
 * an overall kappa over the eleven categories (ten cells and none), the confusion table and the
 * list of disagreements to read.
 *
 * Reference: ../agreement (Cohen 1960); tests/fixtures/coding/README.md (the hand-coded set).
 *
 * @example
 * const hand = [{ id: "A01", document: "d", clause: "配套用房一律不得分割。", tool_cell: "authority.constraint" }];
 * evaluateCoder(hand, codeInDocumentOrder(hand)).anyTool.agreement; // 1
 */
import { agreementByCode, cohenKappa, type CodeAgreement, type KappaResult } from "../agreement";
import { coding as text } from "../messages";
import { classifyClauses } from "./classify";
import { defaultLexicon, TOOL_CELLS, type Lexicon, type ToolCell } from "./lexicon";

/** A hand-coded clause: `tool_cell` is a cell or "none". */
export interface HandCodedClause {
  id: string;
  document: string;
  clause: string;
  tool_cell: string;
}

/** How a coder did against the hand coding. */
export interface EvaluationReport {
  clauses: number;
  /** Binary: instrument or not. */
  anyTool: CodeAgreement;
  /** One row per tool cell, in codebook order. */
  perCell: CodeAgreement[];
  /** Kappa over the eleven categories (ten cells and "none"). */
  overall: KappaResult;
  /** confusion[hand][coder] = clauses. */
  confusion: Record<string, Record<string, number>>;
  disagreements: { id: string; clause: string; hand: string; coder: string }[];
}

/**
 * Codes hand-coded clauses with the dictionary coder, each document's clauses in their order (so
 * list items see their lead-in), and returns the cells aligned with the input.
 */
export function codeInDocumentOrder(clauses: readonly HandCodedClause[], lexicon: Lexicon = defaultLexicon()): (ToolCell | null)[] {
  const byDoc = new Map<string, number[]>();
  clauses.forEach((c, i) => byDoc.set(c.document, [...(byDoc.get(c.document) ?? []), i]));
  const out: (ToolCell | null)[] = new Array(clauses.length).fill(null);
  for (const indices of byDoc.values()) {
    // The evaluation set holds excerpts of documents: its last clause may be a title the excerpt cut off.
    const coded = classifyClauses(indices.map((i) => clauses[i].clause), lexicon, { complete: false });
    indices.forEach((i, k) => (out[i] = coded[k].tool));
  }
  return out;
}

/**
 * Compares predicted cells with the hand coding, clause by clause.
 *
 * @example
 * evaluateCoder(hand, hand.map(() => null)).perCell[0].code; // "authority.promotion"
 */
export function evaluateCoder(clauses: readonly HandCodedClause[], predicted: readonly (ToolCell | null)[]): EvaluationReport {
  if (clauses.length === 0) throw new RangeError(text.evaluationEmpty);
  const cells = TOOL_CELLS as readonly string[];
  for (const c of clauses) if (c.tool_cell !== "none" && !cells.includes(c.tool_cell)) throw new RangeError(text.unknownHandCode(c.tool_cell, c.id));
  const hand = clauses.map((c) => (c.tool_cell === "none" ? null : c.tool_cell));
  const label = (v: string | null) => v ?? "none";
  const [anyTool] = agreementByCode(hand.map((h) => (h ? "any" : null)), predicted.map((p) => (p ? "any" : null)), { unit: "clause", codes: ["any"] });
  const perCell = agreementByCode(hand, predicted, { unit: "clause", codes: TOOL_CELLS });
  const overall = cohenKappa(hand.map(label), predicted.map(label), { unit: "clause" });
  const confusion: Record<string, Record<string, number>> = {};
  const disagreements: EvaluationReport["disagreements"] = [];
  clauses.forEach((c, i) => {
    const h = label(hand[i]);
    const p = label(predicted[i]);
    confusion[h] ??= {};
    confusion[h][p] = (confusion[h][p] ?? 0) + 1;
    if (h !== p) disagreements.push({ id: c.id, clause: c.clause, hand: h, coder: p });
  });
  return { clauses: clauses.length, anyTool: { ...anyTool, code: "any tool" }, perCell, overall, confusion, disagreements };
}
