import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { InputError } from "../errors";
import { loadDataset, readJson } from "../dataset/load";
import { readSchemeFile, type SchemeFile } from "../dataset/scheme-file";
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
 * The dataset of an input: a dataset folder as it is, a coded project mapped onto a codebook (the
 * dataset `toolmix import … --map MAP [--scheme CODEBOOK]` would write, kept in memory). Without
 * --map, the project's {@link siblingMap}; without either, a project is mapped only when a scheme
 * is named (--scheme) and its codes are that scheme's node ids or labels, as in the .qdpx
 * `toolmix code --scheme` writes. A foreign project without a mapping cannot be counted: its own
 * codes are not the kit's.
 *
 * @example
 * const ds = datasetOf("data/examples/m0-example", "data/examples/m0-example-map.json");
 * ds.counts.find((r) => r.node_id === "authority")?.points; // 11
 */
export function datasetOf(path: string, mapFile?: string, schemePath?: string): Dataset {
  const kind = inputKind(path);
  if (kind === "dataset" && mapFile !== undefined) throw new InputError([{ file: path, found: text.found.datasetWithMap, expected: text.expected.projectForMap }]);
  if (kind === "dataset") return loadDataset(path);
  mapFile ??= siblingMap(path);
  if (mapFile === undefined && schemePath === undefined) throw new InputError([{ file: path, found: text.found.projectWithoutMap(kind), expected: text.expected.mapFile }]);
  return mappedDataset(readProject(path, kind), mapFile, readSchemeFile(schemePath));
}

/**
 * Maps a project onto a codebook (default the paper's) as `toolmix import` does: with a mapping
 * file, or without one by node ids and labels, refused when then nothing maps.
 */
export function mappedDataset(project: ForeignProject, mapFile?: string, scheme: SchemeFile = readSchemeFile()): Dataset {
  const mapping = mapFile === undefined ? {} : (readJson(mapFile) as MappingFile);
  const { parts, report } = mapProject(project, scheme.codebook, scheme.json, mapping, mapFile);
  if (mapFile === undefined && Object.keys(report.mapped).length === 0 && report.unmapped.length > 0) {
    throw new InputError([{ file: project.file, field: "--map", found: text.found.nothingMapped(scheme.file), expected: text.expected.mapFile }]);
  }
  return datasetFromParts({ ...parts, id: "imported", title: `Imported from ${project.file}` }, project.file);
}
