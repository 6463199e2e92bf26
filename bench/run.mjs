#!/usr/bin/env node
// `npm run bench`: speed goals of the kit, one line each as `name: S s` (median of 5 runs).
// Goals live here, not in timed tests. Runs against the compiled library (dist/).
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";

const require = createRequire(import.meta.url);
const tm = require("../dist/index.js");

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function bench(name, goalSeconds, fn) {
  await fn(); // warm-up
  const times = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    await fn();
    times.push((performance.now() - start) / 1000);
  }
  const s = median(times);
  console.log(`${name}: ${s.toFixed(4)} s${s < goalSeconds ? "" : `  (goal < ${goalSeconds} s: MISSED)`}`);
}

await bench("load-validate-tables-x100", 1, () => {
  for (let i = 0; i < 100; i++) tm.buildTables(tm.loadDataset());
});
await bench("chart-svg-png", 2, async () => {
  const svg = await tm.renderSvg(tm.toolMixSpec(tm.buildTables(tm.loadDataset())));
  tm.renderPng(svg);
});
