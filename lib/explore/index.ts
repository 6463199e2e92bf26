/**
 * The scenario space of a scenario, in one call for a notebook or a script, and what it says in
 * plain words.
 *
 * The pipeline, in order (each stage its own module):
 *  1. levers   — ./levers.ts (and ./lever-ranges.ts for wider ranges): the intensities a scenario leaves open;
 *  2. design   — ./samplers.ts, ./experiments.ts designOf: settings of the levers (LHS, MC, Sobol'/Saltelli);
 *  3. run      — ./experiments.ts on threads (./parallel.ts): each setting simulated by the
 *                simulator's own stages (lib/simulate/baseline-stage.ts once per thread, then
 *                scenario-stage.ts) and scored (./outcomes.ts, equal to lib/score's scorecards);
 *  4. analyse  — ./analysis.ts: Sobol' indices, feature scores, PRIM, ranking;
 *  5. tell     — `explorationFindings`: the answers as sentences; lib/charts/explore.ts draws them.
 *
 * @example
 * const { run, analysis } = await exploreScenario("scenarios/incentive-and-learning.json", { samples: 128, sampler: "sobol", seed: 1 });
 * explorationFindings(run, analysis).forEach((line) => console.log(line));
 */
import { loadScenario, type LoadedScenario } from "../scenario/load";
import { loadCatalogue } from "../score/catalogue";
import type { Catalogue } from "../score/types";
import { analyse, type Analysis } from "./analysis";
import type { ExperimentRun } from "./experiments";
import { withRanges } from "./lever-ranges";
import { defaultOutcome, outcomeGroups } from "./outcomes";
import { defaultWorkers, runExperimentsParallel } from "./parallel";
import type { Sampler } from "./types";

export { analyse, type Analysis } from "./analysis";
export { designOf, runExperiments, type Experiment, type ExperimentRun } from "./experiments";
export { explorationFiles, experimentTable, mergeRuns } from "./files";
export { experimentsFrame } from "./frame";
export { formatExploration } from "./format-text";
export { leversOf } from "./levers";
export { prim, binomialUpperTail } from "./prim";
export { latinHypercubePoints, monteCarloPoints, sobolPoints } from "./samplers";
export { saltelliDesign, sobolIndices } from "./sobol-indices";
export { featureScores } from "./feature-scores";
export type { Lever, PrimBox, PrimResult, Sampler, SobolIndices } from "./types";

/** Options of {@link exploreScenario}. */
export interface ExploreScenarioOptions {
  samples: number;
  /** Default sobol (Saltelli's design: Sobol' indices); lhs or mc: feature scores only. */
  sampler?: Sampler;
  seed: number;
  /** A recommendation catalogue (file or loaded) instead of data/recommendations.json; it must name the scenario's coding scheme. */
  catalogue?: string | Catalogue;
  draws?: number;
  /** Ranges replacing (or opening) the scenario's intensities, by lever id (`op1.pp`). */
  levers?: Record<string, { min: number; max: number }>;
  /** The recommendation or section PRIM explains, and the probability of passing it (default 3.1-incentive-promotion, 0.9). */
  outcome?: string;
  probability?: number;
  /** The density PRIM's box must reach (default 0.8). */
  density?: number;
  workers?: number;
}

/** Explores a scenario (a file or a loaded scenario): the experiments and their analysis. */
export async function exploreScenario(scenario: string | LoadedScenario, options: ExploreScenarioOptions): Promise<{ run: ExperimentRun; analysis: Analysis }> {
  let loaded = typeof scenario === "string" ? loadScenario(scenario) : scenario;
  if (options.levers) loaded = withRanges(loaded, new Map(Object.entries(options.levers)));
  const catalogue = typeof options.catalogue === "string" ? loadCatalogue(options.catalogue) : (options.catalogue ?? loadCatalogue());
  const question = { outcome: options.outcome ?? defaultOutcome(outcomeGroups(catalogue).map((g) => g.id)), probability: options.probability ?? 0.9, density: options.density ?? 0.8 };
  const run = await runExperimentsParallel(loaded, { samples: options.samples, sampler: options.sampler ?? "sobol", seed: options.seed, draws: options.draws, catalogue, question }, options.workers ?? defaultWorkers());
  const analysis = analyse(run, { ...question, seed: options.seed });
  return { run, analysis };
}

const pct = (v: number) => `${(100 * v).toFixed(0)} %`;
const f = (v: number) => v.toFixed(2);

/**
 * The three answers in plain words: which lever moves the overall score most; which ranges reach the
 * outcome and what authority share those settings leave; how often the setting beats its baseline.
 */
export function explorationFindings(run: ExperimentRun, analysis: Analysis): string[] {
  const lines: string[] = [];
  const levers = run.design.levers;
  const name = (id: string) => `${id} (${levers.find((l) => l.id === id)!.label})`;
  const overall = analysis.sobol.find((s) => s.outcome === "overall");
  if (overall) {
    const order = overall.levers.map((id, i) => ({ id, i })).sort((x, y) => overall.total[y.i] - overall.total[x.i]);
    const top = order[0];
    lines.push(`Which lever matters: ${name(top.id)} explains most of the overall score's variance (total-order Sobol' index ${f(overall.total[top.i])}, 95 % interval ${f(overall.totalInterval[top.i][0])}–${f(overall.totalInterval[top.i][1])})${order.slice(1).map(({ id, i }) => `; ${id} ${f(overall.total[i])}`).join("")}.`);
  } else {
    const scores = analysis.featureScores.find((s) => s.outcome === "overall")!.scores;
    const top = [...scores].sort((a, b) => b.score - a.score)[0];
    lines.push(`Which lever matters: ${name(top.lever)} explains ${pct(top.score)} of the overall score's variance by itself (feature score).`);
  }
  const o = analysis.outcome;
  const passing = analysis.sobol.find((s) => s.outcome === `P(pass ${o.recommendation})`);
  if (passing) {
    const order = passing.levers.map((id, i) => ({ id, i })).sort((x, y) => passing.total[y.i] - passing.total[x.i]);
    lines.push(`For passing ${o.recommendation}, ${name(order[0].id)} matters most (total-order index ${f(passing.total[order[0].i])})${order.slice(1).map(({ id, i }) => `; ${id} ${f(passing.total[i])}`).join("")}.`);
  }
  const reached = run.experiments.filter((e) => e.pass[o.recommendation] >= o.probability);
  if (reached.length === 0) lines.push(`Which ranges pass: no setting passes ${o.recommendation} with probability ${o.probability}; widen the levers or ask less.`);
  else {
    const authority = reached.map((e) => e.indicators["share.authority"]).filter(Number.isFinite);
    const share = authority.length > 0 ? `; those settings leave authority tools at ${pct(Math.min(...authority))}–${pct(Math.max(...authority))} of all tool points (median over the draws)` : "";
    lines.push(`Which ranges pass: ${reached.length} of ${run.total} settings pass ${o.recommendation} with probability ≥ ${o.probability}${share}.`);
    if (analysis.prim) {
      const box = analysis.prim.box.limits.filter((l) => l.restricted).map((l) => `${l.lever} ${f(l.min)}–${f(l.max)}`).join(" and ");
      lines.push(`PRIM's box ${box || "(no lever restricted)"} holds ${pct(analysis.prim.box.coverage)} of them, ${pct(analysis.prim.box.density)} of the settings inside it pass.`);
    }
  }
  const beats = run.experiments.filter((e) => (e.pBeatsBaseline ?? 0) >= 0.9).length;
  lines.push(`How robust: in ${beats} of ${run.total} settings (${pct(beats / run.total)}) the scenario beats its baseline in at least 90 % of the draws; overall scores range ${f(Math.min(...run.experiments.map((e) => e.overall ?? NaN)))}–${f(Math.max(...run.experiments.map((e) => e.overall ?? NaN)))}.`);
  return lines;
}
