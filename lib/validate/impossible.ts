import type { CountRow } from "../dataset/types";
import { finding } from "../messages";
import type { CheckContext } from "./checks";

/**
 * Values that no count can have are errors, whatever else the row says: a count that is not a
 * whole number from 0 to Number.MAX_SAFE_INTEGER (a 26-digit count loses its last digits as a
 * double, so nothing computed from it can be trusted), more files than points (every file counted
 * at a node holds at least one of its points), or points without any file. The CSV reader rejects
 * most of these at parse time; this check also guards datasets built in memory.
 *
 * @example
 * checkImpossible({ dataset, counts, report, direct }); // reports `impossible` errors, row by row
 */
export function checkImpossible({ dataset, report }: CheckContext): void {
  for (const row of dataset.counts) {
    const problem = impossibility(row);
    if (problem !== undefined) {
      report({ severity: "error", check: "impossible", source: row.source, node: row.node_id, label: row.label_printed, line: row.line, message: problem });
    }
  }
}

/** Why a row's files and points cannot be counts, or undefined when they can. */
export function impossibility(row: Pick<CountRow, "files" | "points">): string | undefined {
  for (const field of ["points", "files"] as const) {
    const value = row[field];
    if (value !== null && !isCount(value)) return finding.notACount(field, value);
  }
  if (row.files === null) return undefined;
  if (row.files > row.points) return finding.filesAbovePoints(row.files, row.points);
  if (row.files === 0 && row.points > 0) return finding.pointsWithoutFiles(row.points);
  return undefined;
}

function isCount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}
