/**
 * An exploration's files: `experiments.json` (the run: seed, draws, scenario hash, design, every
 * experiment), `experiments.csv` (one row per experiment, for spreadsheets), and for a whole run
 * `analysis.json` (../analysis.ts). A shard writes the first two for its slice; `mergeRuns` combines
 * shards into exactly the run a single process gives.
 *
 * @example
 * explorationFiles(run, analysis).map((f) => f.file); // ["experiments.json", "experiments.csv", "analysis.json"]
 */
import { InputError, type InputIssue } from "../errors";
import { csv } from "../io/csv-write";
import type { OutputFile } from "../io/output-marker";
import { exploreText } from "../messages";
import type { Analysis } from "./analysis";
import type { ExperimentRun } from "./experiments";

/** The files of a run (with its analysis when the run is whole). */
export function explorationFiles(run: ExperimentRun, analysis?: Analysis): OutputFile[] {
  const files: OutputFile[] = [
    { file: "experiments.json", body: `${JSON.stringify(run)}\n` },
    { file: "experiments.csv", body: experimentsCsv(run) },
  ];
  if (analysis) files.push({ file: "analysis.json", body: `${JSON.stringify(analysis, null, 2)}\n` });
  return files;
}

/** One row per experiment: index, lever values, overall score, P(beats baseline), pass probabilities, criteria, indicators (null: not defined). */
export function experimentTable(run: ExperimentRun): { columns: string[]; rows: Array<Array<number | null>> } {
  const first = run.experiments[0];
  const pass = first ? Object.keys(first.pass) : [];
  const criteria = first ? Object.keys(first.criteria) : [];
  const indicators = first ? Object.keys(first.indicators) : [];
  const columns = ["experiment", ...run.design.levers.map((l) => l.id), "overall", "p_beats_baseline", ...pass.map((p) => `p_pass.${p}`), ...criteria.map((c) => `score.${c}`), ...indicators];
  const num = (v: number | null) => (v === null || !Number.isFinite(v) ? null : v);
  const rows = run.experiments.map((e) => [e.index, ...e.levers, num(e.overall), num(e.pBeatsBaseline), ...pass.map((p) => e.pass[p]), ...criteria.map((c) => num(e.criteria[c])), ...indicators.map((i) => num(e.indicators[i]))]);
  return { columns, rows };
}

/** experiments.csv: {@link experimentTable}, an empty cell where a value is not defined. */
function experimentsCsv(run: ExperimentRun): string {
  const { columns, rows } = experimentTable(run);
  return csv(columns, rows.map((row) => row.map((v) => (v === null ? "" : v))));
}

/** Shards of one run, in any order, as the whole run; problems name the shard and what differs. */
export function mergeRuns(shards: ReadonlyArray<{ file: string; run: ExperimentRun }>): ExperimentRun {
  const issues: InputIssue[] = [];
  const [head] = shards;
  const same = (field: string, pick: (r: ExperimentRun) => unknown) => {
    for (const s of shards) if (JSON.stringify(pick(s.run)) !== JSON.stringify(pick(head.run))) issues.push({ file: s.file, field, found: JSON.stringify(pick(s.run)).slice(0, 80), expected: exploreText.mergeSame(field) });
  };
  same("kitVersion", (r) => r.kitVersion);
  same("seed", (r) => r.seed);
  same("draws", (r) => r.draws);
  same("scenario", (r) => r.scenario);
  same("catalogue", (r) => r.catalogue);
  same("question", (r) => r.question ?? null);
  same("design", (r) => r.design);
  same("total", (r) => r.total);
  if (issues.length > 0) throw new InputError(issues);
  const sorted = [...shards].sort((a, b) => a.run.range[0] - b.run.range[0]);
  let at = 0;
  for (const s of sorted) {
    if (s.run.range[0] !== at) issues.push({ file: s.file, field: "range", found: `${JSON.stringify(s.run.range)} (${s.run.range[0] > at ? exploreText.mergeGap(at, s.run.range[0]) : exploreText.mergeOverlap(s.run.range[0], at)})`, expected: exploreText.mergeCover(head.run.total) });
    at = Math.max(at, s.run.range[1]);
  }
  if (at !== head.run.total) issues.push({ file: sorted[sorted.length - 1].file, field: "range", found: `ends at ${at} (${exploreText.mergeGap(at, head.run.total)})`, expected: exploreText.mergeCover(head.run.total) });
  if (issues.length > 0) throw new InputError(issues);
  return { ...head.run, range: [0, head.run.total], experiments: sorted.flatMap((s) => s.run.experiments) };
}
