/**
 * Types of the supervised coder: a labelled clause, the features it is read through, and the model
 * file that `toolmix train` writes and `toolmix code --model` reads.
 */
import type { ClauseCoding } from "../coding/classify";

/** A clause with what the dictionary coder makes of it, and (when known) its codes. */
export interface LearnUnit {
  id: string;
  document: string;
  text: string;
  /** The dictionary coder's coding of the clause, in its document's context. */
  coding: ClauseCoding;
  /** The dictionary coder's top-level themes of the clause. */
  dictionaryThemes: readonly string[];
  /** Tool cells and top-level themes as a researcher coded them (training units only). */
  tools?: readonly string[];
  themes?: readonly string[];
}

/** One label's classifier in a model file. */
export interface LabelModel {
  /** A tool cell (`authority.promotion`) or a top-level theme (`theme:land_supply`). */
  label: string;
  /** Training clauses with the label. */
  positives: number;
  /** "model": the logistic regression decides; "dictionary": too few positives to learn, the dictionary coder's decision is kept. */
  source: "model" | "dictionary";
  bias: number;
  /** Weights of the features, sorted by feature, zero weights left out. */
  weights: Record<string, number>;
}

/** The model file: everything needed to code, and where it came from. */
export interface CoderModel {
  format: "toolmix-coder-model";
  formatVersion: 1;
  /** The coding scheme the labels belong to. */
  scheme: string;
  unit: "clause";
  kit: string;
  lexicon: string;
  seed: number;
  trainedOn: { file: string; sha256: string; documents: string[]; clauses: number };
  settings: { ngrams: [number, number]; minCount: number; l2: number; iterations: number; minPositives: number; prior: number };
  labels: LabelModel[];
}
