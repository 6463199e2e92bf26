/** Messages and default labels of coding schemes: codebook reading, generic tables, a catalogue's scheme. Part of lib/messages (see index.ts). */

/** "expected …" / "found …" phrases of codebook errors and of a catalogue applied to another scheme. */
export const schemeText = {
  cueWithoutDirections: "null or no direction (this codebook declares no directions, so no cue can have one)",
  themeCueDirection: "null or no direction (directions belong to tool cues only)",
  toolDepth: (max: number) => `a tool tree at most ${max} levels deep (tools, their sub-tools, …)`,
  toolsDeeperThan: (level: number) => `tools nested deeper than ${level} levels`,
  schemeId: "an object with an id of lower-case letters, digits and dashes (e.g. supply-demand-environment)",
  dimensionLabels: "an object with a non-empty label_zh and label_en",
  headlineIndicator: (fixed: readonly string[]) =>
    `an indicator the simulation produces for this codebook: ${fixed.join(", ")}, share.<node id> of a tool, sub-tool, cell or theme, or promotion.<top-level tool id> (with directions)`,
  catalogueScheme: (catalogueScheme: string, datasetScheme: string, dataset: string) =>
    `a catalogue written for the scheme "${datasetScheme}" of the dataset ${dataset} ("scheme": "${datasetScheme}", with criteria on its nodes); pass it with --catalogue FILE (this catalogue applies to "${catalogueScheme}")`,
  catalogueFound: (catalogueScheme: string) => `"scheme": "${catalogueScheme}"`,
} as const;

/** Labels the kit gives when a codebook does not say. */
export const schemeDefaults = {
  /** The paper's scheme: a codebook with directions and no `scheme` is read as this one. */
  paper: {
    id: "schneider-ingram",
    label_zh: "政策工具（Schneider–Ingram 五类）× 促进型/约束型",
    label_en: "Policy tools (Schneider & Ingram's five types) × promotion/constraint",
    reference:
      "Schneider, A., & Ingram, H. (1990). Behavioral assumptions of policy tools. The Journal of Politics, 52(2), 510–529; directions as coded by 周敏等 (2025), 规划师 (1): 16–25",
  },
  /** A codebook without directions and without `scheme`. */
  custom: { id: "custom", label_zh: "自定义编码方案", label_en: "Custom coding scheme", reference: "" },
  themes: { label_zh: "政策主题", label_en: "Policy themes" },
  tools: { label_zh: "政策工具", label_en: "Policy tools" },
  total: { label_zh: "合计", label_en: "Total" },
} as const;

/** Headings of the generic tables (any scheme; lib/tables/scheme.ts). */
export const schemeTables = {
  title: (zh: string, en: string, points: number | null) => `${zh} ${en} (${points ?? "?"} reference points)`,
  scheme: (id: string, label: string) => `Scheme: ${label} [${id}]`,
  header: ["node", "files", "points", "% of parent"],
  toolsZh: "政策工具",
  toolsEn: "Policy tools",
  findings: (errors: number, warnings: number) => `Findings (${errors} errors, ${warnings} warnings):`,
} as const;

/** Texts of the figures of a study in any scheme (lib/figures/scheme-registry.ts, scheme-write.ts). */
export const schemeFigureText = {
  shows: {
    tools: "every tool and sub-tool as a share of all tool reference points",
    second: "every node of the second dimension (themes, stages) as a share of its reference points",
    matrix: "the X–Y matrix of tools and the second dimension, shaded by row share, with the chi-square test",
    region: "the shares of the top-level tools in each region's reference points",
    scenarios: "baseline and scenario shares of the top-level tools, median and 95 % interval",
    scorecards: "each scenario's score per criterion of the catalogue",
    smaa: "how often each scenario takes each rank when the criteria weights vary (SMAA-2)",
  },
  skipped: {
    matrix: "no coded passages given (--source: a .qdpx, a project folder, a segments CSV or the coded .txt texts)",
    region: "the dataset has no document-level counts with a region",
    scenarios: "no scenario files given",
    score: "no scenario files given to score",
    oneScenario: "only one scenario scored: it takes rank 1 in every draw, so a rank-acceptability chart shows nothing (give two or more scenarios, e.g. the baseline too)",
  },
  matrixWithoutList: (list: string) =>
    `the matrix codes the --source texts with the scheme's cue words, but the dataset was coded with a ${list}: add --dictionary with that list so both count the same clauses`,
  summary: (n: number, skipped: number, dir: string) => `Wrote ${n} figures to ${dir}${skipped > 0 ? ` (${skipped} left out for want of data: manifest.json says why)` : ""}.`,
} as const;
