import type { CrossTab } from "../matrix/types";
import { measureText } from "../messages";
import { checkedColumns, defined, notDefined } from "./value";
import type { CountMatrix, MeasureValue, RowDirection } from "./types";

/** Promotion and constraint in one theme (column): the points, the promotion share and the balance. */
export interface DirectionBalance {
  promotion: number;
  constraint: number;
  /** p / (p + c): the promotion share of the theme's directed points. */
  promotionShare: MeasureValue;
  /** 1 − |p − c| / (p + c): 1 when promotion and constraint are equal, 0 when only one is used. */
  balance: MeasureValue;
}

/**
 * Promotion/constraint balance per theme ("收放结合", the paper's section 3.2): from a table whose
 * rows are tool × direction cells and whose columns are themes, sums each column's promotion rows
 * (p) and constraint rows (c), and gives the promotion share p / (p + c) and the balance index
 *
 *   B = 1 − |p − c| / (p + c) = 2 · min(p, c) / (p + c),
 *
 * 1 for an even mix of promotion and constraint, 0 for a theme governed in one direction only.
 * Rows whose direction is null (a scheme without directions, or a tool-level row) are left out.
 * Both are not defined for a theme without directed points.
 *
 * Reference: the balance index is the complement of the absolute difference of two shares
 * (|p − c| / (p + c) = |2s − 1| for the promotion share s), as in the kit's `promotion.<tool>`
 * indicator; the "combine incentives with constraints" reading is the paper's section 3.2.
 *
 * @example
 * // two themes; rows: authority.promotion, authority.constraint, incentive.promotion
 * const b = directionBalance([[3, 0], [1, 0], [0, 0]], ["promotion", "constraint", "promotion"]);
 * b[0].promotionShare.value; // 0.75
 * b[0].balance.value;        // 0.5
 * b[1].balance.notDefined;   // "no points with a direction in this theme"
 */
export function directionBalance(counts: CountMatrix, directions: readonly RowDirection[]): DirectionBalance[] {
  const cols = checkedColumns("directionBalance", counts);
  if (directions.length !== counts.length) throw new RangeError(measureText.directionsLength(counts.length, directions.length));
  return Array.from({ length: cols }, (_, j) => {
    let p = 0;
    let c = 0;
    counts.forEach((row, i) => {
      if (directions[i] === "promotion") p += row[j];
      else if (directions[i] === "constraint") c += row[j];
    });
    const s = p + c;
    if (s === 0) return { promotion: p, constraint: c, promotionShare: notDefined(measureText.noDirectionPoints), balance: notDefined(measureText.noDirectionPoints) };
    return { promotion: p, constraint: c, promotionShare: defined(p / s), balance: defined(Math.max(0, 1 - Math.abs(p - c) / s)) };
  });
}

/**
 * The direction of each row id of a cross-tab, read from the kit's cell ids `<tool>.promotion`
 * and `<tool>.constraint` (codebook.json); any other id (a tool, a theme, a scheme without
 * directions) is null.
 *
 * @example
 * rowDirections(["authority.promotion", "authority.constraint", "authority"]); // ["promotion", "constraint", null]
 */
export function rowDirections(rowIds: readonly string[]): RowDirection[] {
  return rowIds.map((id) => (id.endsWith(".promotion") ? "promotion" : id.endsWith(".constraint") ? "constraint" : null));
}

/**
 * `directionBalance` of a cross-tab (rows tool × direction cells, columns themes), each theme with
 * its id and label; the directions come from the row ids unless given.
 *
 * @example
 * const tab = { rowDimension: "tools", colDimension: "themes", rowIds: ["a.promotion", "a.constraint"],
 *   colIds: ["land_supply"], rowLabels: ["", ""], colLabels: ["土地供应"], counts: [[2], [2]], unit: "clause", units: 4 } as const;
 * themeDirectionBalance(tab)[0].balance.value; // 1
 */
export function themeDirectionBalance(tab: CrossTab, directions: readonly RowDirection[] = rowDirections(tab.rowIds)): (DirectionBalance & { id: string; label: string })[] {
  return directionBalance(tab.counts, directions).map((b, j) => ({ id: tab.colIds[j], label: tab.colLabels[j], ...b }));
}
