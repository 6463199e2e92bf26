import { expect } from "vitest";

/**
 * A value computed inside the test that asks for it, once per test, never while vitest collects
 * the file. Why: mutation testing (npm run mutate) runs, for each mutant, only the tests that
 * reached the mutated code; a simulation run at collection time is reached by no test, so Stryker
 * calls every mutant it touches "static" and reruns whole files for each (hours instead of
 * minutes). Sharing one value between tests would hide coverage the same way, so each test
 * computes its own; the tests keep their draws small for that reason.
 *
 * @example
 * const run = perTest(() => simulateFiles([file], { draws: 2000, seed: 1 }));
 * it("…", () => expect(run()[0].seed).toBe(1));
 */
export function perTest<T>(compute: () => T): () => T {
  let owner: string | undefined;
  let value: T;
  return () => {
    const test = expect.getState().currentTestName;
    if (test === undefined) throw new Error("perTest values are read inside a test (it/test), not while the file is collected");
    if (owner !== test) {
      value = compute();
      owner = test;
    }
    return value;
  };
}
