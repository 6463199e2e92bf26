#!/usr/bin/env node
// `npm run bench`: the kit's speed goals, one result a line as `NAME: VALUE UNIT`.
// Goals live here, not in timed tests; a missed goal is marked on its line. Timings are the
// median of several runs (this shared 2-core machine varies by ±20 % from run to run).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

const require = createRequire(import.meta.url);
const tm = require("../dist/index.js");
const root = join(import.meta.dirname, "..");

/** Table 2's ten cells plus the default prior 0.5: the Dirichlet the simulator draws from. */
const ALPHA = [993, 456, 26, 103, 108, 115, 146, 3, 90, 0].map((c) => c + 0.5);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function time(fn, runs = 5) {
  await fn(); // warm-up: compile the hot paths first, as numpy's are compiled ahead of time
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push((performance.now() - start) / 1000);
  }
  return median(times);
}

const line = (name, value, unit, goal) => console.log(`${name}: ${value}${unit ? ` ${unit}` : ""}${goal === false ? "  (goal missed)" : ""}`);

// Dirichlet sampling: 1,000,000 draws of dimension 10, α = the paper's counts + 0.5: on one thread
// (the simulator's sampler), and in blocks on the default workers (issue 14: the same blocks as explore).
const { defaultWorkers: cores } = require("../dist/explore/parallel.js");
const toolmixSeconds = await time(() => tm.dirichlet(new tm.Rng(1), ALPHA, 1_000_000));
const parallelSeconds = await time(() => tm.dirichletParallel(1, ALPHA, 1_000_000, cores()));
line("dirichlet-1e6x10", Math.round(1e6 / toolmixSeconds).toLocaleString("en"), "draws/s");
line(`dirichlet-1e6x10 ${cores()}-workers`, Math.round(1e6 / parallelSeconds).toLocaleString("en"), "draws/s");

// The same task in numpy (the peer; never a dependency of the kit), when python3 has it.
const numpy = spawnSync("python3", ["-c", `
import time, numpy as np
a = np.array(${JSON.stringify(ALPHA)})
g = np.random.default_rng(1)
g.dirichlet(a, 1000000)
t = []
for _ in range(5):
    s = time.perf_counter(); g.dirichlet(a, 1000000); t.append(time.perf_counter() - s)
print(sorted(t)[2], np.__version__)
`], { encoding: "utf8" });
if (numpy.status === 0) {
  const [seconds, version] = numpy.stdout.trim().split(" ");
  line(`dirichlet-1e6x10 numpy ${version}`, Math.round(1e6 / Number(seconds)).toLocaleString("en"), "draws/s");
  // Goals: ≤ 1.0 on one thread, ≤ 0.8 on the default workers (numpy's sampler is single-threaded).
  const ratio = toolmixSeconds / Number(seconds);
  line("dirichlet-1e6x10 toolmix/numpy single-thread", ratio.toFixed(2), "", ratio <= 1.0);
  const parallelRatio = parallelSeconds / Number(seconds);
  line(`dirichlet-1e6x10 toolmix/numpy ${cores()}-workers`, parallelRatio.toFixed(2), "", parallelRatio <= 0.8);
} else {
  line("dirichlet-1e6x10 toolmix/numpy", "n/a", "(python3 cannot import numpy)");
}

// A whole simulation: 10 scenarios × 100,000 draws (the 8 shipped scenarios plus 2 variants).
const dir = mkdtempSync(join(tmpdir(), "toolmix-bench-"));
const shipped = readdirSync(join(root, "scenarios")).filter((f) => f.endsWith(".json") && f !== "scenario.schema.json").sort();
const files = shipped.map((f) => join(root, "scenarios", f));
for (const [i, f] of ["incentive-shift.json", "learning-shift.json"].entries()) {
  const s = JSON.parse(readFileSync(join(root, "scenarios", f), "utf8"));
  const file = join(dir, `variant-${i}.json`);
  writeFileSync(file, JSON.stringify({ ...s, id: `${s.id}-variant` }));
  files.push(file);
}
const simulateSeconds = await time(() => tm.simulateFiles(files.slice(0, 10), { draws: 100_000, seed: 1 }), 3);
line("simulate-10x1e5", simulateSeconds.toFixed(2), "s", simulateSeconds < 2);
line("simulate-10x1e5 throughput", Math.round(1e6 / simulateSeconds).toLocaleString("en"), "scenario-draws/s");

// Reproducing the paper's tables, and rendering a chart.
line("load-validate-tables-x100", (await time(() => { for (let i = 0; i < 100; i++) tm.buildTables(tm.loadDataset()); })).toFixed(3), "s");
line("chart-svg-png", (await time(async () => tm.renderPng(await tm.renderSvg(tm.toolMixSpec(tm.buildTables(tm.loadDataset())))))).toFixed(3), "s");

// SMAA-2: 10 scenarios × 15 criteria × 100,000 weight draws (measurement values: 1,000 draws each).
{
  const rng = new tm.Rng(5);
  const values = Array.from({ length: 10 }, () => Array.from({ length: 15 }, () => Float64Array.from({ length: 1000 }, () => rng.nextFloat())));
  const names = (n, p) => Array.from({ length: n }, (_, i) => `${p}${i}`);
  // Timed with the weight sampling, as a run of `toolmix score` pays for both.
  const seconds = await time(() => tm.smaa(values, tm.sampleWeights(100_000, 15, new tm.Rng(6)), names(10, "s"), names(15, "c")), 3);
  line("smaa-10x15x1e5", seconds.toFixed(3), "s", seconds < 1);
}

// The dictionary coder's throughput: ~5 MB of the hand-coded sample's real clauses (UTF-8), as
// 20 documents of running text (the coder is linear: tests/limits.test.ts guards the shapes that
// were quadratic).
{
  const { parseCsv } = require("../dist/io/csv.js");
  const clauses = parseCsv(readFileSync(join(root, "tests", "fixtures", "coding", "m0-clauses.csv"), "utf8"), "m0-clauses.csv").rows.map((r) => r.cells.clause);
  const doc = clauses.join("\n");
  const copies = Math.ceil((5e6 / 20) / Buffer.byteLength(doc));
  const texts = Array.from({ length: 20 }, (_, i) => ({ id: `d${i}`, text: Array(copies).fill(doc).join("\n") }));
  const megabytes = texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0) / 1e6;
  const seconds = await time(() => tm.codeTexts(texts), 3);
  // Issue 12's goal: at least 1 MB of text a second on one core (this loop is single-threaded).
  line("code-throughput", (megabytes / seconds).toFixed(2), "MB/s", megabytes / seconds >= 1);
}

// A 50 MB corpus through `toolmix code` (100 texts of 0.5 MB): coded one document at a time, so
// the peak memory is bounded by the largest document, not the corpus (issue 12 point 5).
{
  const dir = mkdtempSync(join(tmpdir(), "toolmix-bench-50mb-"));
  const { parseCsv } = require("../dist/io/csv.js");
  const clauses = parseCsv(readFileSync(join(root, "tests", "fixtures", "coding", "m0-clauses.csv"), "utf8"), "m0-clauses.csv").rows.map((r) => r.cells.clause).join("\n");
  const doc = Array(Math.ceil(5e5 / Buffer.byteLength(clauses))).fill(clauses).join("\n");
  const files = Array.from({ length: 100 }, (_, i) => join(dir, `doc${String(i).padStart(3, "0")}.txt`));
  for (const f of files) writeFileSync(f, doc);
  const megabytes = (Buffer.byteLength(doc) * files.length) / 1e6;
  const script = `require(${JSON.stringify(join(root, "dist", "cli", "main.js"))}).main(${JSON.stringify(["code", ...files, "--out", join(dir, "out")])}, { write() {} }, process.stderr).then((code) => { if (code !== 0) process.exit(code); console.log(process.resourceUsage().maxRSS); });`;
  const start = performance.now();
  const run = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  const seconds = (performance.now() - start) / 1000;
  const peak = Number(run.stdout.trim()) / 1024;
  line(`code-${Math.round(megabytes)}MB`, seconds.toFixed(1), "s", megabytes / seconds >= 1);
  line(`code-${Math.round(megabytes)}MB-peak-rss`, run.status === 0 ? peak.toFixed(0) : "n/a", "MB", run.status === 0 && peak < 800);
}

// A zip bomb refused from its headers: a 0.5 MB .qdpx whose project.qde inflates to 480 MiB
// (issue 10's goal: well under a second; the time is the refusal, not the building).
{
  const { Zip, ZipDeflate } = require("fflate");
  const { readZip } = require("../dist/qda/zip.js");
  const chunks = [];
  const zip = new Zip((error, data) => { if (error) throw error; chunks.push(data); });
  const entry = new ZipDeflate("project.qde", { level: 1 });
  zip.add(entry);
  const block = new Uint8Array(1 << 20).fill(0x20);
  for (let i = 0; i < 480; i++) entry.push(block, i === 479);
  zip.end();
  const bomb = Buffer.concat(chunks);
  const seconds = await time(() => { try { readZip(bomb, "bomb.qdpx"); } catch { /* refused, as it must be */ } });
  line("zip-bomb-refusal", (seconds * 1000).toFixed(2), "ms", seconds < 0.1);
}

// Exploring the scenario space (issue 14): 1 000 experiments × 10 000 draws of the headline scenario,
// on one worker thread and on the default (the machine's cores); goal: a speed-up of 1.7 on 2 cores.
{
  const { loadScenario } = require("../dist/scenario/load.js");
  const { runExperimentsParallel, defaultWorkers } = require("../dist/explore/parallel.js");
  const scenario = loadScenario(join(root, "scenarios", "incentive-and-learning.json"));
  const options = { samples: 1000, sampler: "lhs", seed: 1, draws: 10_000 };
  await runExperimentsParallel(scenario, { ...options, samples: 20 }, 1); // warm-up, small: a full run takes about a minute
  const once = async (workers) => {
    const start = performance.now();
    await runExperimentsParallel(scenario, options, workers);
    return (performance.now() - start) / 1000;
  };
  const one = await once(1);
  const all = await once(defaultWorkers());
  line("explore-1e3x1e4", all.toFixed(1), "s");
  line(`explore-speedup-${defaultWorkers()}-workers`, (one / all).toFixed(2), "×", defaultWorkers() < 2 || one / all >= 1.7);
}
