import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIGURES } from "../lib/figures/registry";
import { buildContext, writeFigures } from "../lib/figures/write";
import { writeReport } from "../lib/report/html";

/** Opens a page in Debian's headless Chromium; returns the DOM it built and the console messages it logged. */
function openInChromium(file: string): { dom: string; console: string[] } {
  const run = spawnSync(
    "/usr/bin/chromium",
    ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", `--user-data-dir=${mkdtempSync(join(tmpdir(), "toolmix-chromium-"))}`, "--enable-logging=stderr", "--v=0", "--dump-dom", `file://${file}`],
    { encoding: "utf8", timeout: 60_000 },
  );
  if (run.status !== 0) throw new Error(`chromium exited ${run.status}: ${run.stderr.slice(-500)}`);
  return { dom: run.stdout, console: run.stderr.split("\n").filter((l) => l.includes(":CONSOLE")) };
}

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
