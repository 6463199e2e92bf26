/**
 * Pages opened in Debian's headless Chromium, as a reader opens them: the DOM the page built, its
 * console messages, what every figure actually draws, and a screenshot.
 *
 * "Draws" is measured, not assumed from markup: an `<img>` is painted onto a canvas and its inked
 * pixels counted (a blank or broken image has none); an inline `<svg>` counts its shapes with a
 * non-empty bounding box (nbconvert's sanitizer leaves an `<svg>` tag with text and no shapes).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars"];

function chromium(args: string[]) {
  const run = spawnSync("/usr/bin/chromium", [...FLAGS, `--user-data-dir=${mkdtempSync(join(tmpdir(), "toolmix-chromium-"))}`, ...args], { encoding: "utf8", timeout: 90_000, maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`chromium exited ${run.status}: ${String(run.stderr).slice(-500)}`);
  return run;
}

/**
 * Opens a page; returns the DOM it built and the console messages it logged. `scripts: false` opens a copy
 * whose content security policy runs no script, as a reader with scripts off sees it (Chromium's own switch,
 * scriptEnabled=false, also stops --dump-dom).
 */
export function openInChromium(file: string, options: { scripts?: boolean } = {}): { dom: string; console: string[] } {
  let page = file;
  if (options.scripts === false) {
    page = join(mkdtempSync(join(tmpdir(), "toolmix-noscript-")), "page.html");
    writeFileSync(page, readFileSync(file, "utf8").replace(/<head>/i, `<head><meta http-equiv="Content-Security-Policy" content="script-src 'none'">`));
  }
  const run = chromium(["--enable-logging=stderr", "--v=0", "--virtual-time-budget=10000", "--dump-dom", `file://${page}`]);
  return { dom: run.stdout, console: run.stderr.split("\n").filter((l) => l.includes(":CONSOLE")) };
}

/** What one figure of a page draws. */
export interface DrawnFigure {
  kind: "img" | "svg";
  /** The image's alt text, or the SVG's first text. */
  name: string;
  /** Width on the page in CSS pixels. */
  shown: number;
  /** img: share of inked (non-white, non-transparent) pixels; svg: shapes with a non-empty box. */
  ink: number;
  marks: number;
}

/** A probe body (see probeInChromium): what every image and top-level SVG of the page draws. */
const DRAWN_FIGURES = `
  const out = [];
  for (const img of document.images) {
    const c = document.createElement("canvas");
    c.width = img.naturalWidth; c.height = img.naturalHeight;
    let ink = 0;
    if (c.width > 0 && c.height > 0) {
      const g = c.getContext("2d"); g.drawImage(img, 0, 0);
      const d = g.getImageData(0, 0, c.width, c.height).data;
      for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && (d[i] < 230 || d[i + 1] < 230 || d[i + 2] < 230)) ink++;
    }
    out.push({ kind: "img", name: img.alt, shown: img.getBoundingClientRect().width, ink: c.width * c.height > 0 ? ink / (c.width * c.height) : 0, marks: ink > 0 ? 1 : 0 });
  }
  for (const svg of document.querySelectorAll("body svg")) {
    // Icons are not figures: vega-embed's menu button draws one inside its <summary>.
    if ((svg.parentElement && svg.parentElement.closest("svg")) || svg.closest("summary")) continue;
    let marks = 0;
    for (const el of svg.querySelectorAll("path, rect, line, circle, polygon, polyline")) { const b = el.getBBox(); if (b.width > 0 || b.height > 0) marks++; }
    out.push({ kind: "svg", name: (svg.querySelector("text") || {}).textContent || "", shown: svg.getBoundingClientRect().width, ink: 0, marks });
  }
  return out;`;

/**
 * Runs `script` (the body of a function, after the page's load event and `delayMs`) in a copy of the page and
 * returns what it returns, as JSON; the file is not changed.
 */
export function probeInChromium<T>(file: string, script: string, delayMs = 300): { result: T; console: string[] } {
  const probe = `<script>window.addEventListener("load", () => setTimeout(async () => { const out = await (async () => { ${script} })(); const pre = document.createElement("pre"); pre.id = "toolmix-probe"; pre.textContent = JSON.stringify(out); document.body.appendChild(pre); }, ${delayMs}));</script>`;
  const copy = join(mkdtempSync(join(tmpdir(), "toolmix-probe-")), "page.html");
  const html = readFileSync(file, "utf8");
  writeFileSync(copy, html.includes("</body>") ? html.replace(/<\/body>(?![\s\S]*<\/body>)/, `${probe}</body>`) : html + probe);
  const page = openInChromium(copy);
  const json = /<pre id="toolmix-probe">([\s\S]*?)<\/pre>/.exec(page.dom)?.[1];
  if (json === undefined) throw new Error(`${file}: the probe did not run (no load event within the time budget)`);
  return { result: JSON.parse(json.replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&")) as T, console: page.console };
}

/**
 * Every figure of a page as Chromium draws it, the page's console messages, and (when `screenshot`
 * is given) a full-page PNG there. The page is probed from a copy, so the file is not changed.
 */
export function figuresInChromium(file: string, screenshot?: string): { figures: DrawnFigure[]; console: string[] } {
  const { result, console: logged } = probeInChromium<DrawnFigure[]>(file, DRAWN_FIGURES);
  if (screenshot) {
    mkdirSync(dirname(screenshot), { recursive: true });
    chromium(["--window-size=1280,4000", "--virtual-time-budget=10000", `--screenshot=${screenshot}`, `file://${file}`]);
  }
  return { figures: result, console: logged };
}
