import { loadDataset, paperDataDir } from "../dataset/load";
import { InputError } from "../errors";
import { cli, inputKind as kinds, projectFinding as text } from "../messages";
import { readSchemeFile } from "../dataset/scheme-file";
import { validateDataset } from "../validate";
import { inputKind, mappedDataset, readProject, siblingMap } from "../validate/input";
import { validateProject } from "../validate/project";
import type { Finding } from "../validate/types";
import type { ParsedArgs } from "./args";

/**
 * `toolmix validate [PATH] [--map FILE] [--scheme CODEBOOK] [--json]`: validates a dataset folder (default the
 * paper's), a REFI-QDA project (.qdpx, .qde) or a project folder (codings.json + texts/). It first
 * says which kind of input it recognised; a project is checked for its structure (codes, offsets
 * inside the texts, codings on parent codes counted as valid) and, with --map, the dataset it maps
 * to is validated like a dataset folder (with --scheme alone, a .qdpx the kit wrote maps by node ids). Returns the text to print and the exit code (1 on errors).
 *
 * @example
 * validateCommand(parseArgs(["validate", "data/examples/m0-example"], SPEC));
 * // { text: "data/examples/m0-example: a project folder (codings.json and texts/)\nproject: 4 sources, …", code: 0 }
 */
export function validateCommand(args: ParsedArgs): { text: string; code: number } {
  const path = args.positional[0] ?? paperDataDir();
  const given = typeof args.options.map === "string" ? args.options.map : undefined;
  const schemePath = typeof args.options.scheme === "string" ? args.options.scheme : undefined;
  const kind = inputKind(path);
  if (kind === "dataset" && given !== undefined) throw new InputError([{ file: path, found: kinds.found.datasetWithMap, expected: kinds.expected.projectForMap }]);
  const mapFile = given ?? (kind === "dataset" ? undefined : siblingMap(path));
  const lines = [text.recognised(path, kinds.label[kind])];
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  let json: Record<string, unknown> = { kind };
  if (kind !== "dataset") {
    const project = readProject(path, kind);
    const report = validateProject(project);
    lines.push(text.structure(report), ...[...report.errors, ...report.warnings].map(format));
    errors.push(...report.errors);
    warnings.push(...report.warnings);
    json = { ...json, project: report };
    if (mapFile === undefined && schemePath === undefined) lines.push(text.notMapped);
    else if (report.errors.length === 0) {
      // A project with structural errors is not mapped: its counts would rest on broken codings.
      const scheme = readSchemeFile(schemePath);
      const dataset = validateDataset(mappedDataset(project, mapFile, scheme));
      lines.push(mapFile === undefined ? text.mappedByIds(scheme.file) : text.mapped(mapFile, given === undefined), ...[...dataset.errors, ...dataset.warnings].map(format));
      errors.push(...dataset.errors);
      warnings.push(...dataset.warnings);
      json = { ...json, dataset };
    }
  } else {
    const dataset = validateDataset(loadDataset(path));
    lines.push(...[...dataset.errors, ...dataset.warnings].map(format));
    errors.push(...dataset.errors);
    warnings.push(...dataset.warnings);
  }
  lines.push(errors.length ? cli.invalid(path, errors.length) : cli.valid(path, warnings.length));
  const code = errors.length > 0 ? 1 : 0;
  if (args.options.json) return { text: `${JSON.stringify({ ...json, errors, warnings }, null, 2)}\n`, code };
  return { text: `${lines.join("\n")}\n`, code };
}

function format(f: Finding): string {
  return `${f.severity} [${f.check}] ${f.source} ${f.label} (${f.node}): ${f.message}`;
}
