import { basename } from "node:path";
import { readJson } from "../dataset/load";
import { readSchemeFile } from "../dataset/scheme-file";
import { writeDataset } from "../dataset/write";
import { prepareOutputFolder } from "../io/output";
import { mapProject, pointsByDimension } from "../import/map";
import type { MappingFile } from "../import/types";
import { cli, mapping as text, studyText } from "../messages";
import { datasetIdentity } from "../dataset/identity";
import { readForeignProject } from "../qda";
import { UsageError, type ParsedArgs } from "./args";
import { InputError } from "../errors";
import { siblingMap } from "../validate/input";

/**
 * `toolmix import FILE [--map MAP] [--scheme CODEBOOK] [--id ID] [--title TEXT] --out DIR`: reads a foreign project (.qdpx,
 * .qde, .qdc, NVivo matrix .xlsx/.csv, tidy .csv), maps its codes onto the codebook of the scheme
 * (the paper's by default; `--scheme` a codebook.json or a folder with one, copied into DIR), and
 * writes a dataset folder that tables, simulate, score and figures accept (lib/io/output.ts
 * rules; --force for a non-empty folder the kit did not write). A .qdpx written by `toolmix code`
 * imports back with its documents' ids (lib/qda/kit-ids.ts) and, its codes being node ids, needs
 * no mapping. Returns the summary to print.
 */
export function importCommand(args: ParsedArgs): string {
  const [file] = args.positional;
  if (!file) throw new UsageError(cli.importNeedsFile);
  if (typeof args.options.out !== "string") throw new UsageError(cli.needsOut("import"));
  // As `toolmix validate` does: NAME-map.json next to the project is its mapping when --map is not given.
  const given = typeof args.options.map === "string" ? args.options.map : undefined;
  const mapFile = given ?? siblingMap(file);
  // The output is checked before reading: never into the folder of the project or the mapping.
  const schemePath = typeof args.options.scheme === "string" ? args.options.scheme : undefined;
  const output = { force: args.options.force === true, inputs: [file, ...(mapFile ? [mapFile] : []), ...(schemePath ? [schemePath] : [])] };
  prepareOutputFolder(args.options.out, { kind: "dataset", option: "--out", ...output });
  const project = readForeignProject(file);
  const mappingJson = mapFile ? (readJson(mapFile) as MappingFile) : {};
  const scheme = readSchemeFile(schemePath);
  const { parts, report } = mapProject(project, scheme.codebook, scheme.json, mappingJson, mapFile);
  // A project whose codings all fall outside the codebook would give an empty dataset: refused, not written.
  if (report.points === 0 && report.unmapped.length > 0) {
    throw new InputError([{ file, field: "--map", found: text.nothingMapped(project.codes.length), expected: text.mapNeeded }]);
  }
  const identity = datasetIdentity(
    { id: typeof args.options.id === "string" ? args.options.id : undefined, title: typeof args.options.title === "string" ? args.options.title : undefined },
    // The file name only: the title is a figure subtitle, and a machine's folders have no place there.
    { id: "imported", title: studyText.importedTitle(basename(file)) },
    args.options.out,
  );
  writeDataset(args.options.out, { ...parts, ...identity }, output);
  const found = given === undefined && mapFile !== undefined ? `${text.foundMap(mapFile)}\n` : "";
  return `${found}${text.summary({ file, out: args.options.out, documents: parts.documents.length, codes: project.codes.length, mapped: Object.keys(report.mapped).length, points: report.points, split: pointsByDimension(parts), unmapped: report.unmapped, ignored: report.ignored.length, missingTexts: project.missingTexts.length })}\n`;
}
