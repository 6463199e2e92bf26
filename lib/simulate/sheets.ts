/**
 * A simulation's results as spreadsheet sheets (`toolmix simulate --csv DIR`, `--xlsx FILE`): every
 * indicator of every scenario with the baseline's and the scenario's median and 95 % interval (the
 * same draws: common random numbers), and the provenance of each result (file, SHA-256, seed, draws,
 * kit version), so a spreadsheet carries what reproduces it. Numbers as numbers; an indicator not
 * defined in some draws has empty cells and says why.
 *
 * @example
 * simulationSheets(simulateFiles(["scenarios/incentive-shift.json"], { seed: 1 }))[0].rows[1].slice(0, 2); // ["incentive-shift", "Shift toward …"]
 */
import type { FileSheet } from "../io/sheets-export";
import { resultSheets as t } from "../messages";
import type { ScenarioResult, Summary } from "./types";

/** A number for a cell: null (an empty cell) for NaN, ±Infinity and null. */
export const finiteCell = (x: number | null) => (x !== null && Number.isFinite(x) ? x : null);

/** A summary's cells: median and 95 % interval (what every result sheet shows of a distribution). */
export const summaryCells = (s: Summary) => [finiteCell(s.median), finiteCell(s.q025), finiteCell(s.q975)];

/** The sheets of `results`: indicators, provenance. */
export function simulationSheets(results: readonly ScenarioResult[]): FileSheet[] {
  const c = t.columns;
  const indicators: (string | number | null)[][] = [[c.scenario, c.title, c.titleZh, c.indicator, ...t.summary(t.baseline), ...t.summary(t.scenarioSide), c.note]];
  for (const r of results) {
    for (const name of Object.keys(r.scenario)) {
      const s = r.scenario[name];
      const b = r.baseline[name];
      indicators.push([r.id, r.title, r.title_zh ?? null, name, ...summaryCells(b), ...summaryCells(s), s.notDefined ?? b.notDefined ?? null]);
    }
  }
  const provenance: (string | number | null)[][] = [[c.scenario, c.file, c.sha256, c.seed, c.draws, c.kit, c.dataset, c.clipped]];
  for (const r of results) provenance.push([r.id, r.file, r.hash, r.seed, r.draws, r.kitVersion, r.dataset.id, r.clippedDraws]);
  return [
    { name: t.names.indicators, file: "indicators.csv", rows: indicators },
    { name: t.names.provenance, file: "provenance.csv", rows: provenance },
  ];
}
