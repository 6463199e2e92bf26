import type { TopLevelSpec } from "vega-lite";
import { REGION_LABELS, REGIONS } from "../dataset/documents";
import type { Dataset } from "../dataset/types";
import type { ScoreReport } from "../score/run";
import type { ScenarioResult } from "../simulate/types";
import type { Tables } from "../tables/types";
import { themeBarsSpec, themeSunburstSpec } from "../charts/hierarchy";
import { groupShares } from "./crosstab";
import { groupSharesSpec } from "../charts/regional";
import { plotRatioSpec } from "../charts/plot-ratio";
import { scenarioCompareSpec } from "../charts/scenario-compare";
import { rankAcceptabilitySpec, scorecardHeatmapSpec } from "../charts/score";
import { labelLines, type Lang } from "../charts/theme";
import { toolMixSpec } from "../charts/tool-mix";

/** What every figure builder may draw on. */
export interface FigureContext {
  paper: Dataset;
  tables: Tables;
  /** A document-level dataset for the Fig. 5–7 layouts (the synthetic corpus by default). */
  documents: Dataset;
  simulation: ScenarioResult[];
  score: ScoreReport;
  lang: Lang;
}

/** A figure the kit regenerates: id, what of the paper it reproduces, and its builder. */
export interface FigureDef {
  id: string;
  title: string;
  /** The title in Chinese (the manifest gives both). */
  title_zh: string;
  /** The table, figure or section of the paper, or the kit's own analysis. */
  source: string;
  /** The sentence of the paper the figure reproduces or illustrates. */
  sentence: string;
  build: (ctx: FigureContext) => TopLevelSpec;
}

const PARENTS = ["land_supply", "land_use", "property_rights", "operation_supervision"];
const CITIES = [
  { id: "北京", zh: "北京", en: "Beijing" },
  { id: "上海", zh: "上海", en: "Shanghai" },
  { id: "广州", zh: "广州", en: "Guangzhou" },
  { id: "深圳", zh: "深圳", en: "Shenzhen" },
  { id: "苏州", zh: "苏州", en: "Suzhou" },
];
const regions = () => REGIONS.map((r) => ({ id: r, zh: REGION_LABELS[r].zh, en: REGION_LABELS[r].en }));
const toolNodes = (ctx: FigureContext) => ctx.documents.codebook.tools.map((t) => ({ id: t.id, zh: t.label_zh, en: t.label_en.replace(/ tools$/, "") }));
const themeNodes = (ctx: FigureContext) => PARENTS.map((id) => ({ id, zh: ctx.documents.codebook.nodes.get(id)!.label_zh, en: ctx.documents.codebook.nodes.get(id)!.label_en }));
/** Where Fig. 5–7's documents come from, in the figure's language (a dataset's own title is kept as written). */
const docSource = (ctx: FigureContext): string | string[] =>
  ctx.documents.meta.synthetic
    ? labelLines(`合成语料（${ctx.documents.meta.id}），为教学编造，并非论文的文件`, `synthetic corpus (${ctx.documents.meta.id}), made up for teaching: not the paper's documents`, ctx.lang)
    : ctx.documents.meta.title;

/** Every figure `toolmix figures` writes, in order. */
export const FIGURES: readonly FigureDef[] = [
  { id: "table2-tools", title: "Policy tools by direction", title_zh: "政策工具（按作用方向）", source: "Table 2", sentence: "我国新型产业用地政策使用权威工具最多，占比达 71.03％，且多为促进型工具，占比达 66.81％ (2.1)", build: (c) => toolMixSpec(c.tables, { lang: c.lang }) },
  { id: "tables3-7-themes", title: "Policy themes (nested bars)", title_zh: "政策主题（嵌套条形图）", source: "Tables 3–7", sentence: "土地供应、运营监管参考点的占比最大，分别为 32.62％、29.23％，说明土地前期供应及后期运营监管是新型产业用地制度内容的主体 (2.2)", build: (c) => themeBarsSpec(c.tables, { lang: c.lang }) },
  { id: "tables3-7-sunburst", title: "Theme hierarchy (sunburst)", title_zh: "政策主题层级（旭日图）", source: "Tables 3–7", sentence: "结合政策文件内容列出4个“父节点”……在此基础上，细化相关“子节点”“次节点”，共提炼出 1 680 个参考点 (2.2)", build: (c) => themeSunburstSpec(c.tables, { lang: c.lang }) },
  { id: "fig4-plot-ratio", title: "Plot-ratio controls", title_zh: "容积率控制", source: "Fig. 4, section 2.2.2", sentence: "目前新型产业用地的容积率普遍设定在 1.5 ～ 5.0，包括下限控制和区间控制两种控制方式 (图 4) (2.2.2)", build: (c) => plotRatioSpec(c.paper.cityParameters, { lang: c.lang }) },
  {
    id: "fig5-region-theme", title: "Policy themes by region", title_zh: "各地区政策主题的分布", source: "Fig. 5 layout, document-level data", sentence: "4 大区域普遍关注土地供应，参考点占比均超过 30％，其中西部地区的参考点占比接近 40％ (2.3.2)",
    build: (c) => groupSharesSpec(groupShares(c.documents, "region", PARENTS, "themes", REGIONS), { lang: c.lang, title: { zh: "各地区政策主题的分布", en: "Policy themes by region" }, nodes: themeNodes(c), groups: regions(), synthetic: c.documents.meta.synthetic === true, source: docSource(c) }),
  },
  {
    id: "fig6-region-tool", title: "Policy tools by region", title_zh: "各地区的政策工具分布", source: "Fig. 6 layout, document-level data", sentence: "东北地区、中部地区、西部地区使用能力建设工具相对东部地区较多 (2.3.2)",
    build: (c) => groupSharesSpec(groupShares(c.documents, "region", toolNodes(c).map((t) => t.id), "tools", REGIONS), { lang: c.lang, title: { zh: "各地区的政策工具分布", en: "Policy tools by region" }, nodes: toolNodes(c), groups: regions(), synthetic: c.documents.meta.synthetic === true, source: docSource(c) }),
  },
  {
    id: "fig7-city-tool", title: "Policy tools in typical cities", title_zh: "典型城市的政策工具分布", source: "Fig. 7 layout, document-level data", sentence: "北京、上海对政策工具的使用较为均衡，广州、深圳、苏州的权威工具使用占比大，激励与学习工具使用均较少 (2.3.2)",
    build: (c) => groupSharesSpec(groupShares(c.documents, "place", toolNodes(c).map((t) => t.id), "tools", CITIES.map((x) => x.id)), { lang: c.lang, title: { zh: "典型城市的政策工具分布", en: "Policy tools in typical cities" }, nodes: toolNodes(c), groups: CITIES, synthetic: c.documents.meta.synthetic === true, source: docSource(c) }),
  },
  { id: "scenario-compare", title: "Tool mix: baseline and scenarios", title_zh: "情景与基准的政策工具结构", source: "kit: scenarios of section 3.1", sentence: "建议政府适当降低权威工具的使用频次……适当提高其他政策工具的运用比例 (3.1)", build: (c) => scenarioCompareSpec(c.simulation, { lang: c.lang }) },
  { id: "scorecard-heatmap", title: "Scorecards", title_zh: "情景评分", source: "kit: data/recommendations.json", sentence: "重视政策工具的科学组合，激励与约束并用 (3.1)", build: (c) => scorecardHeatmapSpec(c.score, { lang: c.lang }) },
  { id: "rank-acceptability", title: "Rank acceptability (SMAA-2)", title_zh: "排序可接受度（SMAA-2）", source: "kit: SMAA-2 over weights", sentence: "重视政策工具的科学组合，激励与约束并用 (3.1)", build: (c) => rankAcceptabilitySpec(c.score, { lang: c.lang }) },
];
