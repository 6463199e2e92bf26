#!/usr/bin/env node
// `npm run mutate [-- lib/validate …]`: mutation testing of lib/mix, lib/simulate, lib/score,
// lib/validate, lib/evaluation and lib/learn with StrykerJS (stryker.config.mjs), one Stryker run per folder, each with only the
// test files that import that folder (so a mutant that runs at import time, a "static" mutant,
// reruns a few files rather than the whole suite). Prints one line per folder, read from Stryker's
// JSON report (output/reports/mutation/<folder>.json, with an HTML report next to it):
//
//   mutation-score lib/validate: 87.5 % (killed 140 / total 160)
//
// "killed" counts mutants a test detected (Stryker's killed + timeout); "total" leaves out mutants
// Stryker could not run (compile or runtime errors) and ignored ones, as Stryker's own score does.
// The goal is ≥ 80 % per folder; it is not run in CI (minutes per folder on two cores).
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(import.meta.url), "..", "..");
const FOLDERS = ["lib/mix", "lib/simulate", "lib/score", "lib/validate", "lib/evaluation", "lib/learn"];
// Started kernels, rendered images, or the built CLI (dist/, which mutants never reach): no use
// for killing mutants of lib/, and slow. Kept in step with vitest.mutate.config.ts.
const HEAVY = new Set(["tests/notebooks.test.ts", "tests/figures.test.ts", "tests/report.test.ts", "tests/chart.test.ts", "tests/cli.test.ts",
  // These run the built CLI or depend on the kit's real paths (Stryker runs in a sandbox copy).
  "tests/import.test.ts", "tests/output-safety.test.ts", "tests/bad-inputs.test.ts", "tests/cli-output.test.ts", "tests/cli-validate.test.ts", "tests/limits.test.ts"]);
// Tests that reach a folder only through the package index (`from "../lib"`), by folder: add them
// here when a folder's own tests leave mutants that they would kill.
const EXTRA = {};

/** Every test file under tests/, as a path relative to the project root. */
function testFiles(dir = join(root, "tests")) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testFiles(path);
    return name.endsWith(".test.ts") ? [relative(root, path)] : [];
  });
}

/** The test files named after `folder` (tests/validate*.test.ts) or importing from it (`../lib/validate/checks`). */
function testsFor(folder) {
  const name = folder.replace(/^lib\//, "");
  const importPath = new RegExp(`["'](\\.\\./)+${folder.replace("/", "\\/")}(/[^"']*)?["']`);
  const named = (file) => file.startsWith(`tests/${name}`);
  const direct = testFiles().filter((file) => !HEAVY.has(file) && (named(file) || importPath.test(readFileSync(join(root, file), "utf8"))));
  return [...new Set([...direct, ...(EXTRA[folder] ?? [])])].sort();
}

/** Stryker's score from its JSON report (mutation-testing-report-schema): detected / valid. */
function score(reportFile) {
  const report = JSON.parse(readFileSync(reportFile, "utf8"));
  let killed = 0;
  let total = 0;
  for (const file of Object.values(report.files)) {
    for (const { status } of file.mutants) {
      if (status === "Killed" || status === "Timeout") killed++;
      if (["Killed", "Timeout", "Survived", "NoCoverage"].includes(status)) total++;
    }
  }
  return { killed, total };
}

const asked = process.argv.slice(2).map((arg) => arg.replace(/\/+$/, ""));
const unknown = asked.filter((folder) => !FOLDERS.includes(folder));
if (unknown.length > 0) {
  console.error(`mutate: unknown folder ${unknown.join(", ")}; expected one or more of ${FOLDERS.join(", ")}`);
  process.exit(2);
}
const folders = asked.length > 0 ? asked : FOLDERS;
process.chdir(root);
const { Stryker } = await import("@stryker-mutator/core");
const lines = [];
for (const folder of folders) {
  const tests = testsFor(folder);
  const name = folder.replace(/^lib\//, "");
  const jsonFile = `output/reports/mutation/${name}.json`;
  console.error(`mutate: ${folder} with ${tests.join(", ")}`);
  // Options given here override stryker.config.mjs, which Stryker still reads.
  await new Stryker({
    mutate: [`${folder}/**/*.ts`, "!**/*.d.ts"],
    testFiles: tests,
    // A sandbox folder of its own: Stryker deletes its temp folder when done, so two runs at once
    // (another folder, another terminal) must not share one.
    tempDirName: `output/.stryker-tmp-${name}-${process.pid}`,
    jsonReporter: { fileName: jsonFile },
    htmlReporter: { fileName: `output/reports/mutation/${name}.html` },
    reporters: ["json", "html", "progress-append-only"],
    // Incremental: a rerun reuses the result of every mutant whose code and covering tests did not
    // change (output/reports/mutation/<folder>.incremental.json), so adding a test costs minutes.
    incremental: true,
    incrementalFile: `output/reports/mutation/${name}.incremental.json`,
  }).runMutationTest();
  const { killed, total } = score(jsonFile);
  const pct = total === 0 ? "undefined (no mutants)" : `${((100 * killed) / total).toFixed(1)} %`;
  lines.push(`mutation-score ${folder}: ${pct} (killed ${killed} / total ${total})`);
}
console.log(lines.join("\n"));
