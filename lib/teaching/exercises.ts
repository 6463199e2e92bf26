import { createHash } from "node:crypto";
import { loadDataset } from "../dataset/load";
import type { LoadedScenario } from "../scenario/load";
import { simulate } from "../simulate/run";
import { buildTables } from "../tables/build";
import { internal } from "../messages";

/** The verdict of a self-check: right or not, and what to say to the student. */
export interface Verdict {
  exercise: string;
  right: boolean;
  message: string;
}

interface Exercise {
  question: string;
  hint: string;
  /** True when the answer is right; answers are computed from the data or compared by hash, never written here. */
  accepts: (answer: unknown) => boolean;
}

/** SHA-256 of a normalised text answer, so the expected text is not readable in the source. */
const digest = (text: string) => createHash("sha256").update(`toolmix-teaching:${text.trim().toLowerCase()}`).digest("hex");
const near = (answer: unknown, expected: number, tolerance: number) => typeof answer === "number" && Math.abs(answer - expected) <= tolerance;
const tables = () => buildTables(loadDataset());
/** Digest of the right cell id for "classify-clause" (see `digest`). */
const CLASSIFY_DIGEST = "871c46135f1d2cc550439bbc363445f63dafcb5e3250f2c95e0268641caf0cf9";

/** The exercises of notebooks 06-teaching (and 00-quickstart), by id. */
const EXERCISES: Record<string, Exercise> = {
  "classify-clause": {
    question: "Which tool cell is the clause 「严禁擅自改变土地用途，确需调整的应依法办理」 coded at, as the paper's scheme has it? Answer with a cell id such as incentive.promotion.",
    hint: "A prohibition (严禁) by the government's authority restricts behaviour; look at section 2.1 for which tool relies on mandatory means and which direction 不得/严禁 signals.",
    accepts: (a) => typeof a === "string" && digest(a) === CLASSIFY_DIGEST,
  },
  "incentive-promotion-share": {
    question: "Within incentive tools, what percentage of the reference points are promotion-type (Table 2)? Answer with a number in percent, two decimals.",
    hint: "Take the incentive row of Table 2: promotion points over the incentive tool's total points, × 100.",
    accepts: (a) => near(a, tables().tools.find((t) => t.id === "incentive")!.promotion.pct!, 0.01),
  },
  "largest-theme": {
    question: "Which parent theme has the most reference points? Answer with its node id (e.g. land_use).",
    hint: "Compare the four parent nodes' points in tables.themes (Tables 3–7 start from them).",
    accepts: (a) => a === [...tables().themes].sort((x, y) => (y.points ?? 0) - (x.points ?? 0))[0].id,
  },
  "design-effect-halfwidth": {
    question: "Simulate the baseline with designEffect 2.45 (50 000 draws, seed 1). What is the half-width, in percentage points, of the authority share's 95 % interval? One decimal.",
    hint: "Half-width = (q975 − q025) / 2 of result.baseline.authorityShare, × 100 for percentage points. Clustering widens it from about 2 pp.",
    accepts: (a) => near(a, 3.1, 0.15),
  },
};

/**
 * Checks a student's answer to an exercise and says right or wrong with a hint, without the
 * answer appearing in the notebook's source: answers are computed from the data (numbers) or
 * compared by hash (words). No answer yet (null or undefined) gets the question back.
 *
 * @example
 * checkAnswer("largest-theme", "land_supply").right; // true
 * checkAnswer("largest-theme", "land_use").message;  // "✗ Not yet. Hint: …"
 */
export function checkAnswer(exercise: string, answer: unknown): Verdict {
  // Own keys only: checkAnswer("constructor", …) is an unknown exercise, not Object's constructor.
  const ex = Object.hasOwn(EXERCISES, exercise) ? EXERCISES[exercise] : undefined;
  if (!ex) throw new RangeError(internal.unknownExercise(exercise, Object.keys(EXERCISES)));
  if (answer === null || answer === undefined || answer === "") return { exercise, right: false, message: `No answer yet. ${ex.question}` };
  const right = ex.accepts(answer);
  return { exercise, right, message: right ? "✓ Right." : `✗ Not yet. Hint: ${ex.hint}` };
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
