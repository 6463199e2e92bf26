/**
 * The figures of a study in any coding scheme (the generic counterpart of registry.ts, which draws
 * the paper's figures): each dimension's bars, the tool × second-dimension matrix heatmap, tools by
 * region, and — where scenarios and a catalogue are given — the scenario comparison, scorecards
 * and rank acceptability. A figure whose data are missing (no coded passages for the matrix, no
 * document regions, no scenarios) is left out, and the manifest says why.
 */
import type { TopLevelSpec } from "vega-lite";
import { dimensionBarsSpec } from "../charts/dimension-bars";
import { matrixHeatmapSpec } from "../charts/matrix";
import { groupSharesSpec } from "../charts/regional";
import { scenarioCompareSpec } from "../charts/scenario-compare";
import { rankAcceptabilitySpec, scorecardHeatmapSpec } from "../charts/score";
import type { Lang } from "../charts/theme";
import { REGION_LABELS, REGIONS } from "../dataset/documents";
import type { Dataset } from "../dataset/types";
import type { ChiSquareResult } from "../matrix/chi-square";
import type { Matrix } from "../matrix/types";
import { schemeFigureText as text } from "../messages";
import type { ScoreReport } from "../score/run";
import type { ScenarioResult } from "../simulate/types";
import type { SchemeTables } from "../tables/scheme";
import { groupShares } from "./crosstab";

/** What the figures of a scheme study draw on; every part but the dataset and tables is optional. */
export interface SchemeFigureContext {
  dataset: Dataset;
  tables: SchemeTables;
  matrix?: { matrix: Matrix; test: ChiSquareResult; source: string };
  /** What the reader should know about how the figures were made (e.g. texts coded with other words than the dataset). */
  notes?: string[];
  simulation?: ScenarioResult[];
  score?: ScoreReport;
  lang: Lang;
}

/** A figure of a scheme study: id, title, what it shows, and its builder (`{ skipped }` with the reason when its data are missing). */
export interface SchemeFigureDef {
  id: string;
  title: string;
  shows: string;
  build: (ctx: SchemeFigureContext) => TopLevelSpec | { skipped: string };
}

/** The top-level tools of the dataset's codebook, with labels, in codebook order. */
export function topTools(dataset: Dataset): Array<{ id: string; zh: string; en: string }> {
  return dataset.codebook.tools.map((t) => ({ id: t.id, zh: t.label_zh, en: t.label_en }));
}

const source = (c: SchemeFigureContext) => c.dataset.meta.title;

/** Every figure of a scheme study, in order. */
export const SCHEME_FIGURES: readonly SchemeFigureDef[] = [
  { id: "tools", title: "Policy tools", shows: text.shows.tools, build: (c) => dimensionBarsSpec(c.tables.dimensions[0], { lang: c.lang, source: source(c) }) },
  { id: "second-dimension", title: "Second dimension (themes, stages)", shows: text.shows.second, build: (c) => dimensionBarsSpec(c.tables.dimensions[1], { lang: c.lang, source: source(c) }) },
  { id: "matrix", title: "Tools × second dimension (X–Y matrix)", shows: text.shows.matrix, build: (c) => (c.matrix ? matrixHeatmapSpec(c.matrix.matrix, c.matrix.test, { lang: c.lang }) : { skipped: text.skipped.matrix }) },
  {
    id: "region-tools", title: "Policy tools by region", shows: text.shows.region,
    build: (c) => {
      const present = REGIONS.filter((r) => c.dataset.documents.some((d) => d.region === r));
      if (c.dataset.documentCounts.length === 0 || present.length === 0) return { skipped: text.skipped.region };
      const groups = present.map((r) => ({ id: r, zh: REGION_LABELS[r].zh, en: REGION_LABELS[r].en }));
      const tools = topTools(c.dataset);
      return groupSharesSpec(groupShares(c.dataset, "region", tools.map((t) => t.id), "tools", present), { lang: c.lang, title: { zh: "各地区的政策工具分布", en: "Policy tools by region" }, nodes: tools, groups, synthetic: c.dataset.meta.synthetic === true, source: source(c) });
    },
  },
  { id: "scenario-compare", title: "Tool mix: baseline and scenarios", shows: text.shows.scenarios, build: (c) => (c.simulation && c.simulation.length > 0 ? scenarioCompareSpec(c.simulation, { lang: c.lang, tools: topTools(c.dataset) }) : { skipped: text.skipped.scenarios }) },
  { id: "scorecard-heatmap", title: "Scorecards", shows: text.shows.scorecards, build: (c) => (c.score ? scorecardHeatmapSpec(c.score, { lang: c.lang }) : { skipped: text.skipped.score }) },
  { id: "rank-acceptability", title: "Rank acceptability (SMAA-2)", shows: text.shows.smaa, build: (c) => (!c.score ? { skipped: text.skipped.score } : c.score.smaa.scenarios.length < 2 ? { skipped: text.skipped.oneScenario } : rankAcceptabilitySpec(c.score, { lang: c.lang })) },
];
