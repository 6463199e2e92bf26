/**
 * Codes texts with a trained model: the dictionary coder runs first (its coding is the model's
 * prior and features), then each clause takes the tool cells and top-level themes the model gives
 * it. A theme the model keeps stays at the dictionary's specific nodes under it; a theme only the
 * model sees is coded at the top-level node; a theme the model drops loses its nodes. Counts and
 * the project are rebuilt from the new coding, so a .qdpx for review carries the model's codes.
 *
 * Reference: ./train.ts (the model), lib/coding/coder.ts (the dictionary coder's output).
 *
 * @example
 * const { coded, review } = codeTextsWithModel(texts, readModel("model.json"));
 * review[0]; // the clause the model is least sure of
 */
import type { DocumentCount, ThemeDef } from "../dataset/types";
import { codeTexts, defaultThemes, type CodedTexts, type CoderText } from "../coding/coder";
import { defaultLexicon } from "../coding/lexicon";
import { toForeignProject } from "../coding/project";
import { toSentenceSegments } from "../coding/sentence-units";
import { clauseIds } from "./corrected-project";
import { recoded, sameCodes } from "./recode";
import { codeWithModel } from "./train";
import { learnUnits } from "./units";
import { reviewOrder, type ReviewItem } from "./uncertainty";
import type { CoderModel } from "./types";

/** What coding with a model gives. */
export interface ModelCoding {
  coded: CodedTexts;
  /** Every body clause (not purpose statements or transmittals), the model's least certain first. */
  review: ReviewItem[];
  /** Body clauses whose codes the model changed, of `clauses` body clauses (those of the review list). */
  changed: number;
  clauses: number;
}

/** Codes texts with the dictionary coder, then the model. */
export function codeTextsWithModel(texts: readonly CoderText[], model: CoderModel, options: { themes?: readonly ThemeDef[]; skipLines?: number; file?: string; unit?: "clause" | "sentence" } = {}): ModelCoding {
  const base = codeTexts(texts, { themes: options.themes, skipLines: options.skipLines, file: options.file });
  const ids = clauseIds(base.segments);
  const units = learnUnits(base.segments.map((s, i) => ({ id: ids[i], document: s.document, clause: s.text })), { complete: true });
  const predicted = codeWithModel(model, units);
  const priority = defaultLexicon().priorityCells;
  const clauses = base.segments.map((s, i) => {
    // The dictionary's own order where the model agrees (its primary tool weighs duties and cue tiers),
    // else the lexicon's priority of cells.
    const given = priority.filter((c) => predicted[i].tools.includes(c));
    return recoded(s, sameCodes(given, s.tools) ? s.tools : given, predicted[i].themes);
  });
  // The model codes clauses (it was trained on them); sentences are joined after (lib/coding/sentence-units.ts).
  const segments = options.unit === "sentence" ? toSentenceSegments(clauses, priority, new Map(texts.map((t) => [t.id, t.text]))) : clauses;
  const byDocument = new Map<string, Map<string, number>>(texts.map((t) => [t.id, new Map()]));
  for (const s of segments) {
    const counts = byDocument.get(s.document)!;
    for (const node of [...s.tools, ...s.themes]) counts.set(node, (counts.get(node) ?? 0) + 1);
  }
  const documentCounts: DocumentCount[] = [];
  for (const [doc_id, counts] of byDocument) for (const [node_id, points] of counts) documentCounts.push({ doc_id, node_id, points, line: documentCounts.length + 2 });
  const version = modelVersion(model);
  const project = toForeignProject(texts, segments, options.themes ?? defaultThemes(), version, options.file, options.unit ?? "clause");
  // Titles, headings, dates, purpose statements and transmittals are never worth a reviewer's time.
  const isBody = (s: (typeof base.segments)[number]) => s.kind === "body" && s.role !== "purpose" && s.role !== "transmittal";
  const body = new Set(base.segments.flatMap((s, i) => (isBody(s) ? [ids[i]] : [])));
  const changed = clauses.filter((c, i) => body.has(ids[i]) && (!sameCodes(c.tools, base.segments[i].tools) || !sameCodes(c.themes, base.segments[i].themes))).length;
  return { coded: { segments, documentCounts, project }, review: reviewOrder(predicted, model).filter((r) => body.has(r.id)), changed, clauses: body.size };
}

/** How a coding corrected by `model` names its coder in notes: the lexicon, the model's training file and hash. */
export function modelVersion(model: CoderModel): string {
  return `${defaultLexicon().version}, corrected by the model trained on ${model.trainedOn.file} (sha256 ${model.trainedOn.sha256.slice(0, 12)})`;
}
