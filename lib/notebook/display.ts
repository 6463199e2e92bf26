import type { TopLevelSpec } from "vega-lite";
import { renderPng, renderSvg } from "../charts/render";
import { escapeHtml } from "../util/html";
import { tableHtml, type FrameLike, type TableOptions } from "./table";

/** A Jupyter MIME bundle: MIME type → content (base64 for binary), plus per-type metadata. */
export interface MimeBundle {
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}

/**
 * Builds the MIME bundle of a chart so that every consumer finds a picture it draws:
 *  - `text/html`: the 300 dpi PNG as a data-URI `<img>` at CSS size. HTML comes first in the
 *    Classic Notebook's and nbconvert's order, and it is what survives their sanitizers: nbconvert
 *    6.5+ passes SVG output through lxml's cleaner, which drops the SVG elements and leaves only
 *    their text (blank figures in the exported HTML); an untrusted Classic Notebook drops SVG
 *    output; both keep an `<img>` with a PNG data URI.
 *  - `image/svg+xml` and `image/png`: for LaTeX/PDF export, VS Code and other front ends.
 *  - the vega-lite v5 spec: JupyterLab renders it interactively.
 *
 * Reference: nbconvert 6.5 templates/lab/base.html.j2 (`clean_html` on SVG and HTML output);
 * lxml.html.clean (data URIs kept for raster images only); Classic Notebook outputarea.js
 * (`safe_outputs`, untrusted HTML sanitized). Checked in Chromium in tests/notebook-html.test.ts.
 *
 * @example
 * const bundle = await chartBundle(toolMixSpec(tables));
 * Object.keys(bundle.data); // ["application/vnd.vegalite.v5+json", "text/html", "image/svg+xml", "image/png", "text/plain"]
 */
export async function chartBundle(spec: TopLevelSpec): Promise<MimeBundle> {
  const svg = await renderSvg(spec);
  const png = Buffer.from(renderPng(svg)).toString("base64");
  const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  const title = typeof spec.title === "object" && spec.title !== null && "text" in spec.title ? String(spec.title.text) : "chart";
  return {
    data: {
      "application/vnd.vegalite.v5+json": spec,
      "text/html": figureImg(png, width, title),
      "image/svg+xml": svg,
      "image/png": png,
      "text/plain": `<vega-lite chart: ${title}>`,
    },
    metadata: width > 0 ? { "image/png": { width } } : {},
  };
}

/** The PNG as an `<img>` at its CSS width (never wider than the page), with the title as alt text. */
function figureImg(pngBase64: string, width: number, title: string): string {
  const size = width > 0 ? ` width="${width}"` : "";
  return `<img class="toolmix-figure" src="data:image/png;base64,${pngBase64}"${size} style="max-width:100%;height:auto" alt="${escapeHtml(title)}">`;
}

/**
 * Shows a chart in the running tslab notebook as one output with all three representations.
 * Outside a kernel (a script, a test) it displays nothing. Returns nothing, so tslab does not
 * echo the bundle as text. Await it: tslab does not fail a cell on an unawaited rejected promise.
 */
export async function showChart(spec: TopLevelSpec): Promise<void> {
  sendDisplayData(await chartBundle(spec));
}

/** Shows HTML in the running notebook (no-op outside a kernel). */
export function showHtml(html: string): void {
  sendDisplayData({ data: { "text/html": html, "text/plain": "<html table>" }, metadata: {} });
}

/**
 * Shows records (an array of objects) as an HTML table, labelled and rounded (./table.ts).
 *
 * @example
 * tm.showTable(report.ranking, { columns: ["place", "scenario", { key: "overall", digits: 1 }] });
 */
export function showTable(rows: readonly object[], options: TableOptions = {}): void {
  showHtml(tableHtml(rows, options));
}

/**
 * Shows a DataFrame (or records, or a ready HTML string) as an HTML table: the one way a notebook
 * shows a table.
 *
 * @example
 * tm.show(frames.tools);
 * tm.show(df.head(8), { columns: [{ key: "share", percent: true }] });
 */
export function show(value: FrameLike | readonly object[] | string, options: TableOptions = {}): void {
  showHtml(typeof value === "string" ? value : tableHtml(value, options));
}

// tslab's public `display` sends one MIME type per output; its kernel module accepts a whole
// bundle. Use it only when the kernel has loaded it, so scripts never start a ZeroMQ socket.
function sendDisplayData(bundle: MimeBundle): boolean {
  const key = Object.keys(require.cache).find((k) => /[\\/]tslab[\\/]dist[\\/]jupyter\.js$/.test(k));
  const writer = key ? (require.cache[key]?.exports as { lastWriteDisplayData?: (d: unknown, update: boolean) => void }).lastWriteDisplayData : undefined;
  if (typeof writer !== "function") return false;
  writer({ data: bundle.data, metadata: bundle.metadata, transient: {} }, false);
  return true;
}
