import { InputError } from "../errors";
import { inputLimits } from "../io/limits";
import { numerics } from "../messages";

/** The shape of a run, for its memory estimate: what is held per draw at the peak. */
export interface RunShape {
  /** Slots of the tools dimension (10 in the paper) and tools (5). */
  toolSlots: number;
  tools: number;
  /** Slots of the themes dimension, 0 when themes are not simulated. */
  themeSlots: number;
  /** Theme nodes reported (share.<theme>). */
  themeNodes: number;
  /** Scenarios of the run, and indicators kept per scenario for scoring (0 without keepDraws). */
  scenarios: number;
  kept: number;
  /** Further arrays of one value per draw the caller holds (score: criterion values per scenario). */
  extraPerDraw?: number;
  /** Further bytes independent of the draws (score: the SMAA weight draws). */
  extraBytes?: number;
}

/** Largest typed array V8 allocates (elements): a dimension's draws are one array of draws × slots. */
const MAX_ARRAY = 2 ** 32 - 1;

/**
 * Bytes a simulation of `draws` draws needs at its peak, from the arrays it holds (8-byte values):
 * the baseline draws and a scenario's copy of each simulated dimension; the tool indicators
 * (2 × tools + cells + 9, plus 2 × tools logs and the zero treatment's factor) for the baseline
 * and the scenario at hand; the theme shares for both; the copy a quantile makes; the indicators
 * kept for scoring (per scenario and once for the baseline); and the caller's extras. Measured
 * against peak RSS on the paper (1e6 draws: tools-only scenario 0.91 GB measured / 0.81 GB
 * estimated + Node's ~60 MB; a theme scenario 1.55 / 1.61 GB; score of the nine shipped scenarios
 * 2.66 / 3.7 GB), it errs on the safe side.
 *
 * @example
 * simulationBytes(1e6, { toolSlots: 10, tools: 5, themeSlots: 0, themeNodes: 4, scenarios: 1, kept: 0 }); // ≈ 8.7e8
 */
export function simulationBytes(draws: number, shape: RunShape): number {
  const dims = shape.toolSlots + shape.themeSlots;
  const toolIndicators = 2 * shape.tools + shape.toolSlots + 9 + 2 * shape.tools + 1;
  const perDraw = 2 * dims + 2 * toolIndicators + 2 * shape.themeNodes + 1 + shape.kept * (shape.scenarios + 1) + (shape.extraPerDraw ?? 0);
  return 8 * perDraw * draws + (shape.extraBytes ?? 0);
}

/**
 * Refuses a run whose draws will not fit: more memory than `--max-memory-gb` allows (default ¾
 * of the machine's), or a dimension's draws longer than the longest array V8 can make. The error
 * names the scenario file, `--draws`, the memory it would need and the most draws that fit — so
 * the refusal comes before any draw is made, not as an out-of-memory crash minutes later.
 *
 * @example
 * checkMemory(1e9, shape, "scenarios/baseline.json", 17); // throws: found "1000000000 draws, needing about 810.6 GB of memory", expected at most 17 GB (--draws ≤ 21000000 here; …)
 */
export function checkMemory(draws: number, shape: RunShape, file: string, budgetGb: number = inputLimits().memoryGb): void {
  const bytes = simulationBytes(draws, shape);
  const budget = budgetGb * 2 ** 30;
  const widest = Math.max(shape.toolSlots, shape.themeSlots, 1);
  if (bytes <= budget && draws * widest <= MAX_ARRAY) return;
  const perDraw = simulationBytes(1, { ...shape, extraBytes: 0 });
  const fit = Math.max(0, Math.min(Math.floor((budget - (shape.extraBytes ?? 0)) / perDraw), Math.floor(MAX_ARRAY / widest)));
  throw new InputError([{ file, field: "--draws", found: numerics.memory(draws, bytes / 2 ** 30), expected: numerics.memoryExpected(budgetGb, fit) }]);
}
