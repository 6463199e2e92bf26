/** A worker thread of ./parallel.ts: runs its slice of the design and posts the run back. */
import { parentPort, workerData } from "node:worker_threads";
import { loadCatalogue } from "../score/catalogue";
import { runExperiments } from "./experiments";
import type { WorkerTask } from "./parallel";

const task = workerData as WorkerTask;
const { catalogueFile, ...options } = task.options;
parentPort!.postMessage(runExperiments(task.loaded, { ...options, catalogue: catalogueFile ? loadCatalogue(catalogueFile) : undefined }));
