/**
 * The exercises of notebook 06-teaching (and 00-quickstart), one per lesson, and their self-check:
 * right or not, with a hint, without the answer in the notebook. Every answer is computed from
 * the shipped data and the kit (the paper's coder for the clause, Table 2 for the share, a
 * seeded simulation and SMAA for the last two), so the answer key a teacher prints
 * (`toolmix teaching --answers`, ./answer-key.ts) is exactly what the cells accept. Answers are
 * read as a teacher reads them (./answer.ts): a node by its id or label, a number also as text.
 *
 * @example
 * checkAnswer("largest-theme", "土地供应").right;  // true: the label of land_supply
 * checkAnswer("incentive-promotion-share", "20.16 %").right; // true
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { classifyClause } from "../coding/classify";
import { loadDataset } from "../dataset/load";
import type { Dataset } from "../dataset/types";
import { internal, teachingText as text } from "../messages";
import type { LoadedScenario } from "../scenario/load";
import { rankScenarios } from "../score/ranking";
import { scoreFiles } from "../score/run";
import { simulate, simulateFiles } from "../simulate/run";
import { buildTables } from "../tables/build";
import { kitPath } from "../util/paths";
import { cellForms, nodeForms, readNumber, readText } from "./answer";

/** The verdict of a self-check: right or not, and what to say to the student. */
export interface Verdict {
  exercise: string;
  right: boolean;
  message: string;
}

/** An exercise: its lesson, question and hint, and its answer with the forms it may be given in. */
export interface Exercise {
  id: string;
  section: string;
  question: string;
  hint: string;
  /** The answer as the key prints it, and what else is accepted. */
  solution: () => { shown: string; accepted: string; check: (answer: unknown) => Verdict["right"] | string };
}

const CLAUSE = "严禁擅自改变土地用途，确需调整的应依法办理";
let cache: { paper: Dataset; tables: ReturnType<typeof buildTables> } | undefined;
const paper = () => {
  if (!cache) {
    const dataset = loadDataset();
    cache = { paper: dataset, tables: buildTables(dataset) };
  }
  return cache;
};
const memo = <T>(f: () => T): (() => T) => {
  let value: { v: T } | undefined;
  return () => (value ??= { v: f() }).v;
};

/** A number exercise: right within `tolerance` of `value`, shown with `digits` decimals. */
function numberSolution(value: () => number, digits: number, tolerance: number) {
  return () => {
    const v = value();
    return { shown: v.toFixed(digits), accepted: `± ${tolerance}, also as text ("${v.toFixed(digits)}", "${v.toFixed(digits)} %")`, check: (a: unknown) => { const n = readNumber(a); return n.ok ? Math.abs(n.value - v) <= tolerance : n.why; } };
  };
}

/** A text exercise: right when the answer is one of the forms of the right node. */
function textSolution(answer: () => { shown: string; forms: Set<string>; accepted: string }) {
  return () => {
    const { shown, forms, accepted } = answer();
    return { shown, accepted, check: (a: unknown) => { const t = readText(a); return t.ok ? forms.has(t.value) : t.why; } };
  };
}

/** The shipped scenarios, in file order: the files notebook 06 scores in its last lesson. */
export function shippedScenarioFiles(): string[] {
  const dir = kitPath("scenarios");
  return readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "scenario.schema.json").sort().map((f) => join(dir, f));
}

const designEffectHalfWidth = memo(() => {
  const [r] = simulateFiles([kitPath("scenarios", "baseline.json")], { draws: 50_000, seed: 1, designEffect: 2.45 });
  return 50 * (r.baseline.authorityShare.q975 - r.baseline.authorityShare.q025);
});
const smaaFirst = memo(() => rankScenarios(scoreFiles(shippedScenarioFiles(), { draws: 5000, seed: 1 }))[0]);

/** The exercises, in the order of the notebook's lessons. */
export const EXERCISES: readonly Exercise[] = [
  {
    id: "classify-clause", section: "1 · The tool typology",
    question: `Which tool cell is the clause 「${CLAUSE}」 coded at, as the paper's scheme has it? Answer with a cell id such as incentive.promotion, or its labels (激励工具·促进型).`,
    hint: "A prohibition (严禁) by the government's authority restricts behaviour; look at section 2.1 for which tool relies on mandatory means and which direction 不得/严禁 signals.",
    solution: textSolution(() => {
      const cell = classifyClause(CLAUSE).tool!;
      const [toolId, directionId] = cell.split(".");
      const { codebook } = paper().paper;
      const tool = codebook.tools.find((t) => t.id === toolId)!;
      const direction = codebook.directions.find((d) => d.id === directionId)!;
      return { shown: cell, forms: cellForms(tool, direction), accepted: `${tool.label_zh}·${direction.label_zh}, ${tool.label_en} ${direction.label_en}` };
    }),
  },
  {
    id: "incentive-promotion-share", section: "2 · Reading Table 2",
    question: "Within incentive tools, what percentage of the reference points are promotion-type (Table 2)? Answer with a number in percent, two decimals.",
    hint: "Take the incentive row of Table 2: promotion points over the incentive tool's total points, × 100.",
    solution: numberSolution(() => paper().tables.tools.find((t) => t.id === "incentive")!.promotion.pct!, 2, 0.01),
  },
  {
    id: "largest-theme", section: "3 · Reading Tables 3–7",
    question: "Which parent theme has the most reference points? Answer with its node id (e.g. land_use) or its label.",
    hint: "Compare the four parent nodes' points in tables.themes (Tables 3–7 start from them).",
    solution: textSolution(() => {
      const top = [...paper().tables.themes].sort((x, y) => (y.points ?? 0) - (x.points ?? 0))[0];
      return { shown: top.id, forms: nodeForms(top), accepted: `${top.label}, ${top.label_en}` };
    }),
  },
  {
    id: "design-effect-halfwidth", section: "5 · Interpreting uncertainty",
    question: "Simulate the baseline with designEffect 2.45 (50 000 draws, seed 1). What is the half-width, in percentage points, of the authority share's 95 % interval? One decimal.",
    hint: "Half-width = (q975 − q025) / 2 of result.baseline.authorityShare, × 100 for percentage points. Clustering widens it from about 2 pp.",
    solution: numberSolution(designEffectHalfWidth, 1, 0.15),
  },
  {
    id: "smaa-first", section: "6 · Weights and robustness",
    question: "Score the shipped scenarios (5000 draws, seed 1): which scenario has the best expected rank over all weightings (SMAA-2)? Answer with its id or its title.",
    hint: "report.smaa.rankAcceptability gives each scenario's probability of each rank; tm.rankScenarios(report) orders them by expected rank, first place first.",
    solution: textSolution(() => {
      const first = smaaFirst();
      return { shown: first.scenario, forms: nodeForms({ id: first.scenario, label: first.title }), accepted: first.title };
    }),
  },
];

/**
 * Checks a student's answer to an exercise and says right or wrong with a hint; an answer of the
 * wrong kind (a number for a node, an object) is named as such. No answer yet (null, undefined or
 * "") gets the question back.
 *
 * @example
 * checkAnswer("largest-theme", "land_use").message;  // "✗ Not yet. Hint: …"
 * checkAnswer("largest-theme", 3).message;           // "✗ Not an answer of the right kind: this exercise wants a node id …"
 */
export function checkAnswer(exercise: string, answer: unknown): Verdict {
  const ex = EXERCISES.find((e) => e.id === exercise);
  if (!ex) throw new RangeError(internal.unknownExercise(exercise, EXERCISES.map((e) => e.id)));
  if (answer === null || answer === undefined || answer === "") return { exercise, right: false, message: text.noAnswer(ex.question) };
  const verdict = ex.solution().check(answer);
  if (typeof verdict === "string") return { exercise, right: false, message: text.wrongKind(verdict) };
  return { exercise, right: verdict, message: verdict ? text.right : text.notYet(ex.hint) };
}

/**
 * Checks a scenario a student designed for "lower authority to at most 65 % of tool points,
 * without weakening constraint-type authority" (3.1: 适当降低 … 加强权威工具的约束作用).
 *
 * @example
 * checkScenarioExercise(defineScenario({ … })).right;
 */
export function checkScenarioExercise(scenario: LoadedScenario | null | undefined): Verdict {
  const exercise = "design-scenario";
  if (!scenario) return { exercise, right: false, message: "No scenario yet. Define one with tm.defineScenario({ … }) and pass it here." };
  const [r] = simulate([scenario], { draws: 2000, seed: 1 });
  const authority = r.scenario.authorityShare.median;
  const constraintDrop = r.baseline["share.authority.constraint"].median - r.scenario["share.authority.constraint"].median;
  if (authority > 0.65) return { exercise, right: false, message: `✗ Not yet: authority is still ${(100 * authority).toFixed(1)} % (median). Hint: transfer more percentage points away from authority.promotion.` };
  if (constraintDrop > 0.005) return { exercise, right: false, message: `✗ Not yet: constraint-type authority fell by ${(100 * constraintDrop).toFixed(1)} pp. Hint: take the share from authority.promotion only, not from authority as a whole.` };
  return { exercise, right: true, message: `✓ Right: authority ${(100 * authority).toFixed(1)} %, constraint-type authority kept.` };
}
