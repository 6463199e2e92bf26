import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIGURES } from "../lib/figures/registry";
import { buildContext, writeFigures } from "../lib/figures/write";
import { writeReport } from "../lib/report/html";
import { figuresInChromium, openInChromium } from "./support/chromium";

describe("output/report.html in a headless browser", () => {
  const out = mkdtempSync(join(tmpdir(), "toolmix-report-"));
  const context = buildContext("both", 1, 2000);

  it("loads without console errors and shows every figure, the tables, scorecards, SMAA and provenance", { timeout: 180_000 }, async () => {
    const manifest = await writeFigures({ out: join(out, "figures"), context });
    const provenance = writeReport(join(out, "report.html"), context, manifest, join(out, "figures"));
    const page = openInChromium(join(out, "report.html"));
    expect(page.console).toEqual([]);
    for (const f of FIGURES) expect(page.dom).toContain(`id="fig-${f.id}"`);
    expect((page.dom.match(/<svg /g) ?? []).length).toBe(FIGURES.length);
    // Every figure draws its shapes (counted in the browser, not from the markup); a screenshot is kept.
    const drawn = figuresInChromium(join(out, "report.html"), join(__dirname, "..", "output", "screenshots", "report.png"));
    expect(drawn.console).toEqual([]);
    expect(drawn.figures.filter((f) => f.kind === "svg")).toHaveLength(FIGURES.length);
    for (const f of drawn.figures) expect(f.marks, f.name).toBeGreaterThan(10);
    for (const text of ["1449", "71.03", "租售管理", "incentive-and-learning", "Rank acceptability", "§4.2"]) expect(page.dom).toContain(text);
    expect(provenance.commit).toMatch(/^([0-9a-f]{40}|unknown)/);
    expect(page.dom).toContain(provenance.commit);
    expect(readFileSync(join(out, "report.html"), "utf8")).not.toMatch(/<script/);
  });

  it("would report a console error (the check above can fail)", () => {
    const bad = join(out, "bad.html");
    writeFileSync(bad, "<!DOCTYPE html><html><body><script>missingFunction();</script></body></html>");
    expect(openInChromium(bad).console.join("\n")).toContain("ReferenceError");
  });
});
