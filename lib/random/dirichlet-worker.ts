/** A worker thread of ./dirichlet-blocks.ts: draws blocks into the shared array until none is left. */
import { workerData } from "node:worker_threads";
import { drawBlocks, type DirichletTask } from "./dirichlet-blocks";

drawBlocks(workerData as DirichletTask);
