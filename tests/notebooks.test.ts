import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { runNotebooks } from "../lib/cli/run";
import { figuresInChromium } from "./support/chromium";

interface Output {
  output_type: string;
  text?: string | string[];
  data?: Record<string, unknown>;
}
interface Notebook {
  cells: Array<{ cell_type: string; outputs?: Output[] }>;
}

const notebooksDir = join(__dirname, "..", "notebooks");
const names = readdirSync(notebooksDir).filter((f) => f.endsWith(".ipynb")).sort();

/** Runs notebooks under the real tslab kernel (through Debian's nbclient) into a fresh folder. */
async function execute(paths: string[], cwd?: string) {
  const out = mkdtempSync(join(tmpdir(), "toolmix-nb-"));
  const log: string[] = [];
  const sink = new PassThrough().on("data", (c) => log.push(String(c)));
  const code = await runNotebooks({ out, notebooks: paths, cwd }, sink, sink);
  return { code, out, log: log.join("") };
}

const SCREENSHOTS = join(__dirname, "..", "output", "screenshots", "notebooks");

/**
 * Every figure of an executed notebook's HTML, as Chromium draws it: one drawn image per chart
 * output of the notebook, none blank, and no console error. A screenshot of the page is kept in
 * output/screenshots/notebooks/ (a CI artifact).
 */
function expectFiguresDrawn(html: string, charts: number, screenshot: string) {
  const page = figuresInChromium(html, screenshot);
  expect(page.console, html).toEqual([]);
  expect(page.figures.length, html).toBe(charts);
  for (const f of page.figures) {
    expect(f.kind, `${html}: ${f.name}`).toBe("img");
    // A drawn chart inks at least 1 % of its pixels (the lightest here, a dot plot, about 3 %).
    expect(f.ink, `${html}: ${f.name}`).toBeGreaterThan(0.01);
    expect(f.shown, `${html}: ${f.name}`).toBeGreaterThan(200);
  }
}

const outputsOf = (nb: Notebook) => nb.cells.flatMap((c) => c.outputs ?? []);
const textOf = (o: Output) => (Array.isArray(o.text) ? o.text.join("") : (o.text ?? ""));

describe("every notebook is valid nbformat 4.5", () => {
  it("gives every cell an id (nbformat warns, and will refuse, without one)", () => {
    for (const name of names) {
      const nb = JSON.parse(readFileSync(join(notebooksDir, name), "utf8")) as { nbformat_minor: number; cells: Array<{ id?: unknown }> };
      expect(nb.nbformat_minor, name).toBeGreaterThanOrEqual(5);
      const ids = nb.cells.map((c) => c.id);
      expect(ids.every((id) => typeof id === "string" && /^[a-zA-Z0-9-_]{1,64}$/.test(id)), name).toBe(true);
      expect(new Set(ids).size, name).toBe(ids.length);
    }
  });

  it("writes nothing over the main job's output/figures (notebook 02 deleted npm start's PDFs by rewriting it)", () => {
    for (const name of names) {
      const source = (JSON.parse(readFileSync(join(notebooksDir, name), "utf8")) as { cells: Array<{ source: string[] | string }> }).cells.map((c) => (Array.isArray(c.source) ? c.source.join("") : c.source)).join("\n");
      expect(source, name).not.toMatch(/kitPath\("output", "figures"\)/);
    }
  });

  it("builds no table or HTML by hand and prints no DataFrame as text: tables go through tm.show / tm.showTable", () => {
    for (const name of names) {
      const nb = JSON.parse(readFileSync(join(notebooksDir, name), "utf8")) as { cells: Array<{ cell_type: string; source: string[] | string }> };
      for (const cell of nb.cells.filter((c) => c.cell_type === "code")) {
        const source = Array.isArray(cell.source) ? cell.source.join("") : cell.source;
        expect(source, name).not.toMatch(/<(table|tr|td|th|h\d|p|b)[\s>]/);
        expect(source, name).not.toMatch(/\.toString\(\)|\.print\(\)/);
      }
    }
  });
});

describe("every notebook executes under the tslab kernel", () => {
  it("runs all notebooks without a cell error", { timeout: 600_000 }, async () => {
    expect(names.length).toBeGreaterThan(0);
    const run = await execute(names.map((n) => join(notebooksDir, n)));
    expect(run.log).not.toMatch(/FAILED/);
    expect(run.code).toBe(0);
    for (const name of names) {
      const nb = JSON.parse(readFileSync(join(run.out, name), "utf8")) as Notebook;
      expect(outputsOf(nb).filter((o) => o.output_type === "error")).toEqual([]);
      expect(readFileSync(join(run.out, name.replace(/\.ipynb$/, ".html")), "utf8")).toContain("<html");
      const charts = outputsOf(nb).filter((o) => o.data?.["image/png"]).length;
      expectFiguresDrawn(join(run.out, name.replace(/\.ipynb$/, ".html")), charts, join(SCREENSHOTS, name.replace(/\.ipynb$/, ".png")));
    }
    // A user's own export of a notebook they ran: `jupyter nbconvert --to html` shows the figures too.
    const own = spawnSync("/usr/bin/python3", ["-m", "nbconvert", "--to", "html", "--output-dir", join(run.out, "own"), join(run.out, "02-figures.ipynb")], { encoding: "utf8" });
    expect(own.status, own.stderr).toBe(0);
    expectFiguresDrawn(join(run.out, "own", "02-figures.html"), 10, join(SCREENSHOTS, "02-figures-nbconvert.png"));
    const first = JSON.parse(readFileSync(join(run.out, "01-coded-data.ipynb"), "utf8")) as Notebook;
    const outputs = outputsOf(first);
    expect(outputs.map(textOf).join("")).toContain("authority tools: 1449 of 2040 points = 71.03 %");
    const chart = outputs.find((o) => o.data?.["image/png"]);
    expect(Object.keys(chart?.data ?? {}).sort()).toEqual(["application/vnd.vegalite.v5+json", "image/png", "image/svg+xml", "text/html", "text/plain"]);
    expect(outputs.some((o) => String(o.data?.["text/html"] ?? "").includes("租售管理"))).toBe(true);
    const simulate = outputsOf(JSON.parse(readFileSync(join(run.out, "03-simulate.ipynb"), "utf8")) as Notebook);
    const text = simulate.map(textOf).join("");
    expect(text).toContain("authority share: baseline 70.91 % → scenario 62.92 %");
    expect(text).toContain("authority share moved in any draw: false");
    expect(text).toContain("design effect 2.45: authority share 70.73 %, 95 % interval ± 3.08 pp");
    expect(simulate.filter((o) => o.data?.["image/png"]).length).toBeGreaterThanOrEqual(1);
    const figures = outputsOf(JSON.parse(readFileSync(join(run.out, "02-figures.ipynb"), "utf8")) as Notebook);
    expect(figures.filter((o) => o.data?.["image/png"]).length).toBe(10);
    expect(figures.map(textOf).join("")).toContain("document-level data: synthetic-m0 (SYNTHETIC)");
    const yours = outputsOf(JSON.parse(readFileSync(join(run.out, "05-your-data.ipynb"), "utf8")) as Notebook).map(textOf).join("");
    expect(yours).toContain("unmapped codes (listed, not dropped): [ 'Memo/Interesting wording' ]");
    expect(yours).toContain("4 sources, 22 codes, 33 codings; offsets in codepoint");
    // 07: another scheme end to end; the matrix, the scores and every figure of the study come out.
    const scheme = outputsOf(JSON.parse(readFileSync(join(run.out, "07-your-scheme.ipynb"), "utf8")) as Notebook);
    expect(scheme.map(textOf).join("")).toContain("6 sources, 21 codes, 57 codings");
    const html = scheme.map((o) => String(o.data?.["text/html"] ?? "")).join("");
    expect(html).toContain("X–Y matrix: tools (level 1) × level");
    expect(html).toContain("balanced-mix");
    expect(scheme.filter((o) => o.data?.["image/png"]).length).toBe(7);
    const score = outputsOf(JSON.parse(readFileSync(join(run.out, "04-score.ipynb"), "utf8")) as Notebook);
    const scoreText = score.map(textOf).join("");
    expect(scoreText).toMatch(/default weights:\n\s+1\. incentive-and-learning/);
    expect(scoreText).toMatch(/8\. over-correction/);
    expect(scoreText).toContain("baseline: authority-share score 41 → 100");
    expect(score.filter((o) => o.data?.["image/png"]).length).toBe(2);
    // 08: code, correct, train, compare, export: the honest table with the human ceiling, the
    // training summary, the held-out comparison and the review list.
    // 09: the scenario space answered in plain words, with its three charts.
    const explore = outputsOf(JSON.parse(readFileSync(join(run.out, "09-explore.ipynb"), "utf8")) as Notebook);
    const said = explore.map(textOf).join("");
    for (const text of ["256 experiments (Saltelli's design on 64 base points)", "Which lever matters: op1.pp", "settings pass 3.1-authority-down with probability ≥ 0.9", "PRIM's box op1.pp"]) expect(said).toContain(text);
    expect(explore.filter((o) => o.data?.["application/vnd.vegalite.v5+json"])).toHaveLength(3);
    const coding = outputsOf(JSON.parse(readFileSync(join(run.out, "08-coding.ipynb"), "utf8")) as Notebook);
    const codingText = coding.map(textOf).join("");
    expect(codingText).toContain("135 clauses of 11 documents reviewed");
    expect(codingText).toMatch(/Trained the supervised coder on the 135 clauses of 11 documents of reviewed\.qdpx \(\d+ coded otherwise/);
    expect(codingText).toContain("87 clauses of 6 documents nobody reviewed");
    const codingHtml = coding.map((o) => String(o.data?.["text/html"] ?? "")).join("");
    expect(codingHtml).toContain("human κ");
    expect(codingHtml).toContain("least sure of");
  });

  it("runs the same when Jupyter's working folder is the repository root", { timeout: 600_000 }, async () => {
    const run = await execute([join(notebooksDir, "01-coded-data.ipynb")], join(notebooksDir, ".."));
    expect(run.log).toMatch(/ok\s+01-coded-data\.ipynb/);
    expect(run.code).toBe(0);
  });

  it("finds a blank figure: an SVG stripped of its shapes, a white image (the figure check can fail)", { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), "toolmix-blank-"));
    // What nbconvert 6.5's cleaner leaves of an SVG output: the tag and its text, no shapes.
    const white = "iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAYAAACp8Z5+AAAAEElEQVR4nGP8DwQMSIAMAQB+jA/1UrA0wAAAAABJRU5ErkJggg==";
    writeFileSync(join(dir, "blank.html"), `<html><body><svg width="300" height="100">0 100 200 Policy tools</svg><img alt="white" width="300" src="data:image/png;base64,${white}"></body></html>`);
    const page = figuresInChromium(join(dir, "blank.html"));
    expect(page.figures.map((f) => [f.kind, f.marks, f.ink])).toEqual([["img", 0, 0], ["svg", 0, 0]]);
  });

  it("fails when a cell throws (the check above can fail)", { timeout: 120_000 }, async () => {
    const broken = join(mkdtempSync(join(tmpdir(), "toolmix-broken-")), "broken.ipynb");
    const source = JSON.parse(readFileSync(join(notebooksDir, names[0]), "utf8"));
    source.cells = [{ cell_type: "code", id: "boom", metadata: {}, execution_count: null, outputs: [], source: ['throw new Error("boom");'] }];
    writeFileSync(broken, JSON.stringify(source));
    const run = await execute([broken]);
    expect(run.code).toBe(1);
    expect(run.log).toMatch(/FAILED broken\.ipynb/);
  });
});
