/**
 * A levers file: ranges that replace (or open) a scenario's intensities for an exploration, so the
 * space can reach past the scenario's own guess — `{ "levers": { "op1.pp": { "min": 0, "max": 15 } } }`.
 * Every lever named must be an intensity of the scenario; every range must be finite with min < max.
 *
 * @example
 * withRanges(loaded, readLeverRanges("levers.json", loaded)).scenario.operations[0].pp; // { min: 0, max: 15 }
 */
import type { Dataset } from "../dataset/types";
import { compileScenario } from "../scenario/compile";
import { baselinesOf } from "../simulate/baseline-stage";
import { InputError, type InputIssue } from "../errors";
import { readJsonFile } from "../io/json";
import { exploreText } from "../messages";
import type { LoadedScenario } from "../scenario/load";
import type { Operation } from "../scenario/types";

/** The id of operation k's (0-based) intensity: `op<k+1>.<field>`, as levers and levers files name it. */
export function intensityId(op: Operation, k: number): string {
  return `op${k + 1}.${intensityField(op)}`;
}

/** Every intensity of the scenario by id (fixed or ranged). */
export function intensityIds(loaded: LoadedScenario): string[] {
  return loaded.scenario.operations.map(intensityId);
}

/** The field holding an operation's intensity (a transfer gives `pp` or `fraction`). */
export function intensityField(op: Operation): string {
  if (op.op === "transfer") return op.pp !== undefined ? "pp" : "fraction";
  return { reweight: "factor", set: "share", toward: "lambda", add: "points" }[op.op];
}

/** The ranges of a levers file, checked against the scenario; problems name the file and the lever. */
export function readLeverRanges(file: string, loaded: LoadedScenario): Map<string, { min: number; max: number }> {
  const json = readJsonFile(file) as { levers?: unknown };
  if (json === null || typeof json !== "object" || json.levers === null || typeof json.levers !== "object" || Array.isArray(json.levers)) {
    throw new InputError([{ file, field: "levers", found: JSON.stringify(json?.levers ?? json)?.slice(0, 80) ?? "nothing", expected: exploreText.leversFile }]);
  }
  const known = intensityIds(loaded);
  const issues: InputIssue[] = [];
  const out = new Map<string, { min: number; max: number }>();
  for (const [id, range] of Object.entries(json.levers as Record<string, unknown>)) {
    if (!known.includes(id)) {
      issues.push({ file, field: `levers.${id}`, found: id, expected: exploreText.unknownLever(known) });
      continue;
    }
    const r = range as { min?: unknown; max?: unknown } | null;
    const ok = r !== null && typeof r === "object" && typeof r.min === "number" && typeof r.max === "number" && Number.isFinite(r.min) && Number.isFinite(r.max) && r.min < r.max;
    if (!ok) issues.push({ file, field: `levers.${id}`, found: JSON.stringify(range), expected: exploreText.leverRange });
    else out.set(id, { min: r.min as number, max: r.max as number });
  }
  if (issues.length > 0) throw new InputError(issues);
  return out;
}

/** The scenario with the intensities named in `byId` replaced (a value, or a range); the others kept. */
export function withIntensities(loaded: LoadedScenario, byId: ReadonlyMap<string, number | { min: number; max: number }>): LoadedScenario {
  const operations = loaded.scenario.operations.map((op, k) => {
    const value = byId.get(intensityId(op, k));
    return value === undefined ? op : ({ ...op, [intensityField(op)]: typeof value === "number" ? value : { ...value } } as Operation);
  });
  return { ...loaded, scenario: { ...loaded.scenario, operations } };
}

/** The scenario with the given ranges in place of its intensities. */
export function withRanges(loaded: LoadedScenario, ranges: ReadonlyMap<string, { min: number; max: number }>): LoadedScenario {
  return withIntensities(loaded, ranges);
}

/**
 * Checks a scenario whose ranges a levers file set (`withRanges`) against its dataset before any
 * experiment runs, so a range the baseline cannot give (more points than the source holds) is
 * reported against the levers file and its lever (`levers.op1.pp`), not against the scenario file,
 * which says something else.
 */
export function checkLeverRanges(loaded: LoadedScenario, dataset: Dataset, ranges: ReadonlyMap<string, unknown>, leversFile: string): void {
  try {
    compileScenario(loaded, dataset, baselinesOf(dataset, loaded));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(
      error.issues.map((issue) => {
        const m = /^operations\[(\d+)\]\.(\w+)$/.exec(issue.field ?? "");
        const id = m ? `op${Number(m[1]) + 1}.${m[2]}` : "";
        return issue.file === loaded.file && ranges.has(id) ? { ...issue, file: leversFile, field: `levers.${id}` } : issue;
      }),
    );
  }
}
