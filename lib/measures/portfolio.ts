import { measureText } from "../messages";
import { averageInstrumentDiversity } from "./aid";
import { comprehensiveness } from "./comprehensiveness";
import { giniSimpson } from "./gini-simpson";
import { pielou } from "./evenness";
import { shannon } from "./shannon";
import { checkedColumns, defined, notDefined } from "./value";
import type { CountMatrix, MeasureValue } from "./types";

/** The portfolio characteristics of PolicyPortfolios' `pp_measures` that the kit computes. */
export interface PortfolioMeasures {
  /** Space: instruments × targets, every cell of the portfolio whether used or not. */
  space: MeasureValue;
  /** Size: cells in use / space (= comprehensiveness). */
  size: MeasureValue;
  /** n.Instruments and p.Instruments: instruments used on at least one target, and their share. */
  instrumentsUsed: MeasureValue;
  instrumentsUsedShare: MeasureValue;
  /** n.Targets and p.Targets: targets addressed by at least one instrument, and their share. */
  targetsUsed: MeasureValue;
  targetsUsedShare: MeasureValue;
  /** In.Prep, instrument preponderance: cells in use / targets addressed (instruments per target addressed). */
  preponderance: MeasureValue;
  /** Div.aid: Average Instrument Diversity (see averageInstrumentDiversity). */
  aid: MeasureValue;
  /** Div.gs: Gini–Simpson over the number of targets each instrument covers. */
  giniSimpson: MeasureValue;
  /** Div.sh: Shannon entropy in bits over the number of targets each instrument covers. */
  shannonBits: MeasureValue;
  /** Eq.sh: Div.sh / log2(instruments), instruments counted whether used or not (Pielou's J). */
  equitability: MeasureValue;
}

/**
 * Portfolio characteristics in the manner of Fernández-i-Marín, Knill & Steinebach (2021), as
 * PolicyPortfolios' `pp_measures` (R/pp_measures.R, version 0.4) computes them, from a table with
 * instruments (tools, or tool × direction cells) as rows and targets (themes) as columns; a count
 * > 0 means the cell is in use (the paper's portfolios are 0/1).
 *
 * Left out: the number and equality of unique instrument configurations (`Unique`, `C.eq`), since
 * the package computes them over rows (each instrument's pattern of targets) while its
 * documentation describes the instrument combinations per target, so the intended definition is
 * not certain; and the administrative "burden" variants, which rest on learning assumptions
 * (continuous, steep, capped) that are the package's own later additions rather than the 2021
 * paper's. Where the package returns 0 or NaN for an empty portfolio, the kit says why instead.
 *
 * Reference: Fernández-i-Marín, X., Knill, C. & Steinebach, Y. (2021). APSR 115(3), 931–947;
 * Adam, C., Knill, C. & Fernández-i-Marín, X. (2017). Rule growth and government effectiveness.
 * Policy Sciences 50, 241–268 (portfolio size).
 *
 * @example
 * const m = portfolioMeasures([[1, 1, 0], [0, 1, 0]]);
 * m.size.value;          // 0.5 (3 of 6 cells)
 * m.preponderance.value; // 1.5 (3 cells on 2 targets)
 * m.aid.value;           // 0.5
 */
export function portfolioMeasures(counts: CountMatrix): PortfolioMeasures {
  const cols = checkedColumns("portfolioMeasures", counts);
  const rows = counts.length;
  const coverage = counts.map((row) => row.filter((x) => x > 0).length);
  const targets = Array.from({ length: cols }, (_, t) => counts.some((row) => row[t] > 0)).filter(Boolean).length;
  const instruments = coverage.filter((n) => n > 0).length;
  const cells = coverage.reduce((a, b) => a + b, 0);
  const h = shannon(coverage);
  return {
    space: defined(rows * cols),
    size: comprehensiveness(counts),
    instrumentsUsed: defined(instruments),
    instrumentsUsedShare: rows === 0 ? notDefined(measureText.noInstruments) : defined(instruments / rows),
    targetsUsed: defined(targets),
    targetsUsedShare: cols === 0 ? notDefined(measureText.noCells) : defined(targets / cols),
    preponderance: targets === 0 ? notDefined(measureText.emptyPortfolio) : defined(cells / targets),
    aid: averageInstrumentDiversity(counts),
    giniSimpson: giniSimpson(coverage),
    shannonBits: h.notDefined !== undefined ? h : defined(h.value / Math.LN2),
    equitability: pielou(coverage),
  };
}
