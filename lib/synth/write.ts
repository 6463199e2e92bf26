import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { synth } from "../messages";
import { protectedFolderOf, protectedFolders } from "../util/safe-output";
import { renderSyntheticFiles, SYNTHETIC_FILES, SYNTHETIC_ID } from "./render";
import type { SyntheticCorpus } from "./types";

export { protectedFolders };

/**
 * Writes a synthetic corpus as a dataset folder that `loadDataset(dir)` reads. Refuses, naming the
 * folder, to write into the kit's shipped data/ or scenarios/ (read-only by the kit's rules) and
 * into a non-empty folder that is not an earlier synthetic output (so a typo cannot overwrite a
 * user's dataset); an earlier synthetic output is overwritten file by file.
 *
 * @example
 * writeSyntheticDataset(synthesizeCorpus(loadDataset(), 7), "output/synthetic-7");
 * loadDataset("output/synthetic-7").documentCounts.length > 0; // true
 */
export function writeSyntheticDataset(corpus: SyntheticCorpus, dir: string): void {
  if (typeof dir !== "string" || dir.trim() === "") throw new Error(synth.noOutFolder);
  const target = resolve(dir);
  const protectedFolder = protectedFolderOf(dir);
  if (protectedFolder) throw new Error(synth.protectedFolder(dir, protectedFolder));
  if (existsSync(target)) {
    if (!statSync(target).isDirectory()) throw new Error(synth.notAFolder(dir));
    if (readdirSync(target).length > 0 && !isSyntheticOutput(target)) throw new Error(synth.nonEmptyFolder(dir));
  }
  const files = renderSyntheticFiles(corpus);
  mkdirSync(target, { recursive: true });
  for (const name of SYNTHETIC_FILES) writeFileSync(join(target, name), files[name], "utf8");
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
