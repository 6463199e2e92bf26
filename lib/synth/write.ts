import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { synth } from "../messages";
import { protectedFolders, writeOutputFolder } from "../io/output";
import { renderSyntheticFiles, SYNTHETIC_FILES, SYNTHETIC_ID } from "./render";
import type { SyntheticCorpus } from "./types";

export { protectedFolders };

/**
 * Writes a synthetic corpus as a dataset folder that `loadDataset(dir)` reads, the safe way of
 * lib/io/output.ts: never into the kit's data/, scenarios/ or notebooks/, never into a non-empty folder
 * the kit did not write unless `force` (so a typo cannot overwrite a user's dataset), every file
 * staged and renamed with dataset.json last. An earlier output of the kit is replaced.
 *
 * @example
 * writeSyntheticDataset(synthesizeCorpus(loadDataset(), 7), "output/synthetic-7");
 * loadDataset("output/synthetic-7").documentCounts.length > 0; // true
 */
export function writeSyntheticDataset(corpus: SyntheticCorpus, dir: string, options: { force?: boolean } = {}): void {
  if (typeof dir !== "string" || dir.trim() === "") throw new Error(synth.noOutFolder);
  const files = renderSyntheticFiles(corpus);
  // dataset.json last: until it is renamed into place, the folder holds no new dataset.
  const order = [...SYNTHETIC_FILES.filter((name) => name !== "dataset.json"), "dataset.json" as const];
  writeOutputFolder(dir, order.map((name) => ({ file: name, body: files[name] })), { kind: "dataset", option: "--out", force: options.force });
}

/** Whether a folder holds an earlier synthetic output: its dataset.json says so. */
export function isSyntheticOutput(dir: string): boolean {
  const file = join(dir, "dataset.json");
  if (!existsSync(file)) return false;
  try {
    const json = JSON.parse(readFileSync(file, "utf8")) as { id?: unknown; synthetic?: unknown };
    return json.id === SYNTHETIC_ID && json.synthetic === true;
  } catch {
    return false; // unreadable: not ours, so not overwritten
  }
}
