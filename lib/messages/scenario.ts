/** What scenario files, recommendation catalogues and weights files must hold. Part of lib/messages (see index.ts). */

/** "expected …" phrases of scenario errors; each error also names the file, operation and value. */
export const scenarioExpected = {
  schema: (message: string) => `a value that fits scenarios/scenario.schema.json (${message})`,
  knownNode: (example: string, suggestion?: string) =>
    `${suggestion ? `"${suggestion}" (did you mean it?), or another ` : "a "}node id of the dataset's codebook (a tool${example.includes(".") ? `, a sub-tool or cell such as ${example}` : ""}, or a node of the second dimension)`,
  sameDimension: (dimension: string) => `a node of the same dimension as the source (${dimension})`,
  disjoint: "a destination that neither contains nor lies inside the source",
  range: "a range with min ≤ max",
  share: "a share between 0 and 1",
  fraction: "a fraction between 0 and 1",
  pp: "percentage points between 0 and 100",
  factor: "a factor > 0 (use set with share 0 to remove a node)",
  lambda: "λ between 0 and 1",
  points: "a number of points ≥ 0",
  oneAmount: "exactly one of pp or fraction",
  notRoot: "a node below the dimension's root (the root's share is always 1)",
  notMargin: "a tool, a tool cell or a theme node (tools.promotion / tools.constraint are cross-cutting sums)",
  parentWithChildren: "a node with at least two children (tools, a tool, or a theme with children)",
  referenceKeys: (children: readonly string[]) => `a share for every child: ${children.join(", ")}`,
  referencePositive: "reference shares > 0 (a geodesic cannot reach a zero part; use set or transfer)",
  notMoreThanHeld: (held: number) => `at most what the source holds in the baseline (${held.toFixed(2)} pp)`,
  reweightZero: "a node with points in the baseline: reweighting cannot create a node that has none (use add)",
  dataset: "a shipped dataset name (e.g. paper-m0) or a dataset folder relative to the scenario file",
  documentLevel: "a dataset with document-level data (document_counts.csv) for a region or city filter, e.g. one written by `toolmix synth`",
  nonEmptyFilter: "a filter that keeps at least one document",
} as const;

/** "expected …" phrases of catalogue and weights errors. */
export const scoreExpected = {
  catalogueObject: "a JSON object with version, marks and recommendations",
  criterionId: "a criterion id of lower-case letters, digits and dashes, used once in the catalogue",
  cutoffs: "at least two cutoffs in increasing order, one value (0–1) per cutoff",
  weight: "a weight ≥ 0",
  direction: "increase, decrease or band",
  indicator: 'an indicator name (e.g. "authorityShare") or {"ratio": {"numerator": [...], "denominator": [...]}}',
  indicatorName: (fixed: readonly string[]) =>
    `an indicator the simulation produces (${fixed.join(", ")}, share.<node id>, promotion.<tool id>) or {"ratio": {"numerator": [names…], "denominator": [names…]}} with non-empty lists`,
  marks: "marks with 0 ≤ partial ≤ pass ≤ 100",
  someCriterion: "at least one recommendation marked measurable: true, with criteria",
  someWeight: "criteria whose weights sum to more than 0 (a score is their weighted mean)",
  quote: "the Chinese sentence the recommendation rests on",
  notMeasurable: "for a recommendation marked measurable: false, the data that would be needed",
  criteriaPresent: "criteria for a recommendation marked measurable: true",
  weightsObject: 'a JSON object {"weights": {criterion: w}} and/or {"bounds": {criterion: [low, high]}}',
  knownCriterion: (ids: readonly string[]) => `a criterion id of the catalogue (${ids.join(", ")})`,
  nonNegativeWeight: "a weight ≥ 0",
  weightsSumToOne: (sum: number) => `weights that sum to 1 (they sum to ${sum})`,
  bounds: "[low, high] with 0 ≤ low ≤ high ≤ 1",
} as const;

/** Texts of the SMAA-2 tables (lib/score/format.ts, lib/score/html.ts). */
export const smaaText = {
  ties: (columns: readonly { rank: number; sum: number }[]) =>
    `tied scenarios share the better rank (rank ties.method "min"), so a rank column can sum to more than 1: ${columns.map((c) => `rank ${c.rank} sums to ${c.sum.toFixed(2)}`).join(", ")}`,
} as const;

/** Sheet and column names of `simulate` and `score` for spreadsheets (--csv, --xlsx): bilingual, as the tables' are. */
export const resultSheets = {
  names: { indicators: "指标 indicators", provenance: "来源 provenance", ranking: "排序 ranking", criteria: "准则 criteria", ranks: "排序可接受度 rank acceptability" },
  summary: (which: string) => [`${which} 中位数 median`, `${which} 2.5%`, `${which} 97.5%`],
  columns: {
    scenario: "情景 scenario",
    title: "标题 title",
    titleZh: "中文标题 title_zh",
    indicator: "指标 indicator",
    note: "说明 note",
    file: "文件 file",
    sha256: "SHA-256",
    seed: "种子 seed",
    draws: "模拟次数 draws",
    kit: "toolmix 版本 kit_version",
    dataset: "数据集 dataset",
    clipped: "截断次数 clipped_draws",
    place: "名次 place",
    expectedRank: "期望排序 expected_rank",
    firstRank: "排第一的概率 P(rank 1)",
    overall: "总分中位数 overall_median",
    beats: "优于基准的概率 P(beats baseline)",
    marks: ["通过 pass", "部分 partial", "未通过 fail", "未定义 not_defined"],
    criterion: "准则 criterion",
    label: "准则名称 label",
    section: "论文章节 section",
    weight: "权重 weight",
    mark: "评定 mark",
    rank: (r: number) => `第${r}名 rank ${r}`,
  },
  baseline: "基准 baseline",
  scenarioSide: "情景 scenario",
  baselineValue: "基准值 baseline value",
  scenarioValue: "情景值 scenario value",
  score: "得分 score",
} as const;
