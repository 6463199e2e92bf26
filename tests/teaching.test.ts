import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defineScenario } from "../lib/scenario/load";
import { checkAnswer, checkScenarioExercise } from "../lib/teaching/exercises";
import { answerKey, formatAnswerKey } from "../lib/teaching/answer-key";
import { spawnSync } from "node:child_process";

describe("self-check cells accept the right answer and reject a wrong one", () => {
  it.each([
    ["classify-clause", "authority.constraint", "authority.promotion"],
    ["incentive-promotion-share", 20.16, 79.84],
    ["largest-theme", "land_supply", "operation_supervision"],
    ["design-effect-halfwidth", 3.1, 1.97],
    ["smaa-first", "incentive-and-learning", "baseline"],
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
    for (const answer of ["authority.constraint", "20.16", "land_supply", "= 3.1", "incentive-and-learning"]) expect(source).not.toContain(answer);
    const answers = source.match(/const answer\d[^=]*= [^;]*;/g) ?? [];
    expect(answers).toHaveLength(6);
    for (const a of answers) expect(a).toMatch(/= null;$/);
    // Text answer cells take a number as text too: typed tm.Answer, not number | null (a string would not compile).
    expect(source.match(/const answer\d: tm\.Answer = null;/g)).toHaveLength(5);
  });

  it("every lesson has an exercise", () => {
    const nb = JSON.parse(readFileSync(join(__dirname, "..", "notebooks", "06-teaching.ipynb"), "utf8"));
    const cells: Array<{ cell_type: string; source: string[] }> = nb.cells;
    const lessons = cells.map((c, i) => ({ c, i })).filter(({ c }) => c.cell_type === "markdown" && /^## \d/.test(c.source.join("")));
    expect(lessons.length).toBe(6);
    lessons.forEach(({ i }, k) => {
      const end = lessons[k + 1]?.i ?? cells.length;
      expect(cells.slice(i, end).some((c) => /checkAnswer|checkScenarioExercise/.test(c.source.join(""))), cells[i].source[0]).toBe(true);
    });
  });
});

describe("answers read as a teacher reads them", () => {
  it.each([
    ["classify-clause", "权威工具·约束型"],
    ["classify-clause", "约束型权威工具"],
    ["classify-clause", "Authority constraint"],
    ["classify-clause", " AUTHORITY.CONSTRAINT "],
    ["largest-theme", "土地供应"],
    ["largest-theme", "土地 供应"],
    ["largest-theme", "Land supply"],
    ["incentive-promotion-share", "20.16"],
    ["incentive-promotion-share", "20.16 %"],
    ["incentive-promotion-share", "２０.１６"],
    ["smaa-first", "Less authority, more incentives and learning (the paper's headline)"],
  ])("%s accepts %j", (exercise, answer) => {
    expect(checkAnswer(exercise, answer)).toMatchObject({ right: true, message: "✓ Right." });
  });

  it("names an answer of the wrong kind instead of a bare type error", () => {
    expect(checkAnswer("incentive-promotion-share", "twenty").message).toBe('✗ Not an answer of the right kind: this exercise wants a number, such as 12.34 (also as text, "12.34" or "12.34 %"), not the text "twenty"');
    expect(checkAnswer("largest-theme", 3).message).toBe("✗ Not an answer of the right kind: this exercise wants a node id or its label as text (in quotes), not the number 3");
    expect(checkAnswer("incentive-promotion-share", { value: 20.16 }).message).toMatch(/not an object$/);
    expect(checkAnswer("classify-clause", ["authority.constraint"]).message).toMatch(/not a list$/);
    expect(checkAnswer("incentive-promotion-share", Number.NaN).right).toBe(false);
  });
});

describe("the teacher's answer key", () => {
  it("lists every exercise with the answer its cell accepts, the model scenario checked", () => {
    const key = answerKey();
    expect(key.map((e) => e.exercise)).toEqual(["classify-clause", "incentive-promotion-share", "largest-theme", "design-scenario", "design-effect-halfwidth", "smaa-first"]);
    for (const e of key.filter((k) => k.exercise !== "design-scenario")) expect(checkAnswer(e.exercise, e.answer).right, e.exercise).toBe(true);
    expect(key.find((e) => e.exercise === "design-scenario")!.answer).toContain("✓ Right");
    const md = formatAnswerKey(key);
    expect(md.split("\n")[4]).toBe("| exercise | section | answer | also accepted |");
    expect(md).toContain("| largest-theme | 3 · Reading Tables 3–7 | land_supply | 土地供应, Land supply |");
  });

  it("prints from the command line", () => {
    const run = spawnSync(process.execPath, [join(__dirname, "..", "bin", "toolmix.cjs"), "teaching", "--answers"], { encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("| classify-clause | 1 · The tool typology | authority.constraint |");
  });
});
