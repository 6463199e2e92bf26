import { existsSync } from "node:fs";
import { join } from "node:path";
import { InputError, IssueCollector } from "../errors";
import { readUtf8 } from "../io/read-text";
import { expected } from "../messages";
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
  const metaFile = join(dir, "dataset.json");
  const meta = readMeta(metaFile);
  const files = { ...DEFAULT_FILES, ...((meta as { files?: Record<string, string> }).files ?? {}) };
  const codebookFile = join(dir, files.codebook);
  const codebook = indexCodebook(readJson(codebookFile), codebookFile);
  const countsFile = join(dir, files.counts);
  const counts = parseCounts(readUtf8(countsFile), countsFile, codebook);
  const documentsFile = join(dir, files.documents);
  const documents = existsSync(documentsFile) ? parseDocuments(readUtf8(documentsFile), documentsFile) : [];
  const parametersFile = join(dir, files.city_parameters);
  const cityParameters = existsSync(parametersFile) ? parseCityParameters(readUtf8(parametersFile), parametersFile) : [];
  const documentCountsFile = join(dir, files.document_counts);
  const documentCounts = existsSync(documentCountsFile) ? parseDocumentCounts(readUtf8(documentCountsFile), documentCountsFile, codebook, documents) : [];
  return { dir, meta, codebook, counts, documents, documentCounts, cityParameters };
}

/** Parses a JSON file, naming the file and the line of a syntax error. */
export function readJson(file: string): unknown {
  const text = readUtf8(file);
  try {
    return JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))?.[1];
    const row = position === undefined ? undefined : text.slice(0, Number(position)).split("\n").length;
    throw new InputError([{ file, row, found: String((error as Error).message), expected: expected.json }]);
  }
}

function readMeta(file: string): DatasetMeta {
  const json = readJson(file) as Record<string, unknown>;
  const issues = new IssueCollector();
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new InputError([{ file, found: JSON.stringify(json), expected: expected.object }]);
  }
  for (const key of ["id", "title"] as const) {
    if (typeof json[key] !== "string" || json[key] === "") issues.add({ file, field: key, found: JSON.stringify(json[key]) ?? "undefined", expected: expected.nonEmpty });
  }
  const corpus = json.corpus as Record<string, unknown> | undefined;
  const documents = corpus?.documents;
  if (typeof documents !== "number" || !Number.isInteger(documents) || documents < 1) {
    issues.add({ file, field: "corpus.documents", found: JSON.stringify(documents) ?? "undefined", expected: expected.documentTotal });
  }
  issues.throwIfAny();
  return { version: "unversioned", ...json } as unknown as DatasetMeta;
}
