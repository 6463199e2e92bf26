import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { InputError } from "../errors";
import { loadDataset, paperDataDir, readJson } from "../dataset/load";
import type { Dataset } from "../dataset/types";
import { exampleProject } from "../import/example";
import { mapProject } from "../import/map";
import type { MappingFile } from "../import/types";
import { inputKind as text } from "../messages";
import { readQde, readQdpx } from "../qda/refi";
import type { ForeignProject } from "../qda/types";
import { datasetFromParts } from "./project";

/** What `toolmix validate PATH` (and `tables --data PATH`) can be given. */
export type InputKind = "dataset" | "qdpx" | "qde" | "project-folder";

/**
 * Tells a dataset folder (dataset.json), a REFI-QDA project file (.qdpx, .qde) and a project
 * folder (codings.json with texts/, as data/examples/m0-example) apart, from the path alone. A
 * folder with neither file is taken as a dataset folder, whose loader then names what is missing.
 *
 * @example
 * inputKind("data/examples/m0-example"); // "project-folder"
 * inputKind("data/paper-m0");            // "dataset"
 */
export function inputKind(path: string): InputKind {
  if (!existsSync(path)) throw new InputError([{ file: path, found: text.found.missing, expected: text.expected.any }]);
  if (statSync(path).isDirectory()) {
    if (!existsSync(join(path, "dataset.json")) && existsSync(join(path, "codings.json"))) return "project-folder";
    return "dataset";
  }
  const extension = extname(path).toLowerCase();
  if (extension === ".qdpx") return "qdpx";
  if (extension === ".qde") return "qde";
  throw new InputError([{ file: path, found: extension === "" ? text.found.fileNoExtension : text.found.file(extension), expected: text.expected.any }]);
}

/**
 * The mapping file of a project when none is given: `NAME-map.json` next to the project `NAME`
 * or `NAME.qdpx` (as data/examples/m0-example-map.json sits next to m0-example and
 * m0-example.qdpx), or undefined when there is none.
 *
 * @example
 * siblingMap("data/examples/m0-example.qdpx"); // "data/examples/m0-example-map.json"
 */
export function siblingMap(path: string): string | undefined {
  const bare = path.replace(/[\\/]+$/, "");
  const candidate = `${bare.slice(0, bare.length - extname(bare).length)}-map.json`;
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
}

/** Reads a coded project of any kind but "dataset". */
export function readProject(path: string, kind: Exclude<InputKind, "dataset">): ForeignProject {
  if (kind === "qdpx") return readQdpx(path);
  if (kind === "qde") return readQde(path);
  return exampleProject(path);
}

/**
 * The dataset of an input: a dataset folder as it is, a coded project mapped onto the kit's
 * codebook with a mapping file (the dataset `toolmix import … --map MAP` would write, kept in
 * memory; without --map, the project's {@link siblingMap}). A project without any mapping file
 * cannot be counted: its own codes are not the kit's.
 *
 * @example
 * const ds = datasetOf("data/examples/m0-example", "data/examples/m0-example-map.json");
 * ds.counts.find((r) => r.node_id === "authority")?.points; // 11
 */
export function datasetOf(path: string, mapFile?: string): Dataset {
  const kind = inputKind(path);
  if (kind === "dataset" && mapFile !== undefined) throw new InputError([{ file: path, found: text.found.datasetWithMap, expected: text.expected.projectForMap }]);
  if (kind === "dataset") return loadDataset(path);
  mapFile ??= siblingMap(path);
  if (mapFile === undefined) throw new InputError([{ file: path, found: text.found.projectWithoutMap(kind), expected: text.expected.mapFile }]);
  return mappedDataset(readProject(path, kind), mapFile);
}

/** Maps a project onto the kit's codebook with a mapping file, as `toolmix import` does. */
export function mappedDataset(project: ForeignProject, mapFile: string): Dataset {
  const mapping = readJson(mapFile) as MappingFile;
  const paper = loadDataset(paperDataDir());
  const codebookJson = readFileSync(join(paperDataDir(), "codebook.json"), "utf8");
  const { parts } = mapProject(project, paper.codebook, codebookJson, mapping, mapFile);
  return datasetFromParts({ ...parts, id: "imported", title: `Imported from ${project.file}` }, project.file);
}
