/**
 * The supervised coder: learns from a researcher's corrections of the dictionary coder. Features
 * (character n-grams and the dictionary coder's view), one L2 logistic regression per label,
 * cross-validation by document, uncertainty order for review, and the model file.
 *
 * @example
 * import { learnUnits, trainCoder, codeWithModel } from "./learn";
 * const model = trainCoder(learnUnits(corrected), { seed: 1, scheme: "paper-m0", file, sha256 });
 */
export { featuresOf } from "./features";
export { fitLogistic, predictLogistic, type LogisticFit } from "./logistic";
export { trainCoder, codeWithModel, probabilities, hasLabel, MODEL_LABELS, DEFAULT_SETTINGS, type TrainOptions } from "./train";
export { learnUnits, type ClauseInput } from "./units";
export { crossValidatedCoding, documentFolds, documentOrder } from "./cross-validate";
export { reviewOrder, type ReviewItem } from "./uncertainty";
export type { CoderModel, LabelModel, LearnUnit } from "./types";
export { correctionsFromProject, type Corrections } from "./corrections";
export { modelJson, readModel } from "./model-file";
export { compareOnCorrections, compareOnClauses, formatComparison, type Comparison } from "./compare";
export { codeTextsWithModel, type ModelCoding } from "./apply";
export { trainFromProject, type TrainFileOptions, type TrainFileResult } from "./train-file";
export { correctedProject, clauseIds, type Correction } from "./corrected-project";
export { correctionsExperiment, type CorrectionsRun } from "./corrections-experiment";
export { goldCorrections, goldClauses } from "./gold-corrections";
export { codedClauseRows, reviewRows } from "./listing";
