/**
 * Which coder codes a set of texts for a scheme, as `toolmix code` and `toolmix matrix` decide:
 *  - the paper's scheme (./dictionary.ts `isPaperCodebook`) without a keyword list: the paper's
 *    coder with its lexicon (./coder.ts), exactly as without `--scheme`;
 *  - any other scheme, or any scheme with `--dictionary FILE.csv`: the generic scheme coder
 *    (./scheme-coder.ts) with the keyword list, else the codebook's own cue words.
 *
 * Reference: ./coder.ts, ./scheme-coder.ts, ./dictionary.ts, ./dictionary-csv.ts.
 *
 * @example
 * const { coded, coder } = codeForScheme(texts, readSchemeFile("data/schemes/supply-demand-environment"));
 * coder; // 'toolmix scheme dictionary of "supply-demand-environment" (cue words of …/codebook.json)'
 */
import type { SchemeFile } from "../dataset/scheme-file";
import { dictionaryText as text } from "../messages";
import { codeTexts, type CoderText } from "./coder";
import { dictionaryFromCodebook, isPaperCodebook, type SchemeDictionary } from "./dictionary";
import { readDictionaryCsv } from "./dictionary-csv";
import { codeTextsWithScheme, type SchemeCodedTexts } from "./scheme-coder";
import type { Segment } from "./segment";

/** What either coder says of a segment, whatever its scheme. */
export type AnyCodedSegment = Segment & { document: string; role: string; tool: string | null; tools: readonly string[]; anyTool: boolean; themes: readonly string[] };

/** What was coded, and by which coder (for dataset.json's provenance). */
export interface SchemeCoding {
  coded: { segments: readonly AnyCodedSegment[]; documentCounts: SchemeCodedTexts["documentCounts"]; project: SchemeCodedTexts["project"] };
  /** The coder and where its words come from. */
  coder: string;
  /** The generic coder's dictionary; undefined for the paper's coder. */
  dictionary?: SchemeDictionary;
}

/**
 * Codes `texts` for `scheme`, with the keyword list `dictionaryCsv` when given.
 *
 * @example
 * codeForScheme(texts, readSchemeFile()).coder; // "toolmix dictionary (lib/coding/lexicon.json)"
 */
export function codeForScheme(texts: readonly CoderText[], scheme: SchemeFile, options: { dictionaryCsv?: string; dictionary?: SchemeDictionary; skipLines?: number; file?: string; unit?: "clause" | "sentence" } = {}): SchemeCoding {
  if (options.dictionary === undefined && options.dictionaryCsv === undefined && isPaperCodebook(scheme.codebook)) {
    const coded = codeTexts(texts, { themes: scheme.codebook.themes, skipLines: options.skipLines, file: options.file, unit: options.unit });
    return { coded, coder: text.coder.paper };
  }
  const dictionary = options.dictionary ?? schemeDictionary(scheme, options.dictionaryCsv);
  const coded = codeTextsWithScheme(texts, dictionary, { skipLines: options.skipLines, file: options.file });
  return { coded, coder: text.coder.scheme(scheme.codebook.scheme.id, dictionary.source), dictionary };
}

/**
 * The generic coder's dictionary for a scheme: a keyword list when given, else the codebook's cue words.
 *
 * @example
 * schemeDictionary(readSchemeFile("data/schemes/supply-demand-environment")).entries.length; // the scheme's cue words
 */
export function schemeDictionary(scheme: SchemeFile, dictionaryCsv?: string): SchemeDictionary {
  return dictionaryCsv === undefined ? dictionaryFromCodebook(scheme.codebook, scheme.file) : readDictionaryCsv(dictionaryCsv, scheme.codebook);
}
