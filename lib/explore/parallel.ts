/**
 * Experiments on worker threads. The slice of the design is cut into chunks of CHUNK experiments;
 * this thread and W − 1 worker threads take the next chunk from one shared counter until none is
 * left (so a slower thread — a worker still compiling its hot loops — takes fewer), and the
 * experiments are put back in index order. An experiment's numbers depend on its lever values
 * alone, never on which thread ran it, so the run is byte-identical for any number of workers
 * (tests/explore.test.ts compares 1 and 2).
 *
 * This thread works too rather than waiting: it is already warm, and one thread fewer to start is
 * a worker's start-up (loading the kit and the dataset, drawing the baseline) saved.
 *
 * @example
 * const run = await runExperimentsParallel(loaded, { samples: 1000, sampler: "lhs", seed: 1 }, 2);
 */
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { loadCatalogue } from "../score/catalogue";
import { internal } from "../messages";
import { kitPath } from "../util/paths";
import type { LoadedScenario } from "../scenario/load";
import { designOf, experimentEvaluator, experimentRun, type Design, type Experiment, type ExperimentRun, type ExploreOptions } from "./experiments";

/** Experiments a thread takes at a time: small enough to balance, large enough that the counter is rarely touched. */
export const CHUNK = 16;

/** The compiled worker: next to this file in dist/, or dist/'s when this file runs as TypeScript source (the tests). */
function workerFile(): string {
  return __filename.endsWith(".ts") ? kitPath("dist", "explore", "worker.js") : join(__dirname, "worker.js");
}

/** The default number of workers: the machine's cores. */
export const defaultWorkers = () => Math.max(1, availableParallelism());

/** What a worker is given (plain data: it crosses the thread boundary by structured clone; `next` is shared). */
export interface WorkerTask {
  loaded: LoadedScenario;
  options: Omit<ExploreOptions, "catalogue"> & { catalogueFile?: string };
  /** The next chunk to take, shared by every thread (Atomics.add). */
  next: Int32Array;
}

/** What a worker posts: a chunk's experiments, then `done`. */
export type WorkerMessage = { experiments: Experiment[] } | { done: true };

/**
 * Takes chunks of [from, to) from the shared counter until none is left, evaluating each
 * experiment; `emit` receives each chunk's experiments. Run by this thread and by every worker;
 * a worker draws the design itself (a pure function of the seed), this thread passes its own.
 */
export function runChunks(task: { loaded: LoadedScenario; options: ExploreOptions; next: Int32Array }, emit: (experiments: Experiment[]) => void, design?: Design): void {
  const { loaded, options, next } = task;
  design ??= designOf(loaded, options.sampler, options.samples, options.seed);
  const [from, to] = options.range ?? [0, design.rows.length];
  const chunks = Math.ceil((to - from) / CHUNK);
  let evaluate: ReturnType<typeof experimentEvaluator> | undefined;
  for (let c = Atomics.add(next, 0, 1); c < chunks; c = Atomics.add(next, 0, 1)) {
    // The baseline is drawn only by a thread that gets work.
    evaluate ??= experimentEvaluator(loaded, options.catalogue ?? loadCatalogue(), { draws: options.draws ?? 2000, seed: options.seed });
    const start = from + c * CHUNK;
    const experiments: Experiment[] = [];
    for (let index = start; index < Math.min(to, start + CHUNK); index++) experiments.push(evaluate(index, design.rows[index]));
    emit(experiments);
  }
}

/** Runs the experiments of `options.range` (default: the whole design) on this thread and `workers` − 1 more. */
export async function runExperimentsParallel(loaded: LoadedScenario, options: ExploreOptions, workers = defaultWorkers()): Promise<ExperimentRun> {
  const design = designOf(loaded, options.sampler, options.samples, options.seed);
  const range: [number, number] = options.range ?? [0, design.rows.length];
  const helpers = Math.min(workers, Math.ceil((range[1] - range[0]) / CHUNK)) - 1;
  const next = new Int32Array(new SharedArrayBuffer(4));
  const catalogue = options.catalogue ?? loadCatalogue();
  const { catalogue: _catalogue, ...plain } = options;
  const results: Experiment[] = [];
  const workerList: Worker[] = [];
  // Workers are started first, so they load while this thread works.
  const running = Array.from(
    { length: Math.max(0, helpers) },
    () =>
      new Promise<void>((resolve, reject) => {
        const task: WorkerTask = { loaded, options: { ...plain, range, catalogueFile: catalogue.file }, next };
        const worker = new Worker(workerFile(), { workerData: task });
        workerList.push(worker);
        let done = false;
        worker.on("message", (message: WorkerMessage) => ("done" in message ? ((done = true), resolve()) : results.push(...message.experiments)));
        worker.once("error", reject);
        // A worker that ends without saying it is done (killed, out of memory) must not leave the run waiting.
        worker.once("exit", (code) => done || reject(new Error(internal.workerExit(code))));
      }),
  );
  try {
    runChunks({ loaded, options: { ...options, catalogue, range }, next }, (experiments) => results.push(...experiments), design);
    await Promise.all(running);
  } catch (error) {
    // The first error is the one to report (this thread's — a catalogue for another scheme, say —
    // or a worker's); the other threads would only repeat it, so they are stopped.
    running.forEach((p) => p.catch(() => undefined));
    await Promise.all(workerList.map((w) => w.terminate()));
    throw error;
  }
  return experimentRun(loaded, { ...options, catalogue }, design, range, results.sort((a, b) => a.index - b.index));
}
