/**
 * Codes raw policy texts into a dataset folder, and optionally a REFI-QDA project to review: what
 * `toolmix code` does, as a function for notebooks and scripts.
 *
 * The pipeline: check the outputs (never into an input's folder, the .qdpx never over a text;
 * lib/io/output.ts) → read the scheme → read the texts (UTF-8 .txt, one document a file; the id
 * and the .qdpx source name are the file name without extension; `#` header lines give the title
 * and variables; lib/coding/text-files.ts) → code them (the paper's coder for the paper's scheme,
 * the generic scheme coder for any other or with a keyword list; lib/coding/choose-coder.ts) →
 * map the codes onto the codebook → write the dataset (with its codebook.json) and the .qdpx.
 *
 * @example
 * const r = codeFiles(["data/examples/sde-example/texts/anhui-agi-2023.txt"], { out: "output/anhui", scheme: "data/schemes/supply-demand-environment", id: "anhui" });
 * r.points; // reference points at tools and themes
 */
import { readSchemeFile } from "../dataset/scheme-file";
import { datasetIdentity } from "../dataset/identity";
import { writeDataset } from "../dataset/write";
import { mapProject, pointsByDimension } from "../import/map";
import { prepareOutputFile, prepareOutputFolder } from "../io/output";
import { InputError } from "../errors";
import { coding as codingText, counted, dictionaryText, evaluationText, mapping as text, studyText } from "../messages";
import { qdpxOutput, writeQdpxFile } from "../qda/qdpx-write";
import type { ForeignProject } from "../qda/types";
import { codeForScheme, schemeDictionary, type AnyCodedSegment } from "./choose-coder";
import { clauseStats, codeStreamed } from "./code-stream";
import { clausesCsv, clausesOutput } from "./clause-file";
import type { CoderText } from "./coder";
import { isPaperCodebook } from "./dictionary";
import { defaultLexicon } from "./lexicon";
import { readCoderTexts } from "./text-files";
import { codeTextsWithModel, modelVersion } from "../learn/apply";
import { readModel } from "../learn/model-file";
import { reviewCsv, reviewOutput } from "../learn/review-file";
import { writeOutputFile } from "../io/output";

/** Options of {@link codeFiles}. */
export interface CodeFilesOptions {
  /** The dataset folder to write. */
  out: string;
  /** A REFI-QDA project to write beside it, for review in NVivo or QualCoder. */
  qdpx?: string;
  /** A codebook.json or a folder with one (default the paper's). */
  scheme?: string;
  /** A keyword list `term,code[,weight]` replacing the scheme's cue words. */
  dictionary?: string;
  /** Lines at the top of every text not coded, besides `#` lines. */
  skipLines?: number;
  /** A model of `toolmix train`: the dictionary coding is corrected by it (the paper's scheme only). */
  model?: string;
  /** With a model: a CSV of every clause, the model's least certain first (what to review next). */
  review?: string;
  /** A CSV of every coded clause with its codes and cue words (./clause-file.ts). */
  clauses?: string;
  /** The coded unit: "clause" (default) or "sentence" (the paper's coder only). */
  unit?: "clause" | "sentence";
  /** Code one document at a time in bounded memory when no .qdpx, review or clause list is asked for (`toolmix code` does); the result then has no segments. */
  stream?: boolean;
  /** The dataset's id and title in dataset.json (default "coded" and "Coded by … from N texts"). */
  id?: string;
  title?: string;
  /** Write into a non-empty folder the kit did not write (only the kit's files are replaced). */
  force?: boolean;
  /** Called after each text when coding one text at a time (`stream`): for a progress line. */
  onText?: (done: number, total: number) => void;
}

/** What {@link codeFiles} wrote and found. */
export interface CodeFilesResult {
  out: string;
  qdpx?: string;
  id: string;
  title: string;
  /** The coder's name, as in dataset.json's provenance. */
  coder: string;
  segments: readonly AnyCodedSegment[];
  project: ForeignProject;
  /** Reference points mapped onto the codebook (tools and second dimension). */
  points: number;
  /** The summary `toolmix code` prints. */
  summary: string;
}

/** Codes `files` and writes the dataset (and the .qdpx); throws an InputError naming file and field for bad input. */
export function codeFiles(files: readonly string[], options: CodeFilesOptions): CodeFilesResult {
  const skipLines = options.skipLines ?? 0;
  const inputs = [...files, ...[options.scheme, options.dictionary, options.model].filter((f): f is string => f !== undefined)];
  const output = { force: options.force === true, inputs };
  prepareOutputFolder(options.out, { kind: "dataset", option: "--out", ...output });
  if (options.qdpx !== undefined) prepareOutputFile(options.qdpx, qdpxOutput(output));
  if (options.review !== undefined) prepareOutputFile(options.review, reviewOutput(output));
  if (options.clauses !== undefined) prepareOutputFile(options.clauses, clausesOutput(output));
  const { id, title } = datasetIdentity(options, { id: "coded", title: studyText.codedTitle(files.length) }, options.out);
  const scheme = readSchemeFile(options.scheme);
  const model = options.model !== undefined ? readModel(options.model) : undefined;
  const file = files.join(", ");
  const dictionary = model || (options.dictionary === undefined && isPaperCodebook(scheme.codebook)) ? undefined : schemeDictionary(scheme, options.dictionary);
  const coder = model ? evaluationText.modelCoder(options.model as string, model.trainedOn.sha256) : dictionary ? dictionaryText.coder.scheme(scheme.codebook.scheme.id, dictionary.source) : dictionaryText.coder.paper;
  const unit = options.unit ?? "clause";
  if (unit === "sentence" && dictionary) throw new InputError([{ file: scheme.file, field: "--unit", found: "sentence", expected: codingText.expected.sentenceUnit }]);
  const code = (batch: readonly CoderText[]) => (model ? codeTextsWithModel(batch, model, { themes: scheme.codebook.themes, skipLines, file, unit }) : { coded: codeForScheme(batch, scheme, { dictionary, skipLines, file, unit }).coded, review: [], changed: 0 });
  // Nothing needs every clause at once without a .qdpx or a review list: one document at a time (./code-stream.ts).
  const streamed = options.stream === true && options.qdpx === undefined && options.review === undefined && options.clauses === undefined;
  const whole = streamed ? undefined : code(readCoderTexts(files, { skipLines }));
  const note = (n: number, segments: number, coded: number) => (dictionary ? dictionaryText.projectNote(scheme.codebook.scheme.id, dictionary.source, n, segments, coded) : codingText.projectNote(model ? modelVersion(model) : defaultLexicon().version, n, segments, coded, unit));
  const { project, stats, changed, clauses: modelClauses } = whole ? { project: whole.coded.project, stats: clauseStats(whole.coded.segments), changed: whole.changed, clauses: "clauses" in whole ? whole.clauses : 0 } : codeStreamed(files, code, { skipLines, file, note, onText: options.onText });
  const { parts, report } = mapProject(project, scheme.codebook, scheme.json);
  // The paper's coder keeps the provenance it always had; the generic one says which scheme and words.
  const generic = dictionary ? { scheme: scheme.codebook.scheme.id, codebook: scheme.file, dictionary: dictionary.source, terms: dictionary.entries.length } : {};
  const skipped = skipLines > 0 ? { skipLines } : {};
  const provenance = { ...parts.provenance, coder, unit, ...generic, ...skipped, segments: stats.segments };
  writeDataset(options.out, { ...parts, id, title, provenance }, output);
  if (options.qdpx !== undefined && whole) writeQdpxFile(options.qdpx, project, { name: "toolmix dictionary coding" }, output);
  if (options.review !== undefined && whole) writeOutputFile(options.review, reviewCsv(whole.review), reviewOutput(output));
  if (options.clauses !== undefined && whole) writeOutputFile(options.clauses, clausesCsv(whole.coded.segments), clausesOutput(output));
  const summary = text.summary({ file: counted(files.length, "text"), out: options.out, documents: files.length, codes: project.codes.length, mapped: Object.keys(report.mapped).length, points: report.points, split: pointsByDimension(parts), unmapped: report.unmapped, ignored: report.ignored.length, missingTexts: 0, verb: "Coded" });
  // What the README's "of the 48 body clauses …" counts, so a reader can check it.
  const clauses = `\n${codingText.clauses(stats.body, stats.coded, stats.genre, stats.structural, unit)}`;
  // The model's changes are counted over body clauses, purpose statements and transmittals aside, whatever the unit (lib/learn/apply.ts).
  const byModel = model ? `\n${evaluationText.modelChanged(changed, modelClauses)}` : "";
  const nothingLearnt = model && options.review !== undefined && !model.labels.some((l) => l.source === "model") ? `\n${evaluationText.nothingLearnt}` : "";
  const words = dictionary ? `\n${dictionaryText.summaryDictionary(`${coder}, ${dictionary.entries.length} terms`)}` : "";
  const review = (options.qdpx !== undefined ? `\nREFI-QDA project for review: ${options.qdpx}` : "") + (options.clauses !== undefined ? `\n${codingText.clausesWritten(options.clauses, stats.body, unit)}` : "") + (options.review !== undefined && whole ? `\n${evaluationText.reviewWritten(options.review, whole.review.length)}` : "");
  return { out: options.out, ...(options.qdpx !== undefined ? { qdpx: options.qdpx } : {}), id, title, coder, segments: whole?.coded.segments ?? [], project, points: report.points, summary: `${summary}${clauses}${byModel}${words}${review}${nothingLearnt}` };
}
