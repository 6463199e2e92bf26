import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { FigureContext } from "../figures/registry";
import type { FigureManifest } from "../figures/write";
import { rankingHtml, scorecardsHtml, smaaHtml } from "../score/html";
import { indicatorGlossaryHtml, shownIndicators, simulationHtml } from "../simulate/html";
import { findingsHtml, themeTablesHtml, toolTableHtml } from "../tables/html";
import { kitPath } from "../util/paths";
import { writeOutputFolder } from "../io/output";
import { kitVersion } from "../util/version";
import { escapeHtml } from "../util/html";
import { interactiveScripts, type LiveFigure } from "./interactive";
import type { SpreadsheetLink } from "./spreadsheets";

/** Where a report's numbers come from: versions, seed, draws, the code's git commit. */
export interface ReportProvenance {
  kitVersion: string;
  dataVersion: string;
  seed: number;
  draws: number;
  commit: string;
}

/**
 * The main job's report: one page a reader can open in a browser, with the reproduced tables,
 * every figure (inline SVG from the figures folder), the scenario results and scorecards, the
 * SMAA rank acceptabilities, the recommendations the counts cannot measure, and provenance
 * (kit and data versions, seed, draws, git commit); links to the same results as spreadsheets when
 * `spreadsheets` lists them. Self-contained and offline: the figures are live (tooltips, zoom; vega
 * inlined, ./interactive.ts) and stay static SVG when scripts are off. `interactive: false` writes a
 * page without scripts.
 * Written the safe way of lib/io/output.ts into the folder of `run` (a folder the kit wrote, or with
 * `force`; never data/, scenarios/ or notebooks/).
 *
 * @example
 * writeReport("output/report.html", context, manifest, "output/figures");
 */
export function writeReport(file: string, ctx: FigureContext, manifest: FigureManifest, figuresDir: string, options: { force?: boolean; interactive?: boolean; spreadsheets?: readonly SpreadsheetLink[] } = {}): ReportProvenance {
  const provenance: ReportProvenance = { kitVersion: kitVersion(), dataVersion: String(ctx.paper.meta.version), seed: manifest.seed, draws: manifest.draws, commit: gitCommit() };
  const figures = manifest.figures.map((f) => {
    const svg = f.files.find((x) => x.file.endsWith(".svg"));
    const png = f.files.find((x) => x.file.endsWith(".png"));
    const body = svg ? readFileSync(join(figuresDir, svg.file), "utf8") : png ? `<img alt="${escapeHtml(f.title)}" src="data:image/png;base64,${readFileSync(join(figuresDir, png.file)).toString("base64")}" style="max-width:100%">` : "";
    return `<figure id="fig-${f.id}" class="figure"><figcaption><b>${escapeHtml(f.title)}</b> · ${escapeHtml(f.source)}<br><i>${escapeHtml(f.sentence)}</i></figcaption><div class="figure-view" data-figure="${escapeHtml(f.id)}">${body}</div></figure>`;
  });
  const interactive = options.interactive ?? true;
  const live: LiveFigure[] = interactive ? manifest.figures.flatMap((f) => (f.files.some((x) => x.file === `${f.id}.vl.json`) ? [{ id: f.id, spec: JSON.parse(readFileSync(join(figuresDir, `${f.id}.vl.json`), "utf8")) }] : [])) : [];
  const sheets = options.spreadsheets ?? [];
  const sheetsHtml = sheets.length === 0 ? "" : `<p id="spreadsheets">As spreadsheets: ${sheets.map((s) => `${escapeHtml(s.title)} — <a href="${escapeHtml(s.xlsx)}">${escapeHtml(s.xlsx)}</a> (${s.sheets} sheets) or <a href="${escapeHtml(s.csv)}/">CSV</a>`).join("; ")}.</p>`;
  const unmeasured = ctx.score.catalogue.recommendations.filter((r) => !r.measurable).map((r) => `<li>§${r.section} ${escapeHtml(r.paraphrase_en)} — <i>${escapeHtml(r.not_measurable ?? "")}</i></li>`);
  const html = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>toolmix report: policy tools of new industrial land (M0)</title>
<style>body{font-family:"WenQuanYi Micro Hei","Noto Sans CJK SC",sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ccc}figure{margin:1.5em 0}figcaption{margin-bottom:.5em;color:#333}svg{max-width:100%;height:auto}.prov td{padding:2px 10px}nav#contents ol{columns:2;margin:.3em 0 1em}dl.glossary{display:grid;grid-template-columns:minmax(8em,18em) 1fr;gap:4px 1em}dl.glossary dt{margin:0;overflow-wrap:anywhere}dl.glossary dd{margin:0;color:#333}</style></head>
<body>
<h1>Policy tools of new industrial land (M0): tables, figures, scenarios and scores</h1>
<p>Reproduces 周敏, 申明豪, 林凯旋, 赵珈莹. 面向新质生产力的新型产业用地制度创新与规划响应. 规划师, 2025(1): 16–25 — 68 policy documents, 50 cities, 2015–2024 — and scores scenarios against its recommendations.</p>
<table class="prov" id="provenance"><tr><td>toolmix</td><td>${escapeHtml(provenance.kitVersion)}</td></tr><tr><td>data</td><td>${escapeHtml(ctx.paper.meta.id)} ${escapeHtml(provenance.dataVersion)}</td></tr><tr><td>seed</td><td>${provenance.seed}</td></tr><tr><td>simulation draws</td><td>${provenance.draws}</td></tr><tr><td>git commit</td><td>${escapeHtml(provenance.commit)}</td></tr><tr><td>figures' document-level data</td><td>${escapeHtml(manifest.documents.id)}${manifest.documents.synthetic ? " (SYNTHETIC, for illustration only)" : ""}</td></tr></table>
<nav id="contents"><b>Contents</b><ol><li><a href="#ranking">Ranking</a></li><li><a href="#tables">Tables 2–7, recomputed</a></li><li><a href="#figures">Figures</a> (${manifest.figures.length})</li><li><a href="#scenarios">Scenarios</a></li><li><a href="#indicators">What the indicators mean</a></li><li><a href="#scores">Scorecards</a></li><li><a href="#smaa">Rank acceptability (SMAA-2)</a></li><li><a href="#unmeasured">Recommendations the coded counts cannot measure</a></li></ol></nav>
<h2 id="ranking">Ranking</h2>
${rankingHtml(ctx.score)}
<h2 id="tables">Tables 2–7, recomputed</h2>
${sheetsHtml}
${toolTableHtml(ctx.tables)}
${themeTablesHtml(ctx.tables)}
<h3>The paper's own inconsistencies</h3>
${findingsHtml([...ctx.tables.errors, ...ctx.tables.warnings])}
<h2 id="figures">Figures</h2>
${live.length > 0 ? `<p class="hint">Hover a mark for its values${live.some((f) => f.id === "fig4-plot-ratio") ? "; Fig. 4 zooms (drag or scroll along the axis, double-click to reset)" : ""}. Each figure is also drawn as a static image, shown when scripts are off.</p>` : ""}
${figures.join("\n")}
<h2 id="scenarios">Scenarios</h2>
${simulationHtml(ctx.simulation)}
<h2 id="indicators">What the indicators mean</h2>
${indicatorGlossaryHtml(shownIndicators(ctx.simulation), ctx.simulation[0]?.dataset.tools.map((t) => t.id) ?? [])}
<h2 id="scores">Scorecards</h2>
<p>Each criterion serves one recommendation (its section of the paper) and values an indicator on fixed anchors: 0–100, median over the draws with its 95 % interval, marked pass, partial or fail by the catalogue's thresholds. The overall score is their weighted mean; "P(beats baseline)" is the share of draws in which it exceeds the baseline's.</p>
${scorecardsHtml(ctx.score)}
<h2 id="smaa">Rank acceptability (SMAA-2)</h2>
<p>Column "rank r": the probability that the scenario takes rank r when the criteria's weights are drawn uniformly from the simplex and the indicators from the simulation (Lahdelma &amp; Salminen 2001). "Confidence": how often the scenario ranks first with the weights that favour it most (its central weights); "–" when it never ranks first.</p>
${smaaHtml(ctx.score)}
<h2 id="unmeasured">Recommendations the coded counts cannot measure</h2>
<ul>${unmeasured.join("")}</ul>
${live.length > 0 ? interactiveScripts(live) : ""}
</body></html>
`;
  writeOutputFolder(dirname(file), [{ file: basename(file), body: html }], { kind: "run", option: "--out", force: options.force });
  return provenance;
}

/** The kit's git commit, or "unknown (not a git checkout)". */
function gitCommit(): string {
  if (!existsSync(kitPath(".git"))) return "unknown (not a git checkout)";
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], { cwd: kitPath(), encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "unknown (git not available)";
  }
}
