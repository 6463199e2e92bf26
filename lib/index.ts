/**
 * toolmix: a notebook kit for policy-tool analysis.
 *
 * The pipeline, in the order this façade exposes it:
 *  1. load    — `loadDataset(dir)` reads a dataset folder (codebook, printed counts, document
 *               registry, city parameters) into typed records; bad input throws `InputError`
 *               naming file, row, field, what was found and what was expected.
 *  2. check   — `validateDataset(ds)` recomputes every printed share and sum; the source's own
 *               inconsistencies come back as warnings, never silently fixed.
 *  3. tables  — `buildTables(ds)` recomputes Tables 2–7; `formatTables` prints them as text,
 *               `tablesHtml` as HTML, `toFrames` as danfojs DataFrames.
 *  4. charts  — `toolMixSpec(tables)` builds a vega-lite spec; `renderSvg` / `renderPng` draw it.
 *  5. display — `showChart` puts a chart into a tslab notebook, `show(frame)` / `showTable(rows)`
 *               a table (labelled, rounded HTML: `tableHtml`), `showHtml` any ready HTML.
 *  6. simulate — `simulateFiles(files, { draws, seed })` reads scenarios (scenarios/*.json),
 *               draws baseline mixes (Dirichlet posterior or Bayesian bootstrap), applies each
 *               scenario's operations per draw and summarises the indicators; `formatSimulation`
 *               prints them, `simulationFrame` makes a DataFrame.
 *  7. score   — `scoreFiles(files, { draws, seed })` values each scenario on the criteria of
 *               data/recommendations.json (absolute anchors), builds scorecards and runs SMAA-2
 *               over weight draws; `formatScoreReport`, `scorecardsHtml`, `smaaHtml` and the
 *               heatmap / rank-acceptability charts show them.
 */
export { InputError, formatIssue, type InputIssue } from "./errors";
export { loadDataset, paperDataDir } from "./dataset/load";
export { REGIONS, REGION_LABELS } from "./dataset/documents";
export type * from "./dataset/types";
export { validateDataset } from "./validate";
export type * from "./validate/types";
export { buildTables, flattenThemes } from "./tables/build";
export { buildSchemeTables, formatSchemeTables, tablesFor, type SchemeTables } from "./tables/scheme";
export { indexCodebook, hasDirections, hasPaperLayout, leafTools, PAPER_SCHEME_ID } from "./dataset/codebook";
export type * from "./tables/types";
export { sharePct, truncatedPct } from "./util/percent";
export { formatTables } from "./tables/format-text";
export { toolTableHtml, themeTablesHtml, findingsHtml } from "./tables/html";
export { toFrames, frame, simulationFrame, type DataFrame, type Frames } from "./frames";
export { toolMixSpec, type ToolMixOptions } from "./charts/tool-mix";
export { renderSvg, renderPng, CJK_FONT_FILES } from "./charts/render";
export { PUBLICATION_CONFIG, DIRECTION_COLOURS, type Lang } from "./charts/theme";
export { chartBundle, show, showChart, showHtml, showTable, type MimeBundle } from "./notebook/display";
export { tableHtml, type ColumnSpec, type FrameLike, type TableOptions } from "./notebook/table";
export { catalogueRows, figureHeadingHtml, scenarioRows } from "./notebook/listings";
export { kitPath } from "./util/paths";
export { loadScenario, defineScenario, type LoadedScenario } from "./scenario/load";
export type * from "./scenario/types";
export { simulate, simulateFiles } from "./simulate/run";
export { formatSimulation } from "./simulate/format-text";
export { summarize } from "./simulate/summary";
export { INDICATOR_DOCS } from "./simulate/indicators";
export type * from "./simulate/types";
export { closure, clr, aitchisonDistance, perturb, geodesic } from "./mix/compose";
export { Rng, streamSeed } from "./random/prng";
export { dirichlet } from "./random/dirichlet";
export { DIRICHLET_BLOCK, dirichletBlocked, dirichletParallel } from "./random/dirichlet-blocks";
export { scenarioCompareSpec, type ScenarioCompareOptions } from "./charts/scenario-compare";
export { synthesizeCorpus, writeSyntheticDataset, synthCommand } from "./synth";
export { aggregateDocumentCounts } from "./dataset/aggregate";
export { kitVersion } from "./util/version";
export { simulationHtml } from "./simulate/html";
export { loadCatalogue, defaultCatalogueFile } from "./score/catalogue";
export { parseWeights, loadWeights, defaultWeights, sampleWeights, type WeightSpec } from "./score/weights";
export { partialValue } from "./score/value-function";
export { scorecards, criterionDraws, criterionValues, markOf } from "./score/scorecard";
export { smaa } from "./score/smaa";
export { score, scoreFiles, scoreResults, scoringNeeds, type ScoreOptions, type ScoreReport } from "./score/run";
export { exploreScenario, explorationFindings, experimentsFrame, analyse, formatExploration, leversOf, prim, sobolIndices, saltelliDesign, sobolPoints, latinHypercubePoints, type ExperimentRun, type Analysis } from "./explore";
export { sensitivitySpec, primTradeoffSpec, experimentsSpec } from "./charts/explore";
export { formatScoreReport } from "./score/format";
export { scorecardsHtml, smaaHtml } from "./score/html";
export { scorecardHeatmapSpec, rankAcceptabilitySpec } from "./charts/score";
export type * from "./score/types";
export { writeFigures, buildContext, type FigureOptions, type FigureManifest } from "./figures/write";
export { writeSchemeFigures, schemeFigureContext, schemeFigureSpecs, type SchemeFigureOptions, type SchemeFigureManifest, type BuiltSchemeFigure } from "./figures/scheme-write";
export { schemeTablesHtml } from "./tables/scheme-html";
export { matrixHtml, type MatrixHtmlOptions } from "./matrix/html";
export { shownIndicators } from "./simulate/html";
export { codeFiles, type CodeFilesOptions, type CodeFilesResult } from "./coding/code-files";
export { datasetIdentity } from "./dataset/identity";
export { FIGURES, type FigureDef, type FigureContext } from "./figures/registry";
export { groupShares, type GroupShare } from "./figures/crosstab";
export { themeBarsSpec, themeSunburstSpec } from "./charts/hierarchy";
export { plotRatioSpec } from "./charts/plot-ratio";
export { groupSharesSpec, type GroupSharesOptions } from "./charts/regional";
export { label } from "./charts/theme";
export { writeReport, type ReportProvenance } from "./report/html";
export { checkAnswer, checkScenarioExercise, EXERCISES, shippedScenarioFiles, type Exercise, type Verdict } from "./teaching/exercises";
export { answerKey, formatAnswerKey, MODEL_SCENARIO, type KeyEntry } from "./teaching/answer-key";
export type { Answer } from "./teaching/answer";
export { mapProject } from "./import/map";
export type * from "./import/types";
export type * from "./qda/types";
export { writeDataset, type DatasetParts } from "./dataset/write";
export { readForeignProject } from "./qda";
export { writeQdpx, writeQdpxFile } from "./qda/qdpx-write";
export { foreignCounts } from "./qda/counts";
export { codeTexts, codeTextsWithScheme, codeForScheme, dictionaryFromCodebook, readDictionaryCsv, parseDictionaryCsv, readHeader } from "./coding";
export { readSchemeFile } from "./dataset/scheme-file";
export { readCoderTexts } from "./coding/text-files";
export { readEvaluationSet, dictionaryCoding, evaluateCoding, formatEvaluation, kappaRows, labelsOf, toSentences, LABELS, THEMES, type EvaluationResult, type CodeScore, type CodedUnit } from "./evaluation";
export {
  trainFromProject, trainCoder, codeWithModel, codeTextsWithModel, correctedProject, correctionsFromProject, goldCorrections, goldClauses, learnUnits, readModel, modelJson,
  reviewOrder, reviewRows, crossValidatedCoding, compareOnCorrections, compareOnClauses, formatComparison, codedClauseRows, correctionsExperiment, type CoderModel,
} from "./learn";
export { cohenKappa, agreementByCode, codingComparison, nvivoKappa, krippendorffAlpha } from "./agreement";
export { exampleProject } from "./import/example";
export { kitSpans, comparisonSources } from "./import/spans";
export {
  shannon, pielou, simpson, giniSimpson, hillNumber, comprehensiveness, comprehensivenessByRow, averageInstrumentDiversity,
  portfolioMeasures, directionBalance, themeDirectionBalance, rowDirections, measuresByGroup, GROUP_MEASURES, paperDataAvailability,
  type MeasureValue, type CountMatrix, type PortfolioMeasures, type DirectionBalance, type GroupMeasureRow, type MixCategory, type GroupBy,
} from "./measures";
export {
  buildMatrix, chiSquareTest, chiSquareUpperTail, matrixSource, formatMatrix, matrixCsv, matrixJson, segmentsFromCoder, segmentsFromProject, parseSegmentsCsv, readSegmentsCsv, dimensionSpec,
  type Matrix, type MatrixSegment, type MatrixSource, type Passage, type ChiSquareResult, type DimensionSpec,
} from "./matrix";
export { matrixHeatmapSpec } from "./charts/matrix";
export { loadStudy, type LoadedStudy } from "./study/load";
export { runStudy, type StudyRun } from "./study/run";
export type { StudyFile, StudyMatrix } from "./study/types";
