import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defineScenario } from "../lib/scenario/load";
import { checkAnswer, checkScenarioExercise } from "../lib/teaching/exercises";

describe("self-check cells accept the right answer and reject a wrong one", () => {
  it.each([
    ["classify-clause", "authority.constraint", "authority.promotion"],
    ["incentive-promotion-share", 20.16, 79.84],
    ["largest-theme", "land_supply", "operation_supervision"],
    ["design-effect-halfwidth", 3.1, 1.97],
  ])("%s", (exercise, right, wrong) => {
    expect(checkAnswer(exercise, right)).toMatchObject({ right: true, message: "✓ Right." });
    const verdict = checkAnswer(exercise, wrong);
    expect(verdict.right).toBe(false);
    expect(verdict.message).toMatch(/^✗ Not yet\. Hint: /);
  });

  it("returns the question while there is no answer, and rejects unknown exercises", () => {
    expect(checkAnswer("largest-theme", null).message).toMatch(/^No answer yet\. Which parent theme/);
    expect(() => checkAnswer("nope", 1)).toThrow(/no exercise "nope"/);
  });

  it("checks a designed scenario by simulating it", () => {
    const good = defineScenario({ id: "good", title: "g", rationale: "r", baseline: { dataset: "paper-m0" }, operations: [{ op: "transfer", from: "authority.promotion", to: [{ node: "incentive.promotion" }], pp: 8 }] });
    const bad = defineScenario({ id: "bad", title: "b", rationale: "r", baseline: { dataset: "paper-m0" }, operations: [{ op: "set", node: "authority", share: 0.6 }] });
    expect(checkScenarioExercise(good).right).toBe(true);
    expect(checkScenarioExercise(bad).message).toMatch(/constraint-type authority fell/);
  });

  it("keeps the answers out of the notebook's source, and its answer cells empty", () => {
    const nb = JSON.parse(readFileSync(join(__dirname, "..", "notebooks", "06-teaching.ipynb"), "utf8"));
    const source = nb.cells.map((c: { source: string[] }) => c.source.join("")).join("\n");
    for (const answer of ["authority.constraint", "20.16", "land_supply", "= 3.1"]) expect(source).not.toContain(answer);
    const answers = source.match(/const answer\d[^=]*= [^;]*;/g) ?? [];
    expect(answers).toHaveLength(5);
    for (const a of answers) expect(a).toMatch(/= null;$/);
  });
});
