import type { Dataset } from "../dataset/types";
import { flattenThemes } from "../tables/build";
import type { Tables } from "../tables/types";
import type { ScenarioResult } from "../simulate/types";
import { internal } from "../messages";

/**
 * The part of a danfojs DataFrame the kit relies on. danfojs ships its typings only under
 * package `exports`, which tslab's compiler (and node10 resolution) cannot see, so the kit names
 * the members it uses; at run time these are full danfojs DataFrames.
 */
export interface DataFrame {
  readonly columns: string[];
  readonly shape: number[];
  /** The rows as arrays of values, in column order (what `show` reads). */
  readonly values: unknown[][];
  head(rows?: number): DataFrame;
  toString(): string;
  print(): void;
  [member: string]: unknown;
}

interface Danfo {
  DataFrame: new (rows: object[], options?: { columns?: string[] }) => DataFrame;
}

let danfo: Danfo | undefined;

/** danfojs, loaded on first use: it pulls in TensorFlow.js, which the CLI need not pay for. */
function loadDanfo(): Danfo {
  danfo ??= require("danfojs") as Danfo;
  return danfo;
}

/**
 * Builds a danfojs DataFrame from plain records, keeping column order. Records are copied; the
 * kit never uses danfojs `inplace` operations, so frames can be shared without surprise.
 *
 * @example
 * frame([{ a: 1 }, { a: 2 }]).shape; // [2, 1]
 */
export function frame(rows: readonly object[], columns?: string[]): DataFrame {
  if (rows.length === 0) throw new Error(internal.emptyFrame);
  return new (loadDanfo().DataFrame)(rows.map((r) => ({ ...r })), columns ? { columns } : undefined);
}

/** DataFrames of a dataset and its recomputed tables: printed counts, Table 2, Tables 3–7, documents. */
export interface Frames {
  counts: DataFrame;
  tools: DataFrame;
  themes: DataFrame;
  documents?: DataFrame;
}

/**
 * The dataset and its tables as danfojs DataFrames, one row per node (tools: per tool and
 * direction; themes: every node with its depth and parent share).
 *
 * @example
 * toFrames(paper, buildTables(paper)).tools.shape; // [12, 9]
 */
export function toFrames(dataset: Dataset, tables: Tables): Frames {
  const counts = frame(dataset.counts.map(({ line: _line, ...row }) => row));
  const tools = frame(
    [...tables.tools, tables.toolTotal].flatMap((t) =>
      (["promotion", "constraint"] as const).map((d) => ({
        tool: t.id, label: t.label, direction: d, files: t[d].files, points: t[d].points, pct_of_tool: t[d].pct, pct_printed: t[d].pctPrinted,
        tool_points: t.points, tool_pct: t.pct,
      })),
    ),
  );
  const themes = frame(
    flattenThemes(tables.themes).map((n) => ({ id: n.id, label: n.label, label_en: n.label_en, depth: n.depth, source: n.source, files: n.files, points: n.points, pct: n.pct, pct_printed: n.pctPrinted })),
  );
  const documents = dataset.documents.length > 0 ? frame(dataset.documents) : undefined;
  return { counts, tools, themes, ...(documents ? { documents } : {}) };
}

/**
 * Simulation results as one long danfojs DataFrame: a row per scenario, indicator and side
 * (baseline or scenario), with mean, median and the 90 % and 95 % interval bounds.
 *
 * @example
 * simulationFrame(simulateFiles(files, { draws: 1000, seed: 1 })).columns; // ["scenario", "indicator", "side", "mean", …]
 */
export function simulationFrame(results: readonly ScenarioResult[]): DataFrame {
  return frame(
    results.flatMap((r) =>
      (["baseline", "scenario"] as const).flatMap((side) => Object.entries(r[side]).map(([indicator, s]) => ({ scenario: r.id, indicator, side, ...s }))),
    ),
  );
}
