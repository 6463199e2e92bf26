/**
 * Which clauses a researcher should review next (uncertainty sampling, the simplest active
 * learning): those where the model is least sure of some label — the smallest distance of any
 * label's probability from one half. Ties go to document order, so the list is reproducible.
 *
 * Reference: Lewis & Gale (1994), "A sequential algorithm for training text classifiers", SIGIR;
 * Settles (2012), Active Learning, ch. 2.
 *
 * @example
 * reviewOrder(coded, model)[0].id; // the clause to read first
 */
import type { CodedUnit } from "../evaluation/types";
import type { CoderModel } from "./types";

/** A clause to review, with the label the model is least sure of. */
export interface ReviewItem {
  id: string;
  document: string;
  text: string;
  /** |p − ½| of the least certain label: 0 is a coin toss. */
  margin: number;
  label: string;
  probability: number;
  tools: readonly string[];
  themes: readonly string[];
}

/** Clauses ordered by the model's uncertainty, most uncertain first (model-sourced labels only). */
export function reviewOrder(coded: readonly (CodedUnit & { probabilities: readonly number[] })[], model: CoderModel): ReviewItem[] {
  const learnt = model.labels.map((l, i) => [l, i] as const).filter(([l]) => l.source === "model");
  // A model that learnt no label is the dictionary coder: it is certain of everything, and orders nothing.
  if (learnt.length === 0) return [];
  const items = coded.map((u, order) => {
    let best = { margin: Infinity, label: "", probability: 0 };
    for (const [l, i] of learnt) {
      const margin = Math.abs(u.probabilities[i] - 0.5);
      if (margin < best.margin) best = { margin, label: l.label, probability: u.probabilities[i] };
    }
    return { order, item: { id: u.id, document: u.document, text: u.text, margin: Number(best.margin.toFixed(6)), label: best.label, probability: Number(best.probability.toFixed(6)), tools: u.tools, themes: u.themes } };
  });
  return items.sort((a, b) => a.item.margin - b.item.margin || a.order - b.order).map((x) => x.item);
}
