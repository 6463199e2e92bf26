/**
 * Every user-facing message of the kit, in one place (as vega-lite keeps its log messages), so
 * wording stays consistent and can be reviewed or translated together.
 *
 * One file per area (common, cli, scenario, qda, synth); import from here: `from "../messages"`.
 */
export { counted, expected, found, finding, internal, numerics, schemaText, inputKind } from "./common";
export { cli, cliInput, limits, output, figuresText, runText } from "./cli";
export { resultSheets, scenarioExpected, scoreExpected, smaaText } from "./scenario";
export { mapping, qda, coding, agreement, projectFinding, exampleText } from "./qda";
export { synth } from "./synth";
export { schemeText, schemeDefaults, schemeTables, schemeFigureText } from "./scheme";
export { measureText } from "./measures";
export { matrixText } from "./matrix";
export { dictionaryText } from "./dictionary";
export { studyText } from "./study";
export { tableText } from "./table";
export { teachingText } from "./teaching";
export { evaluationText } from "./evaluation";
export { exploreText } from "./explore";
export { COMMAND_OPTIONS } from "./command-options";
