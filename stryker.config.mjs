// StrykerJS configuration for `npm run mutate` (scripts/mutate.mjs). Mutates the four folders the
// issue asks a mutation score for, and runs vitest on the unit tests only: tests that start the
// built CLI, notebooks, figures or reports exercise dist/ (never the mutated sources) and would
// only slow every mutant down. See vitest.mutate.config.ts for the excluded files.
//
// @example
// npx stryker run stryker.config.mjs --mutate "lib/validate/**/*.ts"
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.mutate.config.ts", related: true },
  mutate: ["lib/mix/**/*.ts", "lib/simulate/**/*.ts", "lib/score/**/*.ts", "lib/validate/**/*.ts", "!lib/**/*.d.ts"],
  coverageAnalysis: "perTest",
  // Two cores are shared: one test process per core at most.
  concurrency: 2,
  // Stryker waits timeoutFactor × the unmutated time + timeoutMS before calling a mutant a timeout
  // (an infinite loop); 5 s over the tests' own time is ample here and keeps such mutants cheap.
  timeoutMS: 5_000,
  // The sandbox and reports live under output/ (ignored by git); nothing is written next to lib/.
  tempDirName: "output/.stryker-tmp",
  ignorePatterns: ["/output", "/.jupyter"],
  reporters: ["json", "html", "progress"],
  jsonReporter: { fileName: "output/reports/mutation/mutation.json" },
  htmlReporter: { fileName: "output/reports/mutation/mutation.html" },
  cleanTempDir: "always",
};
