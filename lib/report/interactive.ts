/**
 * The report's figures, live: tooltips on every mark and zoom where a scale is worth zooming, on a page
 * that works offline and still shows every figure when scripts are off.
 *
 * The pipeline, in order:
 *  1. each figure is written into the page as its static SVG (what `toolmix figures` drew), inside a
 *     `<div class="figure-view" data-figure="ID">` — the fallback, and all a reader without scripts sees;
 *  2. `interactiveSpec` readies the figure's vega-lite spec (its `.vl.json`) for a reader: zoom and pan
 *     on the figures listed in ZOOMABLE (double-click resets), its tooltips as the figure defines them;
 *  3. `interactiveScripts` inlines vega, vega-lite and vega-embed (read from their packages, so nothing
 *     is fetched) and a short loader that embeds each spec and replaces the static SVG only once the
 *     live view has rendered; a figure whose embed fails keeps its SVG and the failure goes to the console.
 *
 * Reference: vega-embed (https://github.com/vega/vega-embed), vega-tooltip; Satyanarayan et al. 2017,
 * Vega-Lite: A Grammar of Interactive Graphics (interval selections bound to scales).
 *
 * @example
 * const html = `<div class="figure-view" data-figure="fig4-plot-ratio">${svg}</div>` + interactiveScripts([{ id: "fig4-plot-ratio", spec }]);
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { TopLevelSpec } from "vega-lite";

/** Figures whose reader gains from zooming: Fig. 4's city ranges crowd between plot ratio 1.5 and 5.0. */
const ZOOMABLE: ReadonlySet<string> = new Set(["fig4-plot-ratio"]);

/** A figure's id and its vega-lite spec. */
export interface LiveFigure {
  id: string;
  spec: TopLevelSpec;
}

/**
 * The spec a reader explores: a copy of `spec`, with zoom and pan on x bound to the scales for the
 * figures in ZOOMABLE (placed on the first layer, which every layer's x scale is shared with).
 *
 * @example
 * interactiveSpec("fig4-plot-ratio", spec).layer[0].params; // [{ name: "zoom", select: …, bind: "scales" }]
 */
export function interactiveSpec(id: string, spec: TopLevelSpec): TopLevelSpec {
  const copy = JSON.parse(JSON.stringify(spec)) as TopLevelSpec & { layer?: Array<Record<string, unknown>> };
  if (!ZOOMABLE.has(id) || !Array.isArray(copy.layer) || copy.layer.length === 0) return copy;
  const first = copy.layer[0];
  first.params = [...((first.params as unknown[]) ?? []), { name: "zoom", select: { type: "interval", encodings: ["x"] }, bind: "scales" }];
  return copy;
}

/** The minified browser bundle of a package, found next to the file it resolves to. */
function bundle(pkg: string, file: string): string {
  return readFileSync(join(dirname(require.resolve(pkg)), file), "utf8");
}

/** Inline script text cannot hold a closing script tag. */
const inlineSafe = (js: string) => js.replace(/<\/(script)/gi, "<\\/$1");

/** The loader: embed each figure; replace its static SVG only after the live view has rendered. */
const LOADER = `
(function () {
  var specs = JSON.parse(document.getElementById("toolmix-figure-specs").textContent);
  document.querySelectorAll(".figure-view[data-figure]").forEach(function (view) {
    var spec = specs[view.getAttribute("data-figure")];
    if (!spec) return;
    var live = document.createElement("div");
    // Saved files are named after the figure (table2-tools.svg), not "visualization".
    vegaEmbed(live, spec, { renderer: "svg", downloadFileName: view.getAttribute("data-figure"), actions: { export: true, source: false, compiled: false, editor: false }, tooltip: { theme: "light" } })
      .then(function () { view.replaceChildren(live); view.classList.add("live"); })
      .catch(function (error) { console.error("figure " + view.getAttribute("data-figure") + " stays static: " + error); });
  });
})();`;

/**
 * The scripts that make the page's figures live: vega 5, vega-lite 5 and vega-embed 6 inlined (about
 * 0.8 MB; BSD-3-Clause, their notices kept in the bundles), the specs as JSON, and the loader.
 */
export function interactiveScripts(figures: readonly LiveFigure[]): string {
  const specs = Object.fromEntries(figures.map((f) => [f.id, interactiveSpec(f.id, f.spec)]));
  // JSON in a script element: only "<" needs escaping for the HTML parser.
  const json = JSON.stringify(specs).replace(/</g, "\\u003c");
  return [
    `<script id="toolmix-figure-specs" type="application/json">${json}</script>`,
    `<script>${inlineSafe(bundle("vega", "vega.min.js"))}</script>`,
    `<script>${inlineSafe(bundle("vega-lite", "vega-lite.min.js"))}</script>`,
    `<script>${inlineSafe(bundle("vega-embed", "vega-embed.min.js"))}</script>`,
    `<script>${LOADER}</script>`,
  ].join("\n");
}
