/**
 * `toolmix train` as a function: a corrected project in, a model file out, with the cross-validated
 * comparison of the model and the dictionary coder on the corrections.
 *
 * The pipeline: check the output (lib/io/output.ts: never over an input, never into data/) → read
 * the project (REFI-QDA .qdpx/.qde, with the readers' limits) → its clauses and codes
 * (./corrections.ts) → the dictionary coder's view of each clause (./units.ts) → cross-validation
 * by document (./compare.ts) → the model on all corrections (./train.ts) → the model file
 * (./model-file.ts) with the project's SHA-256, its documents and the seed.
 *
 * @example
 * const r = trainFromProject("output/reviewed.qdpx", { out: "output/model.json", seed: 1 });
 * r.summary; // what toolmix train prints
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { InputError } from "../errors";
import { defaultLexicon } from "../coding/lexicon";
import { prepareOutputFile, writeOutputFile } from "../io/output";
import { evaluationText as text } from "../messages";
import { readForeignProject } from "../qda";
import { readSchemeFile } from "../dataset/scheme-file";
import { mapProject } from "../import/map";
import type { MappingFile } from "../import/types";
import { readJsonFile } from "../io/json";
import { kitVersion } from "../util/version";
import { compareOnCorrections, formatComparison, type Comparison } from "./compare";
import { correctionsFromProject } from "./corrections";
import { modelJson } from "./model-file";
import { sameCodes } from "./recode";
import { trainCoder } from "./train";
import type { CoderModel } from "./types";
import { learnUnits } from "./units";

/** Options of {@link trainFromProject}. */
export interface TrainFileOptions {
  out: string;
  seed: number;
  /** A mapping file (as `toolmix import --map`) for a project whose codes are not named by the kit's node ids. */
  map?: string;
  /** Folds of the cross-validation (default 5, fewer when there are fewer documents). */
  folds?: number;
  force?: boolean;
}

/** What {@link trainFromProject} wrote and measured. */
export interface TrainFileResult {
  model: CoderModel;
  comparison: Comparison;
  summary: string;
}

/** A model file from a corrected project. Throws an InputError naming the file and field for bad input. */
export function trainFromProject(file: string, options: TrainFileOptions): TrainFileResult {
  const output = { option: "--out", force: options.force === true, inputs: [file, ...(options.map !== undefined ? [options.map] : [])], isOwn: (bytes: Uint8Array) => new TextDecoder().decode(bytes.subarray(0, 200)).includes('"toolmix-coder-model"') };
  prepareOutputFile(options.out, output);
  const project = readForeignProject(file);
  // Codes are read as `toolmix import` reads them: a mapping file, node ids, or the codebook's Chinese labels.
  const scheme = readSchemeFile();
  const mapping = options.map !== undefined ? (readJsonFile(options.map) as MappingFile) : {};
  const { targets } = mapProject(project, scheme.codebook, scheme.json, mapping, options.map).report;
  const { clauses, ignoredCodes } = correctionsFromProject(project, targets);
  if (!clauses.some((c) => (c.tools?.length ?? 0) + (c.themes?.length ?? 0) > 0)) throw new InputError([{ file, field: "codes", found: ignoredCodes.slice(0, 5).join(", ") || "no coding", expected: text.expected.namedCodes }]);
  const documents = new Set(clauses.map((c) => c.document)).size;
  if (documents < 2) throw new InputError([{ file, field: "sources", found: `${documents} document(s) with text`, expected: text.expected.trainingDocuments }]);
  const folds = Math.min(options.folds ?? 5, documents);
  const units = learnUnits(clauses, { complete: true });
  const settings = { seed: options.seed, scheme: "paper-m0", kit: kitVersion(), lexicon: defaultLexicon().version };
  const comparison = compareOnCorrections(units, { ...settings, folds, complete: true });
  const sha256 = createHash("sha256").update(readFileSync(file)).digest("hex");
  const model = trainCoder(units, { ...settings, file: basename(file), sha256 });
  writeOutputFile(options.out, modelJson(model), output);
  const learnt = model.labels.filter((l) => l.source === "model").map((l) => l.label);
  const corrected = units.filter((u) => !sameCodes(u.tools, u.coding.tools) || !sameCodes(u.themes, u.dictionaryThemes)).length;
  const warnings = [...(corrected === 0 ? [text.notReviewed] : []), ...trainingWarnings(comparison, learnt)];
  const summary = [
    text.trained(clauses.length, documents, basename(file), options.out, options.seed, corrected),
    text.learntLabels(learnt, model.labels.length - learnt.length, model.settings.minPositives),
    ...(ignoredCodes.length > 0 ? [text.ignoredCodes(ignoredCodes)] : []),
    "",
    formatComparison(comparison),
    "",
    text.unitNote,
    ...warnings,
  ].join("\n");
  return { model, comparison, summary };
}

/**
 * What a researcher must not miss in the comparison: labels the model learnt where it does worse
 * than the dictionary (by more than 0.02 in κ, cross-validated). (An unreviewed project — no clause
 * coded otherwise than the dictionary codes it — is warned of by trainFromProject.)
 */
export function trainingWarnings(c: Comparison, learnt: readonly string[]): string[] {
  const out: string[] = [];
  const kappa = (r: Comparison["model"], code: string) => r.scores.find((s) => s.code === code)?.kappa ?? null;
  const worse = ["any tool", ...learnt].filter((code) => {
    const m = kappa(c.model, code);
    const d = kappa(c.dictionary, code);
    return m !== null && d !== null && m < d - 0.02;
  });
  if (worse.length > 0) out.push(text.worseModel(worse));
  return out;
}
