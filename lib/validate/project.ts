import { InputError } from "../errors";
import { aggregateDocumentCounts } from "../dataset/aggregate";
import type { DatasetParts } from "../dataset/write";
import type { CountRow, Dataset, DocumentCount } from "../dataset/types";
import { formatIssue } from "../errors";
import { projectFinding } from "../messages";
import { checkForeignProject } from "../qda/check";
import type { ForeignProject } from "../qda/types";
import type { Finding } from "./types";

/** What validating a coded project found, beside its errors and warnings. */
export interface ProjectReport {
  codes: number;
  sources: number;
  codings: number;
  /** Codings placed on a code that has child codes: valid (coded at the parent itself), counted for the summary. */
  parentCodings: number;
  errors: Finding[];
  warnings: Finding[];
}

/**
 * Checks a coded project's structure (a REFI-QDA .qdpx/.qde or a project folder with codings.json
 * and texts/): unique ids, parents that exist without cycles, codings on known codes and sources
 * with offsets inside their texts (lib/qda/check.ts). Codings on a parent code are valid, as every
 * QDA tool allows them, and only counted; codings on a code marked not codable and sources whose
 * text the project lacks (offsets then unchecked) are warnings.
 *
 * @example
 * const report = validateProject(readQdpx("data/examples/m0-example.qdpx"));
 * [report.errors.length, report.codings]; // [0, 33]
 */
export function validateProject(project: ForeignProject): ProjectReport {
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  try {
    checkForeignProject(project);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    for (const issue of error.issues) errors.push({ severity: "error", check: "project", source: project.file, node: issue.field ?? "", label: "", message: formatIssue(issue) });
  }
  const byGuid = new Map(project.codes.map((code) => [code.guid, code]));
  const parents = new Set(project.codes.map((code) => code.parent).filter((p): p is string => p !== null));
  let parentCodings = 0;
  project.codings.forEach((coding, i) => {
    if (parents.has(coding.code)) parentCodings++;
    const code = byGuid.get(coding.code);
    if (code !== undefined && !code.codable) {
      warnings.push({ severity: "warning", check: "not-codable", source: project.file, node: `codings[${i}]`, label: code.name, message: projectFinding.notCodable(code.name) });
    }
  });
  for (const guid of project.missingTexts) {
    warnings.push({ severity: "warning", check: "missing-text", source: project.file, node: guid, label: "", message: projectFinding.missingText });
  }
  return { codes: project.codes.length, sources: project.sources.length, codings: project.codings.length, parentCodings, errors, warnings };
}

/**
 * The dataset a mapped project would be, in memory (what `toolmix import` writes, without writing
 * it): counts.csv rows computed from the document-level counts, a union of files and a sum of
 * points per node, and dataset.json's provenance.
 *
 * @example
 * const { parts } = mapProject(project, paper.codebook, codebookJson, mapping, "map.json");
 * validateDataset(datasetFromParts(parts, "project.qdpx")).errors; // []
 */
export function datasetFromParts(parts: DatasetParts, dir: string): Dataset {
  // Line numbers as the written document_counts.csv and counts.csv would have them (header = 1).
  const documentCounts: DocumentCount[] = parts.documentCounts.map((row, i) => ({ ...row, line: i + 2 }));
  const totals = aggregateDocumentCounts(parts.codebook, documentCounts);
  const counts: CountRow[] = [...parts.codebook.nodes.values()].map((node, i) => {
    const { files, points } = totals.get(node.id) ?? { files: 0, points: 0 };
    return { source: "computed", node_id: node.id, label_printed: node.label_zh, files, points, pct_printed: null, line: i + 2 };
  });
  const dimension = (id: string) => ({ points: totals.get(id)?.points ?? 0 });
  const meta = {
    id: parts.id,
    title: parts.title,
    version: "1.0.0",
    corpus: { documents: parts.documents.length },
    dimensions: { tools: dimension("tools"), themes: dimension("themes") },
    provenance: parts.provenance ?? {},
  };
  return { dir, meta, codebook: parts.codebook, counts, documents: parts.documents, documentCounts, cityParameters: [] };
}
