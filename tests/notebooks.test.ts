import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { runNotebooks } from "../lib/cli/run";

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

const outputsOf = (nb: Notebook) => nb.cells.flatMap((c) => c.outputs ?? []);
const textOf = (o: Output) => (Array.isArray(o.text) ? o.text.join("") : (o.text ?? ""));

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
    }
    const first = JSON.parse(readFileSync(join(run.out, "01-coded-data.ipynb"), "utf8")) as Notebook;
    const outputs = outputsOf(first);
    expect(outputs.map(textOf).join("")).toContain("authority tools: 1449 of 2040 points = 71.03 %");
    const chart = outputs.find((o) => o.data?.["image/png"]);
    expect(Object.keys(chart?.data ?? {}).sort()).toEqual(["application/vnd.vegalite.v5+json", "image/png", "image/svg+xml", "text/plain"]);
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
    expect(scheme.map(textOf).join("")).toContain("6 sources, 21 codes, 59 codings");
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
  });

  it("runs the same when Jupyter's working folder is the repository root", { timeout: 600_000 }, async () => {
    const run = await execute([join(notebooksDir, "01-coded-data.ipynb")], join(notebooksDir, ".."));
    expect(run.log).toMatch(/ok\s+01-coded-data\.ipynb/);
    expect(run.code).toBe(0);
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
