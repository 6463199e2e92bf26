/**
 * Dirichlet draws in blocks, on worker threads: the same scheme as `toolmix explore`'s experiments
 * (lib/explore/parallel.ts). Rows are cut into blocks of DIRICHLET_BLOCK; block b is drawn from its
 * own stream, `streamSeed(seed, "dirichlet-block:b")`, so its numbers do not depend on which thread
 * draws it or in what order. This thread and W − 1 workers take the next block from a shared counter
 * and write it straight into one shared array. The result is byte-identical for any W, and to
 * {@link dirichletBlocked} on one thread (tests/dirichlet-blocks.test.ts).
 *
 * The streams differ from {@link dirichlet}'s single stream, so the numbers differ from it too (same
 * distribution); the simulator keeps its single stream, so the paper's results stay as published.
 *
 * @example
 * const x = await dirichletParallel(1, [993.5, 456.5, 26.5], 1_000_000, 2);
 * x.length; // 3 000 000, rows summing to 1
 */
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { internal } from "../messages";
import { kitPath } from "../util/paths";
import { checkDirichlet, dirichletConstants, fillDirichlet } from "./dirichlet";
import { Rng, streamSeed } from "./prng";

/** Rows per block: 65 536 rows of 10 parts are 5 MB, a few milliseconds of work. */
export const DIRICHLET_BLOCK = 1 << 16;

/** What a block-drawing thread needs: plain data, with the output and the counter shared. */
export interface DirichletTask {
  seed: number;
  alpha: number[];
  draws: number;
  out: Float64Array;
  next: Int32Array;
}

/** Takes blocks from the shared counter until none is left, drawing each into `out`. */
export function drawBlocks(task: DirichletTask): void {
  const { seed, alpha, draws, out, next } = task;
  const constants = dirichletConstants(alpha);
  const blocks = Math.ceil(draws / DIRICHLET_BLOCK);
  for (let b = Atomics.add(next, 0, 1); b < blocks; b = Atomics.add(next, 0, 1)) {
    const from = b * DIRICHLET_BLOCK;
    fillDirichlet(new Rng(streamSeed(seed, `dirichlet-block:${b}`)).state, constants, out, from, Math.min(draws, from + DIRICHLET_BLOCK));
  }
}

/** `draws` rows of Dirichlet(alpha) in blocks, on this thread only. */
export function dirichletBlocked(seed: number, alpha: ArrayLike<number>, draws: number): Float64Array {
  const task = checkedTask(seed, alpha, draws, new ArrayBuffer(0));
  drawBlocks(task);
  return task.out;
}

/**
 * `draws` rows of Dirichlet(alpha) in blocks, on this thread and `workers` − 1 worker threads. The
 * array lives in a SharedArrayBuffer (the workers write into it; nothing is copied back).
 */
export async function dirichletParallel(seed: number, alpha: ArrayLike<number>, draws: number, workers: number): Promise<Float64Array> {
  if (!Number.isInteger(workers) || workers < 1) throw new RangeError(internal.workers(workers));
  const task = checkedTask(seed, alpha, draws, new SharedArrayBuffer(0));
  const helpers = Math.min(workers, Math.ceil(draws / DIRICHLET_BLOCK)) - 1;
  const running = Array.from(
    { length: helpers },
    () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(workerFile(), { workerData: task });
        worker.once("error", reject);
        worker.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(internal.workerExit(code)))));
      }),
  );
  drawBlocks(task);
  await Promise.all(running);
  return task.out;
}

/** The task after the checks of {@link dirichlet}, with its output array and counter in `memory`'s kind of buffer. */
function checkedTask(seed: number, alpha: ArrayLike<number>, draws: number, memory: ArrayBuffer | SharedArrayBuffer): DirichletTask {
  const k = alpha.length;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError(internal.rngSeed(seed));
  checkDirichlet(alpha, draws);
  const shared = memory instanceof SharedArrayBuffer;
  const bytes = (n: number) => (shared ? new SharedArrayBuffer(n) : new ArrayBuffer(n));
  return { seed, alpha: Array.from(alpha), draws, out: new Float64Array(bytes(draws * k * 8)), next: new Int32Array(bytes(4)) };
}

/** The compiled worker: next to this file in dist/, or dist/'s when this file runs as TypeScript source (the tests). */
function workerFile(): string {
  return __filename.endsWith(".ts") ? kitPath("dist", "random", "dirichlet-worker.js") : join(__dirname, "dirichlet-worker.js");
}
