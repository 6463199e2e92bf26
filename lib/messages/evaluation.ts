/** Messages of evaluating coders against hand coding and of training a coder from corrections (lib/evaluation, lib/learn). Part of lib/messages (see index.ts). */
export const evaluationText = {
  expected: {
    codeList: (codes: readonly string[]) => `"none" or codes joined by "|", each one of ${codes.join(", ")}`,
    clauseId: "an id of the set's clauses.csv",
    everyClause: (n: number) => `a coding of each of the ${n} clauses of clauses.csv`,
    uniqueId: "an id used once",
    setFolder: "an evaluation set folder with clauses.csv and gold.csv (or coder-*.csv)",
    unit: 'a unit: "clause" or "sentence"',
    projectWithTexts: "a coded project that carries its sources' texts (a .qdpx with sources/, as toolmix code --qdpx writes)",
    modelFile: 'a model file written by `toolmix train` ({"format": "toolmix-coder-model", "formatVersion": 1, …})',
    modelField: (field: string, what: string) => `${field}: ${what}`,
    modelScheme: (scheme: string) => `a model for this scheme (the model was trained for "${scheme}"; --model codes with the paper's scheme only)`,
    folds: "a whole number of folds from 2 to 20",
    trainingDocuments: "corrections in at least 2 documents (cross-validation holds out whole documents)",
  },
  trained: (clauses: number, documents: number, file: string, out: string, seed: number) =>
    `Trained the supervised coder on ${clauses} corrected clauses of ${documents} documents (${file}), seed ${seed} → ${out}`,
  learntLabels: (learnt: readonly string[], kept: number, min: number) =>
    `Learnt ${learnt.length} label(s)${learnt.length > 0 ? ` (${learnt.join(", ")})` : ""}; ${kept} with fewer than ${min} corrected clauses keep the dictionary coder's decision.`,
  ignoredCodes: (codes: readonly string[]) => `Codes left out (neither a tool cell nor under a theme): ${codes.join(", ")}`,
  unitNote: "Unit: the clause (text between 。；！？ and line breaks). κ of each coder against the corrections; the model's clauses are coded by a model that never saw their document.",
  reviewWritten: (file: string, n: number) => `Clauses to review next, the model's least certain first: ${file} (${n} clauses)`,
  modelCoder: (file: string, sha: string) => `toolmix dictionary coder corrected by the supervised model ${file} (sha256 ${sha.slice(0, 12)})`,
  noTexts: (n: number) => `${n} source(s), none with its text`,
  missingCoding: (n: number) => `${n} clause(s) not coded`,
  emptyEvaluation: "the evaluation needs at least one clause",
  lengths: (gold: number, predicted: number) => `gold and predicted codings differ in length (${gold} vs ${predicted})`,
  notDefined: "not defined",
  ceilingNote: "two independent hand codings of the same clauses agree at this κ: the ceiling a coder can be expected to reach",
} as const;
