/**
 * Trains the supervised coder and codes with it. One binary classifier per label — each tool cell
 * and each top-level theme — on the clause's features (./features.ts), by L2-penalised logistic
 * regression (./logistic.ts) that starts from the dictionary coder's decision (prior log-odds
 * ±`prior`) and learns where it goes wrong, so a few hundred corrections refine the rules instead of
 * relearning the language. A label with fewer than `minPositives` training clauses cannot be
 * learnt: the model keeps the dictionary coder's decision for it (its `source` says so). A clause
 * is coded at every label whose probability is at least one half.
 *
 * The pipeline: features of every training clause → vocabulary (features seen in at least
 * `minCount` clauses, and every dictionary feature) → one fit per label → weights rounded to six
 * significant digits, zero weights dropped, so the model file is small and the same inputs give
 * the same bytes.
 *
 * Reference: issue 12 point 4; ./logistic.ts.
 *
 * @example
 * const model = trainCoder(units, { seed: 1, scheme: "paper-m0", file: "corrected.qdpx", sha256 });
 * codeWithModel(model, units)[0].tools; // the cells the model gives the first clause
 */
import { TOOL_CELLS } from "../coding/lexicon";
import { THEMES } from "../evaluation/labels";
import type { CodedUnit } from "../evaluation/types";
import { featuresOf } from "./features";
import { fitLogistic, sigmoid } from "./logistic";
import type { CoderModel, LabelModel, LearnUnit } from "./types";

/** Every label a model has: the ten cells, then the themes as `theme:<id>`. */
export const MODEL_LABELS: readonly string[] = [...TOOL_CELLS, ...THEMES.map((t) => `theme:${t}`)];

/**
 * Default settings. `prior` 3 (the dictionary's decision as log-odds ±3, a probability of 0.95) was
 * chosen by cross-validation on the development sets; `minPositives` 10 follows the rule of thumb of
 * at least ten events per label for a logistic regression (Peduzzi et al. 1996, J Clin Epidemiol
 * 49:1373): with fewer corrected clauses a label keeps the dictionary's decision.
 */
export const DEFAULT_SETTINGS: CoderModel["settings"] = { ngrams: [1, 3], minCount: 2, l2: 0.003, iterations: 150, minPositives: 10, prior: 3 };

/** Options of {@link trainCoder}. */
export interface TrainOptions {
  seed: number;
  scheme: string;
  file: string;
  sha256: string;
  kit?: string;
  lexicon?: string;
  settings?: Partial<CoderModel["settings"]>;
}

const round = (x: number) => Number(x.toPrecision(6));

/** The dictionary coder's decision on a label as prior log-odds: +prior when it codes the label, −prior when not. */
export function priorOf(unit: LearnUnit, label: string, prior: number): number {
  return hasLabel({ tools: unit.coding.tools, themes: unit.dictionaryThemes }, label) ? prior : -prior;
}

/** Whether a training unit carries a label. */
export function hasLabel(unit: { tools?: readonly string[]; themes?: readonly string[] }, label: string): boolean {
  return label.startsWith("theme:") ? (unit.themes ?? []).includes(label.slice(6)) : (unit.tools ?? []).includes(label);
}

/** Trains a model on labelled units. */
export function trainCoder(units: readonly LearnUnit[], options: TrainOptions): CoderModel {
  const settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const features = units.map((u) => featuresOf(u, settings.ngrams));
  const seen = new Map<string, number>();
  for (const fs of features) for (const f of fs) seen.set(f, (seen.get(f) ?? 0) + 1);
  const vocabulary = [...seen.keys()].filter((f) => !f.startsWith("g:") || (seen.get(f) ?? 0) >= settings.minCount).sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const rows = features.map((fs) => fs.flatMap((f) => (index.has(f) ? [index.get(f)!] : [])));
  const labels: LabelModel[] = MODEL_LABELS.map((label) => {
    const y = units.map((u) => hasLabel(u, label));
    const positives = y.filter(Boolean).length;
    if (positives < settings.minPositives || positives === units.length) return { label, positives, source: "dictionary", bias: 0, weights: {} };
    const fit = fitLogistic(rows, y, vocabulary.length, { ...settings, offsets: units.map((u) => priorOf(u, label, settings.prior)) });
    const weights: Record<string, number> = {};
    vocabulary.forEach((f, i) => {
      const w = round(fit.weights[i]);
      if (w !== 0) weights[f] = w;
    });
    return { label, positives, source: "model", bias: round(fit.bias), weights };
  });
  return {
    format: "toolmix-coder-model",
    formatVersion: 1,
    scheme: options.scheme,
    unit: "clause",
    kit: options.kit ?? "unknown",
    lexicon: options.lexicon ?? "unknown",
    seed: options.seed,
    trainedOn: { file: options.file, sha256: options.sha256, documents: [...new Set(units.map((u) => u.document))].sort(), clauses: units.length },
    settings,
    labels,
  };
}

/** P(label) per model label for one unit; dictionary-sourced labels give 1 or 0 from the dictionary coding. */
export function probabilities(model: CoderModel, unit: LearnUnit): number[] {
  const fs = featuresOf(unit, model.settings.ngrams);
  return model.labels.map((l) => {
    if (l.source === "dictionary") return hasLabel({ tools: unit.coding.tools, themes: unit.dictionaryThemes }, l.label) ? 1 : 0;
    let z = l.bias + priorOf(unit, l.label, model.settings.prior);
    for (const f of fs) z += l.weights[f] ?? 0;
    return sigmoid(z);
  });
}

/** The model's coding of units (labels with probability ≥ ½), with each unit's probabilities. */
export function codeWithModel(model: CoderModel, units: readonly LearnUnit[]): (CodedUnit & { probabilities: number[] })[] {
  return units.map((u) => {
    const p = probabilities(model, u);
    const on = model.labels.filter((_, i) => p[i] >= 0.5).map((l) => l.label);
    return { id: u.id, document: u.document, text: u.text, tools: on.filter((l) => !l.startsWith("theme:")), themes: on.filter((l) => l.startsWith("theme:")).map((l) => l.slice(6)), probabilities: p };
  });
}
