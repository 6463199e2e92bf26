/** A worker thread of ./parallel.ts: takes chunks of the design from the shared counter, posts each chunk's experiments, then `done`. */
import { parentPort, workerData } from "node:worker_threads";
import { loadCatalogue } from "../score/catalogue";
import { runChunks, type WorkerMessage, type WorkerTask } from "./parallel";

const task = workerData as WorkerTask;
const { catalogueFile, ...options } = task.options;
const post = (message: WorkerMessage) => parentPort!.postMessage(message);
runChunks({ loaded: task.loaded, options: { ...options, catalogue: catalogueFile ? loadCatalogue(catalogueFile) : undefined }, next: task.next }, (experiments) => post({ experiments }));
post({ done: true });
