import { measureText } from "../messages";

/** Whether a measure can be computed from the paper's published aggregates, and why. */
export interface PaperDataAvailability {
  /** Function(s) of lib/measures. */
  measure: string;
  /** Across what it is computed. */
  over: string;
  computable: boolean;
  why: string;
}

/**
 * Which measures the paper's published data (data/paper-m0: Table 2's tool × direction counts,
 * Tables 3–7's theme counts, totals over 68 documents) can give, and which they cannot, with the
 * reason. The paper prints the two margins of the tool × theme table but not the table itself, and
 * the margins do not determine it: comprehensiveness, AID, the portfolio measures and the
 * promotion/constraint balance per theme need a coded corpus (an imported project, or texts coded
 * by the kit) and its cross-tab. Nothing is computed here; the list is what docs/measures.md
 * shows and what a notebook can print beside the computable values.
 *
 * @example
 * paperDataAvailability().filter((m) => !m.computable).map((m) => m.measure);
 * // ["comprehensiveness, portfolioMeasures, averageInstrumentDiversity", "directionBalance, themeDirectionBalance", "measuresByGroup"]
 */
export function paperDataAvailability(): PaperDataAvailability[] {
  const balance = "shannon, pielou, simpson, giniSimpson, hillNumber";
  return [
    { measure: balance, over: "tools (5) or tool × direction cells (10)", computable: true, why: measureText.paper.tools },
    { measure: balance, over: "themes (4), or the sub-themes of one theme", computable: true, why: measureText.paper.themes },
    { measure: "promotion share and balance 1 − |p − c| / (p + c)", over: "each tool and all tools", computable: true, why: measureText.paper.directions },
    { measure: "comprehensiveness, portfolioMeasures, averageInstrumentDiversity", over: "tool × theme cells", computable: false, why: measureText.paper.joint },
    { measure: "directionBalance, themeDirectionBalance", over: "each theme", computable: false, why: measureText.paper.perTheme },
    { measure: "measuresByGroup", over: "documents, regions, years", computable: false, why: measureText.paper.groups },
  ];
}
