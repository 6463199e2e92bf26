/**
 * An evaluation of a coding against gold: per label, κ with a document-bootstrap interval,
 * precision, recall and the counts, beside the ceiling (κ of the set's two independent hand
 * codings with each other) where the set has them; and its text table, as `npm run eval` prints it.
 *
 * The pipeline: labels of every unit (./labels.ts) → 2 × 2 tables and κ, precision, recall
 * (./metrics.ts) → intervals over documents (./bootstrap.ts) → ceiling: κ between the two
 * independent codings → a table.
 *
 * Reference: tests/fixtures/coding/README.md (the sets and how they were coded).
 *
 * @example
 * const r = evaluateCoding(set.gold, dictionaryCoding(set.clauses), { seed: 1 });
 * r.scores.find((s) => s.code === "any tool")?.kappa;
 */
import { evaluationText as text } from "../messages";
import { kappaIntervals } from "./bootstrap";
import { LABELS, labelsOf } from "./labels";
import { scoreLabels } from "./metrics";
import type { CodeScore, CodedUnit, Unit } from "./types";

/** What {@link evaluateCoding} returns. */
export interface EvaluationResult {
  unit: Unit;
  units: number;
  documents: number;
  seed: number;
  replicates: number;
  scores: CodeScore[];
}

/** Options of {@link evaluateCoding}. */
export interface EvaluateOptions {
  seed: number;
  /** Bootstrap replicates (default 2000). */
  replicates?: number;
  /** Two independent hand codings of the same units: their κ with each other is the ceiling. */
  independent?: readonly [readonly CodedUnit[], readonly CodedUnit[]];
  unit?: Unit;
  labels?: readonly string[];
}

/** Evaluates `predicted` against `gold` (aligned unit for unit). */
export function evaluateCoding(gold: readonly CodedUnit[], predicted: readonly CodedUnit[], options: EvaluateOptions): EvaluationResult {
  if (gold.length !== predicted.length) throw new RangeError(text.lengths(gold.length, predicted.length));
  const labels = options.labels ?? LABELS;
  const g = gold.map(labelsOf);
  const p = predicted.map(labelsOf);
  const scores = scoreLabels(g, p, labels);
  const replicates = options.replicates ?? 2000;
  const intervals = kappaIntervals(gold.map((u, i) => ({ document: u.document, gold: g[i], predicted: p[i] })), labels, { seed: options.seed, replicates });
  const pair = options.independent;
  const ceiling = pair ? new Map(scoreLabels(pair[0].map(labelsOf), pair[1].map(labelsOf), labels).map((s) => [s.code, s.kappa])) : undefined;
  return {
    unit: options.unit ?? "clause",
    units: gold.length,
    documents: new Set(gold.map((u) => u.document)).size,
    seed: options.seed,
    replicates,
    scores: scores.map((s) => ({ ...s, kappaInterval: intervals.get(s.code) ?? null, ...(ceiling ? { ceiling: ceiling.get(s.code) ?? null } : {}) })),
  };
}

const f3 = (x: number | null | undefined) => (x === null || x === undefined ? "   —  " : x.toFixed(2).padStart(6));

/** The evaluation as a text table: one line per label with at least one positive in gold or prediction. */
export function formatEvaluation(title: string, r: EvaluationResult, options: { all?: boolean } = {}): string {
  const head = `${title}: ${r.units} ${r.unit}s of ${r.documents} documents; κ with 95 % interval over documents (${r.replicates} bootstrap replicates, seed ${r.seed})`;
  const hasCeiling = r.scores.some((s) => s.ceiling !== undefined);
  const cols = `  ${"code".padEnd(32)}${"gold".padStart(5)}${"coder".padStart(6)}     κ  [ 95 % interval ]  precision  recall${hasCeiling ? "  human κ" : ""}`;
  const rows = r.scores
    .filter((s) => options.all || s.gold > 0 || s.predicted > 0)
    .map((s) => {
      const ci = s.kappaInterval ? `[${f3(s.kappaInterval[0])}, ${f3(s.kappaInterval[1])}]` : "[   —  ,    —  ]";
      return `  ${s.code.padEnd(32)}${String(s.gold).padStart(5)}${String(s.predicted).padStart(6)}${f3(s.kappa)}  ${ci}     ${f3(s.precision)}  ${f3(s.recall)}${hasCeiling ? `   ${f3(s.ceiling)}` : ""}`;
    });
  return [head, cols, ...rows].join("\n");
}
