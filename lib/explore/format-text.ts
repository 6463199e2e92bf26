/**
 * The plain-text summary `toolmix explore` prints: the space, the best setting, which lever moves
 * the outcomes (Sobol' indices with intervals, or feature scores), and PRIM's box.
 *
 * @example
 * formatExploration(run, analyse(run, { outcome: "3.1-incentive-promotion", probability: 0.9, seed: 1 }));
 */
import type { Analysis } from "./analysis";
import type { ExperimentRun } from "./experiments";

const f = (v: number, digits = 2) => (Number.isFinite(v) ? v.toFixed(digits) : "—");

/** The summary of a whole run and its analysis. */
export function formatExploration(run: ExperimentRun, analysis: Analysis): string {
  const levers = run.design.levers;
  const lines = [
    `Explored ${run.scenario.id} (${run.scenario.file}, sha256 ${run.scenario.hash.slice(0, 12)}…): ${levers.length} lever${levers.length === 1 ? "" : "s"}, ${run.total} experiments (${run.design.sampler}${run.design.layout === "saltelli" ? `, Saltelli's design on ${run.design.samples} base points` : ""}), seed ${run.seed}, ${run.draws} draws each`,
    ...levers.map((l) => `  ${l.id.padEnd(10)} ${f(l.min)} – ${f(l.max)}   ${l.label}`),
  ];
  const best = analysis.ranking[0];
  if (best) {
    const e = run.experiments.find((x) => x.index === best.index)!;
    lines.push("", `Best setting: experiment ${best.index} (${levers.map((l, i) => `${l.id} ${f(e.levers[i])}`).join(", ")}), overall score ${f(best.overall ?? NaN, 1)}; worst ${f(analysis.ranking[analysis.ranking.length - 1].overall ?? NaN, 1)}`);
  }
  for (const s of analysis.sobol) {
    lines.push("", `Which lever moves ${s.outcome} (Sobol' indices, 95 % bootstrap interval):`);
    s.levers.forEach((id, i) => lines.push(`  ${id.padEnd(10)} first-order ${f(s.first[i])} [${f(s.firstInterval[i][0])}, ${f(s.firstInterval[i][1])}]   total ${f(s.total[i])} [${f(s.totalInterval[i][0])}, ${f(s.totalInterval[i][1])}]`));
  }
  if (analysis.sobol.length === 0) {
    for (const fs of analysis.featureScores) lines.push("", `Which lever moves ${fs.outcome} (share of variance explained by the lever's bins):`, ...fs.scores.map((x) => `  ${x.lever.padEnd(10)} ${f(x.score)}`));
  }
  for (const c of analysis.constant) lines.push("", `${c.outcome} is ${f(c.value)} in every experiment: no lever moves it.`);
  const o = analysis.outcome;
  lines.push("", `P(pass ${o.recommendation}) ≥ ${o.probability}: ${o.cases} of ${o.experiments} experiments.`);
  const prim = analysis.prim;
  if (prim) {
    const restricted = prim.box.limits.filter((l) => l.restricted);
    const fails = prim.box.count - Math.round(prim.box.density * prim.box.count);
    const outside = o.cases - Math.round(prim.box.coverage * o.cases);
    lines.push(
      `PRIM's box: the lever ranges holding the most passing settings while at least ${f(prim.threshold)} of the settings inside pass (coverage ${f(prim.box.coverage)}: the share of passing settings inside; density ${f(prim.box.density)}: the share of settings inside that pass). Inside: ${prim.box.count} settings, ${fails} fail; outside: ${outside} pass.`,
      ...restricted.map((l) => {
        const p = prim.quasiP.find((q) => q.lever === l.lever)!.p;
        return `  ${l.lever.padEnd(10)} ${f(l.min)} – ${f(l.max)}   quasi-p ${p === 0 ? "< 1e-300" : p.toExponential(1)}${p >= 0.05 ? "  (not significant: passing hardly depends on this limit)" : ""}`;
      }),
    );
    if (restricted.length === 0) lines.push("  no lever restricted: the outcome does not depend on where the levers are set");
    else if (prim.box.density < 0.95 || prim.box.coverage < 0.95) lines.push("  A box has straight sides: where passing depends on a sum of levers (the points moved in total), settings inside it fail and some outside pass; experiments.csv has every setting.");
  } else {
    if (o.cases === 0 && o.neverReached.length > 0) lines.push(`No experiment reaches it: ${o.neverReached.join(", ")} ${o.neverReached.length === 1 ? "passes" : "pass"} with probability ${o.probability} in no setting. Wider levers help only if they act on what ${o.neverReached.length === 1 ? "it measures" : "these measure"}; else ask a lower probability or add an operation.`);
    else lines.push(o.cases === 0 ? "No experiment reaches it: widen the levers (--levers FILE) or ask a lower probability." : "Every experiment reaches it: no lever range matters for it.");
    const others = o.decided.filter((id) => id !== o.recommendation);
    lines.push(others.length > 0 ? `These levers do decide (--outcome): ${others.join(", ")}.` : `No recommendation or section is reached in some experiments and not others at probability ${o.probability}.`);
  }
  return `${lines.join("\n")}\n`;
}
