import { defineConfig } from "vitest/config";

/**
 * The vitest configuration of mutation runs (stryker.config.mjs): the unit tests that import
 * lib/ directly. Tests of notebooks, figures and reports start kernels or render images, and the
 * CLI tests run dist/ rather than the mutated sources, so they are left out: they cannot kill a
 * mutant of lib/mix, lib/simulate, lib/score or lib/validate and would slow every run.
 *
 * @example
 * npx vitest run --config vitest.mutate.config.ts tests/validate.test.ts
 */
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["**/node_modules/**", "tests/notebooks.test.ts", "tests/figures.test.ts", "tests/report.test.ts", "tests/chart.test.ts", "tests/cli.test.ts", "tests/import.test.ts", "tests/output-safety.test.ts", "tests/bad-inputs.test.ts", "tests/cli-output.test.ts", "tests/cli-validate.test.ts", "tests/limits.test.ts"],
    testTimeout: 30_000,
  },
});
