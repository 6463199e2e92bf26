/**
 * The units of an X–Y matrix from what a user has: raw .txt texts (coded on the fly by the
 * dictionary coder of the scheme, `--scheme`, optionally with a keyword list; unit: clause), a
 * REFI-QDA project (.qdpx, .qde) or project folder mapped onto the scheme's codebook with its
 * mapping file (unit: coded passage, overlapping codings), or a segments CSV (unit: segment). A
 * dataset folder holds counts per document and node, not segments, and is refused with the
 * reason — for the paper's data, that the paper printed no tool × theme table.
 *
 * Reference: lib/validate/input.ts (kinds of input, NAME-map.json next to a project);
 * from-coder.ts, from-project.ts, from-csv.ts.
 *
 * @example
 * const src = matrixSource(["data/examples/m0-example.qdpx"]);           // the map next to it is found
 * buildMatrix(src.segments, { ...src, rows: …, cols: … });
 */
import { existsSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { codeForScheme, readCoderTexts } from "../coding";
import { readJson } from "../dataset/load";
import { readSchemeFile, type SchemeFile } from "../dataset/scheme-file";
import type { IndexedCodebook } from "../dataset/types";
import { InputError } from "../errors";
import { mapProject } from "../import/map";
import type { MappingFile } from "../import/types";
import { matrixText as text } from "../messages";
import { readProject, siblingMap } from "../validate/input";
import { readSegmentsCsv } from "./from-csv";
import { segmentsFromCoder } from "./from-coder";
import { segmentsFromProject } from "./from-project";
import type { CountUnit, DocumentVariables, MatrixSegment } from "./types";

/** Units and what buildMatrix needs to know about them. */
export interface MatrixSource {
  source: string;
  codebook: IndexedCodebook;
  segments: MatrixSegment[];
  documents: Map<string, DocumentVariables>;
  unit: CountUnit;
  rule: string;
  mergeTouching: boolean;
  notes: string[];
  /** The mapping file used, for a project. */
  map?: string;
}

/** Options of `matrixSource`: the mapping of a project, the scheme, and for raw texts the dictionary and header lines. */
export interface MatrixSourceOptions {
  map?: string;
  /** A codebook.json (or a folder with one): the scheme texts are coded in and projects mapped onto (default the paper's). */
  scheme?: string;
  /** A keyword CSV (term,code[,weight]) replacing the scheme's cue words, for raw texts. */
  dictionary?: string;
  /** Lines at the top of every raw text not coded, besides `#` lines. */
  skipLines?: number;
}

/**
 * Reads the units of `paths` (several .txt texts, or one project, CSV or folder).
 *
 * @example
 * matrixSource(["a.txt", "b.txt"]).unit; // "clause"
 * matrixSource(["a.txt"], { scheme: "data/schemes/supply-demand-environment" }).codebook.scheme.id; // "supply-demand-environment"
 */
export function matrixSource(paths: readonly string[], options: MatrixSourceOptions = {}): MatrixSource {
  const scheme = readSchemeFile(options.scheme);
  const codebook = scheme.codebook;
  if (paths.length > 0 && paths.every((p) => extname(p).toLowerCase() === ".txt" && !isFolder(p))) return fromTexts(paths, scheme, options);
  if (paths.length !== 1) throw new InputError([{ file: paths.join(", "), found: text.found.inputs(paths.length), expected: text.expected.oneProject }]);
  const [path] = paths;
  if (!existsSync(path)) throw new InputError([{ file: path, found: text.found.noSuchPath, expected: text.expected.source }]);
  if (isFolder(path)) {
    if (existsSync(join(path, "dataset.json"))) throw new InputError([{ file: path, ...(isPaperData(path) ? { found: text.found.paperData, expected: text.expected.paperSegments } : { found: text.found.datasetFolder, expected: text.expected.segmentLevel }) }]);
    if (existsSync(join(path, "codings.json"))) return fromProject(path, "project-folder", scheme, options.map);
    throw new InputError([{ file: path, found: text.found.folderWithoutCodings, expected: text.expected.source }]);
  }
  const extension = extname(path).toLowerCase();
  if (extension === ".qdpx" || extension === ".qde") return fromProject(path, extension === ".qdpx" ? "qdpx" : "qde", scheme, options.map);
  if (extension === ".csv") return { source: path, codebook, segments: readSegmentsCsv(path, codebook), documents: new Map(), unit: "segment", rule: text.rule.csv, mergeTouching: false, notes: [] };
  throw new InputError([{ file: path, found: extension === "" ? text.found.noExtension : text.found.extension(extension), expected: text.expected.source }]);
}

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

function isPaperData(dir: string): boolean {
  const meta = readJson(join(dir, "dataset.json")) as { id?: unknown } | null;
  return typeof meta === "object" && meta !== null && meta.id === "paper-m0";
}

/**
 * Raw texts, coded by the dictionary of the scheme (lib/coding/choose-coder.ts): the id is the file
 * name, the title and variables (region, year, city, province) come from the header, as `toolmix code`.
 */
function fromTexts(paths: readonly string[], scheme: SchemeFile, options: MatrixSourceOptions): MatrixSource {
  const texts = readCoderTexts(paths, { skipLines: options.skipLines });
  const { coded, dictionary } = codeForScheme(texts, scheme, { dictionaryCsv: options.dictionary, skipLines: options.skipLines });
  const documents = new Map<string, DocumentVariables>();
  for (const t of texts) documents.set(t.id, variablesOf(t.variables ?? {}));
  return { source: paths.length === 1 ? paths[0] : `${paths.length} texts`, codebook: scheme.codebook, segments: segmentsFromCoder(coded), documents, unit: "clause", rule: dictionary ? text.rule.schemeCoder : text.rule.coder, mergeTouching: false, notes: [] };
}

/**
 * A text's header variables as document variables: every header variable under its own name
 * (level, issuer, …), year as a number, and city also as the kit's place.
 */
function variablesOf(v: Readonly<Record<string, string>>): DocumentVariables {
  const out: Record<string, string | number> = Object.create(null);
  for (const [key, value] of Object.entries(v)) if (value !== "") out[key] = value;
  if (Object.hasOwn(out, "year")) out.year = Number(out.year);
  if (Object.hasOwn(out, "city")) out.place = out.city;
  return out;
}

/**
 * A coded project, mapped onto the scheme as `toolmix import` maps it: through --map or
 * NAME-map.json beside it, or without a mapping when its codes are the scheme's node ids or labels
 * (the kit's own .qdpx, written by `toolmix code`); refused when nothing maps.
 */
function fromProject(path: string, kind: "qdpx" | "qde" | "project-folder", scheme: SchemeFile, given?: string): MatrixSource {
  const codebook = scheme.codebook;
  const mapFile = given ?? siblingMap(path);
  const project = readProject(path, kind);
  const mapping = mapFile === undefined ? {} : (readJson(mapFile) as MappingFile);
  const { parts, report } = mapProject(project, codebook, scheme.json, mapping, mapFile);
  if (mapFile === undefined && Object.keys(report.mapped).length === 0 && report.unmapped.length > 0) {
    throw new InputError([{ file: path, field: "--map", found: text.found.projectWithoutMap, expected: text.expected.mapOrScheme }]);
  }
  const { segments, notes } = segmentsFromProject(project, report.targets);
  const documents = new Map<string, DocumentVariables>();
  const raw = new Map(project.sources.map((s) => [s.guid, s.variables]));
  for (const d of parts.documents) {
    // The project's own variables under their own names, then the kit's as the mapping reads them.
    const own: Record<string, string | number> = Object.create(null);
    for (const [key, value] of Object.entries(raw.get(d.doc_id) ?? {})) if (value !== "") own[key] = value;
    if (d.region) own.region = d.region;
    if (d.year !== undefined) own.year = d.year;
    if (d.place && d.place !== "(not recorded)") own.place = d.place;
    if (d.province) own.province = d.province;
    documents.set(d.doc_id, own);
  }
  const unmapped = report.unmapped.length > 0 ? [text.note.unmapped(report.unmapped)] : [];
  return { source: path, codebook, segments, documents, unit: "passage", rule: text.rule.project, mergeTouching: true, notes: [...notes, ...unmapped], map: mapFile };
}
