import { foundText } from "../io/json-schema";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { InputError, IssueCollector } from "../errors";
import { containedPath } from "../io/contained";
import { readUtf8 } from "../io/read-text";
import { readJsonFile } from "../io/json";
import { expected, limits } from "../messages";
import { kitPath } from "../util/paths";
import { parseCityParameters } from "./city-parameters";
import { indexCodebook } from "./codebook";
import { parseCounts } from "./counts";
import { parseDocuments } from "./documents";
import { parseDocumentCounts } from "./document-counts";
import type { Dataset, DatasetMeta } from "./types";

/** File names of a dataset folder; dataset.json may rename them under `files`. */
const DEFAULT_FILES = {
  codebook: "codebook.json",
  counts: "counts.csv",
  documents: "documents.csv",
  city_parameters: "city_parameters.csv",
  document_counts: "document_counts.csv",
} as const;

/** The folder of the paper's own coded data, shipped with the kit. */
export function paperDataDir(): string {
  return kitPath("data", "paper-m0");
}

/**
 * Loads a dataset folder: dataset.json (metadata, corpus size), codebook.json, counts.csv, and
 * optionally documents.csv, document_counts.csv (document-level data) and city_parameters.csv. Throws {@link InputError} listing every
 * problem (file, row, field, found, expected). Reads only; never writes into the folder.
 *
 * @example
 * const paper = loadDataset(paperDataDir());
 * paper.meta.corpus.documents; // 68
 */
export function loadDataset(dir: string = paperDataDir()): Dataset {
  if (!existsSync(dir)) throw new InputError([{ file: dir, found: "no such folder", expected: expected.datasetFolder }]);
  if (!statSync(dir).isDirectory()) throw new InputError([{ file: dir, found: limits.found.file, expected: expected.datasetFolder }]);
  const metaFile = containedPath(dir, "dataset.json", join(dir, "dataset.json"), "path");
  const meta = readMeta(metaFile);
  const files = { ...DEFAULT_FILES, ...((meta as { files?: Record<string, string> }).files ?? {}) };
  // Every file name dataset.json gives stays inside the dataset folder (lib/io/contained.ts).
  const at = (key: keyof typeof DEFAULT_FILES) => containedPath(dir, files[key], metaFile, `files.${key}`);
  const codebookFile = at("codebook");
  const codebook = indexCodebook(readJson(codebookFile), codebookFile);
  const countsFile = at("counts");
  const counts = parseCounts(readUtf8(countsFile), countsFile, codebook);
  const documentsFile = at("documents");
  const documents = existsSync(documentsFile) ? parseDocuments(readUtf8(documentsFile), documentsFile) : [];
  const parametersFile = at("city_parameters");
  const cityParameters = existsSync(parametersFile) ? parseCityParameters(readUtf8(parametersFile), parametersFile) : [];
  const documentCountsFile = at("document_counts");
  const documentCounts = existsSync(documentCountsFile) ? parseDocumentCounts(readUtf8(documentCountsFile), documentCountsFile, codebook, documents) : [];
  return { dir, meta, codebook, counts, documents, documentCounts, cityParameters };
}

/** Parses a JSON file, naming the file and the line of a syntax error; size and depth are limited (lib/io/json.ts). */
export function readJson(file: string): unknown {
  return readJsonFile(file);
}

function readMeta(file: string): DatasetMeta {
  const json = readJson(file) as Record<string, unknown>;
  const issues = new IssueCollector();
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new InputError([{ file, found: foundText(json), expected: expected.object }]);
  }
  for (const key of ["id", "title"] as const) {
    if (typeof json[key] !== "string" || json[key] === "") issues.add({ file, field: key, found: foundText(json[key]), expected: expected.nonEmpty });
  }
  const corpus = json.corpus as Record<string, unknown> | undefined;
  const documents = corpus?.documents;
  if (typeof documents !== "number" || !Number.isInteger(documents) || documents < 1) {
    issues.add({ file, field: "corpus.documents", found: foundText(documents), expected: expected.documentTotal });
  }
  issues.throwIfAny();
  return { version: "unversioned", ...json } as unknown as DatasetMeta;
}
