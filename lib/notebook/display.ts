import type { TopLevelSpec } from "vega-lite";
import { renderPng, renderSvg } from "../charts/render";

/** A Jupyter MIME bundle: MIME type → content (base64 for binary), plus per-type metadata. */
export interface MimeBundle {
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}

/**
 * Builds the MIME bundle of a chart: SVG (crisp in trusted notebooks), PNG at 300 dpi shown at
 * CSS size (the Classic Notebook shows only PNG for untrusted notebooks, i.e. any notebook
 * executed elsewhere), and the vega-lite v5 spec (JupyterLab renders it interactively).
 *
 * @example
 * const bundle = await chartBundle(toolMixSpec(tables));
 * Object.keys(bundle.data); // ["application/vnd.vegalite.v5+json", "image/svg+xml", "image/png", "text/plain"]
 */
export async function chartBundle(spec: TopLevelSpec): Promise<MimeBundle> {
  const svg = await renderSvg(spec);
  const png = renderPng(svg);
  const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  const title = typeof spec.title === "object" && spec.title !== null && "text" in spec.title ? String(spec.title.text) : "chart";
  return {
    data: {
      "application/vnd.vegalite.v5+json": spec,
      "image/svg+xml": svg,
      "image/png": Buffer.from(png).toString("base64"),
      "text/plain": `<vega-lite chart: ${title}>`,
    },
    metadata: width > 0 ? { "image/png": { width } } : {},
  };
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

// tslab's public `display` sends one MIME type per output; its kernel module accepts a whole
// bundle. Use it only when the kernel has loaded it, so scripts never start a ZeroMQ socket.
function sendDisplayData(bundle: MimeBundle): boolean {
  const key = Object.keys(require.cache).find((k) => /[\\/]tslab[\\/]dist[\\/]jupyter\.js$/.test(k));
  const writer = key ? (require.cache[key]?.exports as { lastWriteDisplayData?: (d: unknown, update: boolean) => void }).lastWriteDisplayData : undefined;
  if (typeof writer !== "function") return false;
  writer({ data: bundle.data, metadata: bundle.metadata, transient: {} }, false);
  return true;
}
