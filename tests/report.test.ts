import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIGURES } from "../lib/figures/registry";
import { buildContext, writeFigures } from "../lib/figures/write";
import { writeReport } from "../lib/report/html";
import { writeRunSpreadsheets } from "../lib/report/spreadsheets";
import { figuresInChromium, openInChromium, probeInChromium } from "./support/chromium";

describe("output/report.html in a headless browser", () => {
  const out = mkdtempSync(join(tmpdir(), "toolmix-report-"));
  const context = buildContext("both", 1, 2000);

  const report = join(out, "report.html");
  let written: Promise<ReturnType<typeof writeReport>> | undefined;
  // One report for every test below, written once: figures, spreadsheets, then the page linking them.
  const write = () =>
    (written ??= writeFigures({ out: join(out, "figures"), context }).then((manifest) => {
      const spreadsheets = writeRunSpreadsheets(out, context);
      return writeReport(report, context, manifest, join(out, "figures"), { spreadsheets });
    }));

  it("loads without console errors and shows every figure, the tables, scorecards, SMAA and provenance", { timeout: 180_000 }, async () => {
    const provenance = await write();
    const page = openInChromium(report);
    expect(page.console).toEqual([]);
    for (const f of FIGURES) expect(page.dom).toContain(`id="fig-${f.id}"`);
    // Every figure went live: vega-embed replaced its static SVG with a view it rendered.
    expect((page.dom.match(/class="figure-view live"/g) ?? []).length).toBe(FIGURES.length);
    // Every figure draws its shapes (counted in the browser, not from the markup); a screenshot is kept.
    const drawn = figuresInChromium(report, join(__dirname, "..", "output", "screenshots", "report.png"));
    expect(drawn.console).toEqual([]);
    expect(drawn.figures.filter((f) => f.kind === "svg")).toHaveLength(FIGURES.length);
    for (const f of drawn.figures) expect(f.marks, f.name).toBeGreaterThan(10);
    for (const text of ["1449", "71.03", "租售管理", "incentive-and-learning", "Rank acceptability", "§4.2"]) expect(page.dom).toContain(text);
    expect(provenance.commit).toMatch(/^([0-9a-f]{40}|unknown)/);
    expect(page.dom).toContain(provenance.commit);
    // Offline: every script is inline, nothing is fetched.
    const html = readFileSync(report, "utf8");
    expect(html).not.toMatch(/<script[^>]*\ssrc=/);
    expect(html).not.toMatch(/<link[^>]*\shref="https?:/);
  });

  it("shows every figure as its static SVG when scripts are off", { timeout: 180_000 }, async () => {
    await write();
    const page = openInChromium(report, { scripts: false });
    const views = [...page.dom.matchAll(/<div class="figure-view" data-figure="([^"]+)">([\s\S]*?)<\/div><\/figure>/g)];
    expect(views.map((v) => v[1])).toEqual(FIGURES.map((f) => f.id));
    for (const [, id, body] of views) expect((body.match(/<path /g) ?? []).length, id).toBeGreaterThan(10);
  });

  it("gives values on hover and zooms Fig. 4 along its axis (double-click resets)", { timeout: 180_000 }, async () => {
    await write();
    type Probe = { sunburst: string; heatmap: string; before: string; zoomed: string; reset: string; notes: number; clippedNotes: number };
    const { result, console: logged } = probeInChromium<Probe>(report, `
      const hover = (figure, selector) => {
        const el = document.querySelector('.figure-view[data-figure="' + figure + '"] ' + selector);
        const b = el.getBoundingClientRect();
        const at = { bubbles: true, clientX: b.x + b.width / 2, clientY: b.y + b.height / 2 };
        el.dispatchEvent(new PointerEvent("pointermove", at));
        el.dispatchEvent(new MouseEvent("mousemove", at));
        const tip = document.getElementById("vg-tooltip-element");
        return tip && tip.classList.contains("visible") ? tip.textContent : "";
      };
      const fig4 = document.querySelector('.figure-view[data-figure="fig4-plot-ratio"]');
      // vega reuses its text elements in any order: the labels as a sorted set.
      const ticks = () => [...fig4.querySelectorAll(".role-axis-label text")].map((t) => t.textContent).sort().join(" ");
      const cell = fig4.querySelector(".mark-rect path");
      const b = cell.getBoundingClientRect();
      const at = { bubbles: true, cancelable: true, clientX: b.x + b.width / 2, clientY: b.y + b.height / 2 };
      // Each city's kind of control is written right of the plot: a zoomable view must not clip it away.
      const notes = [...fig4.querySelectorAll("text")].filter((t) => /lower-bound control|interval control|upper limit raised to/.test(t.textContent));
      const out = { sunburst: hover("tables3-7-sunburst", ".mark-arc path"), heatmap: hover("scorecard-heatmap", ".mark-rect path"), before: ticks(), notes: notes.length, clippedNotes: notes.filter((t) => t.closest("[clip-path]")).length };
      for (let i = 0; i < 5; i++) cell.dispatchEvent(new WheelEvent("wheel", { ...at, deltaY: -200 }));
      await new Promise((r) => setTimeout(r, 200));
      out.zoomed = ticks();
      fig4.querySelector(".mark-rect path").dispatchEvent(new MouseEvent("dblclick", at));
      await new Promise((r) => setTimeout(r, 200));
      out.reset = ticks();
      return out;`, 500);
    expect(logged).toEqual([]);
    expect(result.sunburst).toMatch(/points\d+/);
    expect(result.heatmap).toMatch(/scenario.*criterion.*score\d+/);
    expect(result.before).toContain("0.0 0.5 1.0");
    expect(result.zoomed).not.toBe(result.before);
    expect(result.reset).toBe(result.before);
    expect([result.notes, result.clippedNotes]).toEqual([8, 0]);
  });

  it("sets each indicator's meaning on the same line as its name (a floated list had paired them wrongly)", { timeout: 180_000 }, async () => {
    await write();
    const { result } = probeInChromium<Array<{ name: string; dt: number; dd: number }>>(report, `
      // As wide as a desktop window: one-line meanings are where the floated list drifted (its names were taller).
      document.querySelector("dl.glossary").style.width = "1600px";
      return [...document.querySelectorAll("dl.glossary dt")].map((dt) => ({ name: dt.textContent, dt: dt.getBoundingClientRect().top, dd: dt.nextElementSibling.getBoundingClientRect().top }));`);
    expect(result.length).toBeGreaterThan(10);
    for (const row of result) expect(Math.abs(row.dt - row.dd), row.name).toBeLessThan(3);
  });

  it("links the tables, the simulation and the scores as spreadsheets, each written where the link points", { timeout: 180_000 }, async () => {
    await write();
    const html = readFileSync(report, "utf8");
    const links = [...html.matchAll(/<a href="(spreadsheets\/[^"]+)">/g)].map((m) => m[1]);
    expect(links).toEqual(["spreadsheets/tables.xlsx", "spreadsheets/tables/", "spreadsheets/simulation.xlsx", "spreadsheets/simulation/", "spreadsheets/scores.xlsx", "spreadsheets/scores/"]);
    for (const link of links) expect(existsSync(join(out, link)), link).toBe(true);
  });

  it("writes a page without scripts when asked (interactive: false), its figures static", { timeout: 180_000 }, async () => {
    await write();
    const manifest = JSON.parse(readFileSync(join(out, "figures", "manifest.json"), "utf8"));
    const plain = join(mkdtempSync(join(tmpdir(), "toolmix-report-plain-")), "report.html");
    writeReport(plain, context, manifest, join(out, "figures"), { interactive: false });
    const html = readFileSync(plain, "utf8");
    expect(html).not.toMatch(/<script/);
    expect((html.match(/class="figure-view"/g) ?? []).length).toBe(FIGURES.length);
  });

  it("would report a console error (the check above can fail)", () => {
    const bad = join(out, "bad.html");
    writeFileSync(bad, "<!DOCTYPE html><html><body><script>missingFunction();</script></body></html>");
    expect(openInChromium(bad).console.join("\n")).toContain("ReferenceError");
  });
});
