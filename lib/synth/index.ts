/**
 * The synthetic document-level corpus: a seeded, made-up set of 68 coded documents whose totals
 * equal the paper's printed counts, for bootstrap demonstrations and teaching (never a claim
 * about the real documents). `synthCommand` is what `toolmix synth --seed S --out DIR` runs.
 *
 * @example
 * synthCommand({ seed: 7, out: "output/synthetic-7" });
 * // "Wrote a SYNTHETIC dataset (seed 7) to output/synthetic-7: …"
 */
import { loadDataset } from "../dataset/load";
import { synth } from "../messages";
import { countCities, countProvinces } from "./registry";
import { synthesizeCorpus } from "./synthesize";
import { writeSyntheticDataset } from "./write";

export { synthesizeCorpus, MAX_ATTEMPTS } from "./synthesize";
export { kitVersion } from "../util/version";
export { writeSyntheticDataset, isSyntheticOutput, protectedFolders } from "./write";
export { renderSyntheticFiles, SYNTHETIC_FILES, SYNTHETIC_ID, type SyntheticFiles } from "./render";
export { buildRegistry, countCities, countProvinces, isCityDocument, LISTED_DOCUMENTS } from "./registry";
export { INVENTED_PLAN, LEADING_PROVINCES, PROVINCE_OF, PROVINCIAL_PLACES } from "./places";
export { REGIONAL_STATEMENTS, REGIONAL_TOLERANCE, REGIONAL_BIAS, checkStatements, regionalShares } from "./regional";
export type * from "./types";

/** Options of `toolmix synth`. */
export interface SynthOptions {
  seed: number;
  out: string;
  /** Write into a non-empty folder the kit did not write (only the kit's files are replaced). */
  force?: boolean;
}

/**
 * Synthesizes the corpus from the paper's data (data/paper-m0) with `seed`, writes it to `out`,
 * and returns a one-paragraph summary for the terminal. Errors (a bad seed, a refused folder)
 * are thrown with a message naming the seed or folder.
 */
export function synthCommand(options: SynthOptions): string {
  const corpus = synthesizeCorpus(loadDataset(), options.seed);
  writeSyntheticDataset(corpus, options.out, { force: options.force });
  return synth.summary({
    seed: corpus.seed,
    out: options.out,
    documents: corpus.documents.length,
    invented: corpus.documents.filter((d) => d.invented).length,
    cities: countCities(corpus.documents),
    provinces: countProvinces(corpus.documents),
    rows: corpus.documentCounts.length,
    statements: corpus.statements.filter((s) => s.holds).length,
    statementTotal: corpus.statements.length,
  });
}
