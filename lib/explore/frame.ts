/**
 * The experiments of a run as a danfojs DataFrame, one row per experiment with the columns of
 * experiments.csv (./files.ts experimentTable): for a notebook's own sorting, filtering and plots.
 *
 * @example
 * experimentsFrame(run).shape; // [experiments, columns]
 */
import { frame, type DataFrame } from "../frames";
import type { ExperimentRun } from "./experiments";
import { experimentTable } from "./files";

export function experimentsFrame(run: ExperimentRun): DataFrame {
  const { columns, rows } = experimentTable(run);
  return frame(rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i]]))), columns);
}
