/**
 * A tiny coding scheme WITH directions that is not the paper's, for the scheme coder's tests: a
 * tool with a sub-tool (its cues on the leaf), a leaf tool with a cue of each direction and one
 * without, and a second dimension with a child node (most-specific coding).
 *
 * @example
 * indexCodebook(TINY_DIRECTED, "tiny.json").nodes.has("rules.land.constraint"); // true
 */
export const TINY_DIRECTED = {
  scheme: { id: "tiny-directed" },
  directions: [
    { id: "promotion", label_zh: "促进", label_en: "Promotion" },
    { id: "constraint", label_zh: "约束", label_en: "Constraint" },
  ],
  tools: [
    { id: "rules", label_zh: "规则", label_en: "Rules", children: [
      { id: "rules.land", label_zh: "用地规则", label_en: "Land rules", cues: [{ term: "应当", direction: "promotion" }, { term: "不得", direction: "constraint" }] },
    ] },
    { id: "money", label_zh: "资金", label_en: "Money", cues: [{ term: "奖励", direction: "promotion" }, { term: "罚款", direction: "constraint" }, { term: "制度", direction: null }] },
  ],
  themes: [
    { id: "land", label_zh: "土地", label_en: "Land", cues: [{ term: "土地" }], children: [{ id: "land.supply", label_zh: "供应", label_en: "Supply", cues: [{ term: "供应" }] }] },
    { id: "firms", label_zh: "企业", label_en: "Firms", cues: [{ term: "企业" }] },
  ],
};
