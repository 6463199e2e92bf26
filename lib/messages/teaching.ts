/** Texts of the teaching notebook's self-checks (lib/teaching): verdicts, wrong kinds of answer, the answer key. Part of lib/messages (see index.ts). */

/** Verdict texts of `checkAnswer` and the answer key of `toolmix teaching --answers`. */
export const teachingText = {
  right: "✓ Right.",
  notYet: (hint: string) => `✗ Not yet. Hint: ${hint}`,
  noAnswer: (question: string) => `No answer yet. ${question}`,
  wrongKind: (why: string) => `✗ Not an answer of the right kind: ${why}`,
  wantNumber: (given: string) => `this exercise wants a number, such as 12.34 (also as text, "12.34" or "12.34 %"), not the text "${given}"`,
  wantNumberNot: (kind: string) => `this exercise wants a number, such as 12.34, not ${kind}`,
  notFinite: (value: number) => `this exercise wants a finite number, not ${value}`,
  wantText: (kind: string) => `this exercise wants a node id or its label as text (in quotes), not ${kind}`,
  kind: {
    number: (value: number) => `the number ${value}`,
    boolean: (value: boolean) => `${value}`,
    array: "a list",
    object: "an object",
  },
  keyTitle: "toolmix teaching notebook (06-teaching.ipynb): answer key, for the teacher",
  keyNote: "Computed from the shipped data and the kit, as the self-check cells compute them; a student's answer within the stated tolerance, or a node given by its id or label, is right.",
  keyHeader: ["exercise", "section", "answer", "also accepted"],
} as const;
