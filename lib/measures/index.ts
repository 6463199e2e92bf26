/**
 * Policy-mix measures beyond shares (issue 11, point 4): pure functions on plain numbers, each
 * defined or not defined with its reason (never NaN). See docs/measures.md.
 *
 *  - balance across categories: `shannon`, `pielou`, `simpson`, `giniSimpson`, `hillNumber`;
 *  - coverage of a tool × theme table: `comprehensiveness`, `comprehensivenessByRow`;
 *  - portfolios after Fernández-i-Marín, Knill & Steinebach (2021): `averageInstrumentDiversity`,
 *    `portfolioMeasures`;
 *  - promotion/constraint per theme: `directionBalance`, `themeDirectionBalance`, `rowDirections`;
 *  - per document, region or year: `measuresByGroup`;
 *  - what the paper's aggregates allow: `paperDataAvailability`.
 */
export type * from "./types";
export { defined, notDefined, isDefined } from "./value";
export { shannon } from "./shannon";
export { pielou } from "./evenness";
export { simpson } from "./simpson";
export { giniSimpson } from "./gini-simpson";
export { hillNumber } from "./hill";
export { comprehensiveness, comprehensivenessByRow, transpose } from "./comprehensiveness";
export { averageInstrumentDiversity } from "./aid";
export { portfolioMeasures, type PortfolioMeasures } from "./portfolio";
export { directionBalance, rowDirections, themeDirectionBalance, type DirectionBalance } from "./direction-balance";
export { measuresByGroup, GROUP_MEASURES, type GroupBy, type GroupMeasure, type GroupMeasureRow, type MixCategory } from "./group";
export { paperDataAvailability, type PaperDataAvailability } from "./paper-data";
