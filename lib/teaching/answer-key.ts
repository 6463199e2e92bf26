/**
 * The teacher's answer key of notebook 06 (`toolmix teaching --answers`): every exercise with its
 * lesson, the answer as the self-check cell computes it, and what else the cell accepts; the
 * scenario exercise with a model solution that the check accepts. Markdown, so it prints in a
 * terminal and pastes into a course page.
 *
 * @example
 * console.log(formatAnswerKey(answerKey()));
 */
import { teachingText as text } from "../messages";
import { defineScenario } from "../scenario/load";
import { checkScenarioExercise, EXERCISES } from "./exercises";

/** One line of the key. */
export interface KeyEntry {
  exercise: string;
  section: string;
  answer: string;
  accepted: string;
}

/** A scenario that exercise 4 accepts: 8 pp from promotion-type authority to promotion-type incentives. */
export const MODEL_SCENARIO = {
  id: "model-answer",
  title: "Model answer: 8 pp from promotion-type authority to promotion-type incentives",
  rationale: "3.1 asks to lower authority moderately and to strengthen its constraining role: only promotion-type authority gives way.",
  baseline: { dataset: "paper-m0" },
  operations: [{ op: "transfer" as const, from: "authority.promotion", to: [{ node: "incentive.promotion" }], pp: 8 }],
};

/** The key, in the order of the lessons; the model scenario is checked as a student's would be. */
export function answerKey(): KeyEntry[] {
  const entries = EXERCISES.map((e) => {
    const s = e.solution();
    return { exercise: e.id, section: e.section, answer: s.shown, accepted: s.accepted };
  });
  const verdict = checkScenarioExercise(defineScenario(MODEL_SCENARIO));
  const scenario = { exercise: "design-scenario", section: "4 · Designing a scenario", answer: `{ op: "transfer", from: "authority.promotion", to: [{ node: "incentive.promotion" }], pp: 8 } (${verdict.message})`, accepted: "any scenario with authority ≤ 65 % (median) and constraint-type authority kept (a fall under 0.5 pp)" };
  return [...entries.slice(0, 3), scenario, ...entries.slice(3)];
}

/** The key as a Markdown table. */
export function formatAnswerKey(entries: readonly KeyEntry[]): string {
  const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const rows = entries.map((e) => `| ${[e.exercise, e.section, e.answer, e.accepted].map(cell).join(" | ")} |`);
  return [`# ${text.keyTitle}`, "", text.keyNote, "", `| ${text.keyHeader.join(" | ")} |`, `|${text.keyHeader.map(() => "---").join("|")}|`, ...rows, ""].join("\n");
}
