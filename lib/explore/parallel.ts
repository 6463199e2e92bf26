/**
 * Experiments on worker threads: the design's slice is cut into one contiguous part per worker, each
 * worker runs its part (./experiments.ts runExperiments with that range) and the parts are joined in
 * order. An experiment's numbers depend on its lever values alone, so the run is byte-identical for
 * any number of workers (tests/explore.test.ts compares 1 and 2).
 *
 * @example
 * const run = await runExperimentsParallel(loaded, { samples: 1000, sampler: "lhs", seed: 1 }, 2);
 */
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { loadCatalogue } from "../score/catalogue";
import { kitPath } from "../util/paths";
import type { LoadedScenario } from "../scenario/load";
import { designSize, runExperiments, type ExperimentRun, type ExploreOptions } from "./experiments";
import { leversOf } from "./levers";

/** The compiled worker: next to this file in dist/, or dist/'s when this file runs as TypeScript source (the tests). */
function workerFile(): string {
  return __filename.endsWith(".ts") ? kitPath("dist", "explore", "worker.js") : join(__dirname, "worker.js");
}

/** The default number of workers: the machine's cores. */
export const defaultWorkers = () => Math.max(1, availableParallelism());

/** What a worker is given (plain data: it crosses the thread boundary by structured clone). */
export interface WorkerTask {
  loaded: LoadedScenario;
  options: Omit<ExploreOptions, "catalogue"> & { catalogueFile?: string };
}

/** Runs the experiments of `options.range` (default: the whole design) on `workers` threads. */
export async function runExperimentsParallel(loaded: LoadedScenario, options: ExploreOptions, workers = defaultWorkers()): Promise<ExperimentRun> {
  // The size only: each worker draws the design itself (a pure function of the seed).
  const total = designSize(leversOf(loaded).length, options.sampler, options.samples);
  const [from, to] = options.range ?? [0, total];
  const parts = Math.max(1, Math.min(workers, to - from));
  if (parts === 1) return runExperiments(loaded, { ...options, range: [from, to] });
  const catalogueFile = (options.catalogue ?? loadCatalogue()).file;
  const { catalogue: _catalogue, ...plain } = options;
  const bounds = Array.from({ length: parts + 1 }, (_, i) => from + Math.floor((i * (to - from)) / parts));
  const runs = await Promise.all(
    bounds.slice(0, -1).map(
      (start, i) =>
        new Promise<ExperimentRun>((resolve, reject) => {
          const task: WorkerTask = { loaded, options: { ...plain, range: [start, bounds[i + 1]], catalogueFile } };
          const worker = new Worker(workerFile(), { workerData: task });
          worker.once("message", resolve);
          worker.once("error", reject);
        }),
    ),
  );
  return { ...runs[0], range: [from, to], experiments: runs.flatMap((r) => r.experiments) };
}
