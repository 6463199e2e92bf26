/**
 * Four environmental policy portfolios of the CONSENSUS data, as shipped in the R package
 * PolicyPortfolios (data/consensus.rda, version 0.4, Fernández-i-Marín; GPL-3), whose AID values
 * Fernández-i-Marín, Knill & Steinebach (2021, APSR 115(3)) report and the package's own test
 * (tests/testthat/test_diversity.R) checks: France 1976 0.464, United States 1976 0.839,
 * France 2005 0.855, United States 2005 0.850 (three decimals).
 *
 * Each portfolio is instruments (rows) × targets (columns) with 1 where the instrument addresses
 * the target; instruments and targets unused in that country-year are dropped, which AID ignores.
 * Extracted with base R (`xtabs(covered ~ Instrument + Target)` on the Environmental sector;
 * the Environmental sector has 13 instruments and 48 targets in all).
 */
export interface ApsrPortfolio {
  country: string;
  year: number;
  aid: number;
  rows: string[];
}

export const APSR_PORTFOLIOS: readonly ApsrPortfolio[] = [
  // Rows: obligatory standards, planning instruments, prohibition / ban.
  { country: "France", year: 1976, aid: 0.464, rows: ["11111100", "00000010", "00000001"] },
  {
    country: "United States",
    year: 1976,
    aid: 0.839,
    rows: [
      "111100000000000000000000000000",
      "000000000100000000001100000000",
      "000000101000110000111010110000",
      "000000000000000000000000000011",
      "000011010000000000000000000000",
      "000000000000000000000000001100",
      "000000000011000000000100000011",
      "000000000000000000000100000011",
      "000000000000111111111111110000",
    ],
  },
  {
    country: "France",
    year: 2005,
    aid: 0.855,
    rows: [
      "11111100000011000000000000000000000000000010",
      "11111110010011111000000000000000000000000000",
      "11111110010000111111111111011111111111110000",
      "00000000000010000000000000000110100100000001",
      "11010100000000000001111111110000000000000100",
      "11011100010000000100000000010000000000000011",
      "00000000000000010000000000000000000000000000",
      "00000010010000010010000000000111000100001000",
      "00000000000000010000000000000011101101110000",
      "00000011111111000000000000000000000000000001",
    ],
  },
  {
    country: "United States",
    year: 2005,
    aid: 0.85,
    rows: [
      "11111111111011110000000111111111111110000",
      "00000000000000000000000111111110111110000",
      "00000010010010110000100000000001100000000",
      "11110110110001111111001110000111110110000",
      "00000000000000000000000000000000000000011",
      "01010010010011100000000111111111111110000",
      "00101000000000000000000000000000000001100",
      "00000000000000000000011000000000100000011",
      "00000000000000010000000000000000100000011",
      "00000000000100000000000111111111111110000",
    ],
  },
];

/** A portfolio's rows as a 0/1 count matrix. */
export function matrixOf(p: ApsrPortfolio): number[][] {
  return p.rows.map((r) => [...r].map(Number));
}
