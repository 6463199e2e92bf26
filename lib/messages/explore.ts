/** Messages of `toolmix explore` and `toolmix merge` (lib/explore, lib/cli/explore.ts). */
export const exploreText = {
  knownOutcome: (known: readonly string[]) => `a recommendation or section the catalogue scores (${known.join(", ")})`,
  noLevers: "a scenario with at least one intensity given as a range ({ \"min\": …, \"max\": … }), or --levers FILE setting one",
  sobolLevers: (max: number) => `at most ${max} levers for --sampler sobol (Saltelli's design needs twice as many dimensions of the Sobol' sequence, ${2 * max} at most); use --sampler lhs`,
  tooManyExperiments: (max: number) => `at most ${max.toLocaleString("en")} experiments in one process; run the design in shards (--shard 1/n … n/n, one per process or job) and combine them with toolmix merge`,
  leverRange: "an object { \"min\": a, \"max\": b } with finite numbers, a < b",
  unknownLever: (known: readonly string[]) => `an intensity of the scenario's operations (${known.join(", ")})`,
  leversFile: "a JSON object { \"levers\": { \"op1.pp\": { \"min\": 0, \"max\": 15 }, … } }",
  shard: "i/n with whole numbers 1 ≤ i ≤ n (e.g. 2/4)",
  mergeSame: (field: string) => `shards of one run (the same ${field} in every shard)`,
  mergeCover: (total: number) => `shards that together cover experiments 0–${total - 1} once each`,
  mergeFolder: "a folder written by toolmix explore --shard (with experiments.json)",
  saltelliOutputs: (n: number) => `${n} outputs (N × (levers + 2), one per row of Saltelli's design)`,
  written: (folder: string, files: readonly string[]) => `Written to ${folder}: ${files.join(", ")}`,
};
