/** Messages of evaluating coders against hand coding and of training a coder from corrections (lib/evaluation, lib/learn). Part of lib/messages (see index.ts). */
export const evaluationText = {
  expected: {
    codeList: (codes: readonly string[]) => `"none" or codes joined by "|", each one of ${codes.join(", ")}`,
    clauseId: "an id of the set's clauses.csv",
    everyClause: (n: number) => `a coding of each of the ${n} clauses of clauses.csv`,
    uniqueId: "an id used once",
    setFolder: "an evaluation set folder with clauses.csv and gold.csv (or coder-*.csv)",
    unit: 'a unit: "clause" or "sentence"',
  },
  missingCoding: (n: number) => `${n} clause(s) not coded`,
  emptyEvaluation: "the evaluation needs at least one clause",
  lengths: (gold: number, predicted: number) => `gold and predicted codings differ in length (${gold} vs ${predicted})`,
  notDefined: "not defined",
  ceilingNote: "two independent hand codings of the same clauses agree at this κ: the ceiling a coder can be expected to reach",
} as const;
