/**
 * The HTML table of simulation results (lib/simulate/html.ts) that notebooks 03, 05 and 07 show:
 * which indicators it lists for the paper's scheme and for another, how it formats them (shares
 * in percent with two decimals, other measures with three, the change of medians signed, "pp" for
 * shares), what it says of an undefined value, and the provenance in the caption. Expected cells
 * are recomputed here by hand from the summaries.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatSimulation } from "../lib/simulate/format-text";
import { indicatorGlossaryHtml, shownIndicators, simulationHtml } from "../lib/simulate/html";
import { INDICATOR_DOCS } from "../lib/simulate/indicators";
import { simulateFiles } from "../lib/simulate/run";
import type { ScenarioResult, Summary } from "../lib/simulate/types";
import { perTest } from "./support/per-test";

const root = join(__dirname, "..");
const paper = perTest(() => simulateFiles([join(root, "scenarios", "incentive-and-learning.json")], { draws: 400, seed: 2 })[0]);
const sde = perTest(() => simulateFiles([join(root, "scenarios", "sde-example", "demand-pull.json")], { draws: 400, seed: 2 })[0]);
const rowOf = (html: string, name: string) => new RegExp(`<tr><td>${name.replace(/\./g, "\\.")}</td><td>([^<]*)</td><td>([^<]*)</td><td>([^<]*)</td></tr>`).exec(html)?.slice(1);
const pct = (s: Summary) => `${(100 * s.median).toFixed(2)} [${(100 * s.q025).toFixed(2)}, ${(100 * s.q975).toFixed(2)}]`;
const plain = (s: Summary) => `${s.median.toFixed(3)} [${s.q025.toFixed(3)}, ${s.q975.toFixed(3)}]`;

describe("simulationHtml", () => {
  it("lists the codebook's headline indicators (data/paper-m0/codebook.json), in order", () => {
    expect(shownIndicators([paper()])).toEqual(["share.authority", "share.incentive", "share.learning", "promotionShare", "promotion.authority", "promotion.incentive", "promotion.symbolic_hortatory", "promotion.learning", "evenness", "effectiveTools", "hhi", "distanceToReference", "costOfChange"]);
    const html = simulationHtml([paper()]);
    const names = [...html.matchAll(/<tr><td>([^<]+)<\/td>/g)].map((m) => m[1]);
    expect(names).toEqual(shownIndicators([paper()]));
  });

  it("lists every top-level tool's share and the mix measures for a codebook without a headline, then the shares moved", () => {
    // A codebook without headline_indicators: its top-level tools' shares and the mix measures, then the shares demand-pull moves.
    expect(shownIndicators([sde()])).toEqual(["share.supply", "share.environment", "share.demand", "evenness", "effectiveTools", "hhi", "costOfChange", "aitchisonShift", "share.supply.infrastructure", "share.demand.procurement", "share.demand.outsourcing"]);
    expect(shownIndicators([])).toEqual([]);
  });

  it("formats shares in percent and other measures with three decimals, the change signed", () => {
    const r = paper();
    const html = simulationHtml([r]);
    const d = r.scenario["share.authority"].median - r.baseline["share.authority"].median;
    expect(rowOf(html, "share.authority")).toEqual([pct(r.baseline["share.authority"]), pct(r.scenario["share.authority"]), `${d >= 0 ? "+" : ""}${(100 * d).toFixed(2)} pp`]);
    const e = r.scenario.evenness.median - r.baseline.evenness.median;
    expect(rowOf(html, "evenness")).toEqual([plain(r.baseline.evenness), plain(r.scenario.evenness), `${e >= 0 ? "+" : ""}${e.toFixed(3)}`]);
    const p = r.scenario["promotion.incentive"].median - r.baseline["promotion.incentive"].median;
    expect(rowOf(html, "promotion.incentive")?.[2]).toBe(`${p >= 0 ? "+" : ""}${(100 * p).toFixed(2)} pp`);
    // Learning gains in the headline scenario: a positive change carries its plus sign.
    expect(rowOf(html, "share.learning")?.[2]).toMatch(/^\+\d+\.\d\d pp$/);
    expect(rowOf(html, "share.authority")?.[2]).toMatch(/^-\d+\.\d\d pp$/);
  });

  it("names the model, draws, seed and file hash, and marks synthetic data", () => {
    const r = paper();
    const html = simulationHtml([r]);
    expect(html).toContain(`${r.draws} draws · seed 2 · Dirichlet posterior (prior 0.5, design effect 1) · sha256 ${r.hash.slice(0, 12)}</small>`);
    expect(html).not.toContain("SYNTHETIC");
    expect(simulationHtml([sde()])).toContain("400 draws · seed 2 · Bayesian bootstrap over 6 documents");
    const synthetic = { ...r, dataset: { ...r.dataset, synthetic: true }, title: "a <b> & c" } as ScenarioResult;
    const marked = simulationHtml([synthetic]);
    expect(marked).toContain('SYNTHETIC data</b>');
    expect(marked).toContain("a &lt;b&gt; &amp; c");
  });

  it("says a value is not defined, and leaves its change out", () => {
    const r = paper();
    const undefinedShare: Summary = { ...r.scenario.evenness, notDefined: "no tool has points" };
    const broken = { ...r, scenario: { ...r.scenario, evenness: undefinedShare } } as ScenarioResult;
    const row = rowOf(simulationHtml([broken], ["evenness", "absent"]), "evenness");
    expect(row?.[1]).toContain("no tool has points");
    expect(row?.[2]).toBe("–");
    expect(simulationHtml([broken], ["evenness", "absent"])).not.toContain("<td>absent</td>");
  });
});

describe("simulationHtml with several scenarios", () => {
  it("lists in each table the shares its own scenario moves, not another's", () => {
    const base = simulateFiles([join(root, "scenarios", "baseline.json")], { draws: 200, seed: 2 })[0];
    const theme = simulateFiles([join(root, "scenarios", "supply-admission-control.json")], { draws: 200, seed: 2 })[0];
    const [first, second] = simulationHtml([base, theme]).split('<table class="toolmix">').slice(1);
    expect(first).not.toContain("share.land_supply.admission");
    expect(second).toContain("<tr><td>share.land_supply.admission</td>");
    expect(first).not.toMatch(/<td>-?0\.00 pp<\/td>/);
  });
});

describe("indicatorGlossaryHtml", () => {
  it("gives every indicator shown its one-line meaning, tools and themes told apart", () => {
    const html = indicatorGlossaryHtml(["hhi", "share.authority", "share.authority.constraint", "promotion.incentive", "share.land_supply.admission", "hhi"], ["authority", "incentive"]);
    const entries = [...html.matchAll(/<dt><code>([^<]+)<\/code><\/dt><dd>([^<]+)<\/dd>/g)].map((m) => [m[1], m[2]]);
    expect(entries).toEqual([
      ["hhi", INDICATOR_DOCS.hhi],
      ["share.authority", INDICATOR_DOCS["share.<tool>"]],
      ["share.authority.constraint", INDICATOR_DOCS["share.<tool>.<direction>"]],
      ["promotion.incentive", INDICATOR_DOCS["promotion.<tool>"]],
      ["share.land_supply.admission", INDICATOR_DOCS["share.<theme>"]],
    ]);
  });
});

describe("formatSimulation (the terminal summary)", () => {
  const names = (text: string) => text.split("\n").slice(3).map((l) => l.trim().split(/\s{2,}/)[0]);

  it("lists the paper's headline indicators, then only the other shares a scenario moved (no tool × direction cells)", () => {
    expect(names(formatSimulation([paper()]))).toEqual(["share.authority", "share.incentive", "share.learning", "promotionShare", "promotion.authority", "promotion.incentive", "promotion.symbolic_hortatory", "promotion.learning", "evenness", "effectiveTools", "hhi", "distanceToReference", "costOfChange"]);
    // demand-pull moves infrastructure to procurement and outsourcing: environment is untouched.
    expect(names(formatSimulation([sde()]))).toEqual(["share.supply", "share.environment", "share.demand", "evenness", "effectiveTools", "hhi", "costOfChange", "aitchisonShift", "share.supply.infrastructure", "share.demand.procurement", "share.demand.outsourcing"]);
  });

  it("gives each row baseline → scenario, shares in percent with ' %', aligned under the header", () => {
    const r = paper();
    const lines = formatSimulation([r]).split("\n");
    expect(lines[0]).toBe(`${r.id} — ${r.title}`);
    expect(lines[1]).toBe(`  400 draws, seed 2, Dirichlet posterior, prior 0.5, design effect 1; dataset paper-m0; sha256 ${r.hash.slice(0, 12)}`);
    const row = (name: string) => lines.find((l) => l.trim().startsWith(`${name} `))!.trim().split(/\s{2,}/);
    expect(row("share.authority")).toEqual(["share.authority", `${pct(r.baseline["share.authority"])} %`, "→", `${pct(r.scenario["share.authority"])} %`]);
    expect(row("hhi")).toEqual(["hhi", plain(r.baseline.hhi), "→", plain(r.scenario.hhi)]);
    const column = lines[2].indexOf("scenario median");
    expect(column).toBeGreaterThan(0);
    for (const line of lines.slice(3)) expect(line.indexOf("→") + 3, line).toBe(column);
    expect(lines[2].indexOf("baseline median")).toBe(lines[3].indexOf(pct(r.baseline["share.authority"])));
  });

  it("names the bootstrap, the capped draws and synthetic data", () => {
    const r = sde();
    const head = formatSimulation([r]).split("\n")[1];
    expect(head).toContain("Bayesian bootstrap over 6 documents; dataset sde-example");
    expect(r.clippedDraws).toBeGreaterThan(0);
    expect(head).toMatch(new RegExp(`; ${r.clippedDraws} of 400 draws capped`));
    expect(formatSimulation([{ ...r, clippedDraws: 0 }]).split("\n")[1]).not.toContain("capped");
    expect(formatSimulation([{ ...r, dataset: { ...r.dataset, synthetic: true } }]).split("\n")[1]).toContain("dataset sde-example (SYNTHETIC)");
  });
});
