import { foundText } from "../io/json-schema";
import { hasDirections } from "../dataset/codebook";
import { REGIONS } from "../dataset/documents";
import type { DatasetParts } from "../dataset/write";
import type { DocumentRow, IndexedCodebook, Region } from "../dataset/types";
import { InputError, IssueCollector } from "../errors";
import { mapping as text } from "../messages";
import type { ForeignCode, ForeignProject } from "../qda/types";
import type { MappingFile, MappingReport } from "./types";
import { checkSchema } from "../io/json-schema";

/**
 * Maps a foreign project's codes onto the kit's codebook and builds a document-level dataset.
 *
 * A foreign code maps through the mapping file (by path "Parent/Child", then name, then guid), or
 * without a mapping when its name is a kit node id or a Chinese label of the codebook (the kit's
 * own .qdpx exports round-trip that way). A code not mapped itself counts toward its nearest mapped
 * ancestor (parent codes aggregate their children); codes with codings that reach no mapped code
 * are listed as unmapped, never dropped silently. Tool codes must map to tool cells where the
 * scheme has directions; without directions to any tool or sub-tool. Any codebook can be the
 * target (`toolmix import --scheme`); its JSON text is copied into the dataset.
 *
 * @example
 * const { parts, report } = mapProject(readForeignProject("project.qdpx"), codebook, codebookJson, mappingJson, "map.json");
 * report.unmapped; // ["Memo"]
 */
export function mapProject(project: ForeignProject, codebook: IndexedCodebook, codebookJson: string, mapping: MappingFile = {}, mappingFile = "(no mapping file)"): { parts: DatasetParts; report: MappingReport } {
  // The shape first (schemas/mapping.schema.json): codes, variables and values are objects of strings.
  if (typeof mapping !== "object" || mapping === null || Array.isArray(mapping)) throw new InputError([{ file: mappingFile, found: foundText(mapping), expected: text.mappingObject }]);
  checkSchema(mapping, "mapping", mappingFile);
  const issues = new IssueCollector();
  const byGuid = new Map(project.codes.map((c) => [c.guid, c]));
  const pathOf = (c: ForeignCode): string => (c.parent && byGuid.has(c.parent) ? `${pathOf(byGuid.get(c.parent)!)}/${c.name}` : c.name);
  const paths = project.codes.map(pathOf);
  const explicit = resolveExplicit(mapping, project.codes, paths, codebook, mappingFile, issues);
  const labelToId = new Map([...codebook.nodes.values()].map((n) => [n.label_zh, n.id]));
  const direct = (c: ForeignCode): string | null | undefined => {
    if (explicit.has(c.guid)) return explicit.get(c.guid);
    const auto = codebook.nodes.has(c.name) ? c.name : labelToId.get(c.name);
    return auto && isTarget(auto, codebook) ? auto : undefined;
  };
  const target = new Map<string, string | null | undefined>();
  const resolve = (c: ForeignCode): string | null | undefined => {
    if (target.has(c.guid)) return target.get(c.guid);
    let t = direct(c);
    if (t === undefined && c.parent && byGuid.has(c.parent)) t = resolve(byGuid.get(c.parent)!);
    target.set(c.guid, t);
    return t;
  };
  project.codes.forEach(resolve);
  issues.throwIfAny();
  const coded = new Set(project.codings.map((c) => c.code));
  // Keyed by foreign code paths and guids (user data): null-prototype records, so a code named __proto__ is kept.
  const report: MappingReport = { mapped: Object.create(null) as Record<string, string>, ignored: [], unmapped: [], points: 0, targets: Object.create(null) as Record<string, string> };
  for (const [guid, t] of target) if (typeof t === "string") report.targets[guid] = t;
  project.codes.forEach((c, i) => {
    const t = target.get(c.guid);
    if (t === null && explicit.get(c.guid) === null) report.ignored.push(paths[i]);
    else if (typeof t === "string" && coded.has(c.guid)) report.mapped[paths[i]] = t;
    else if (t === undefined && coded.has(c.guid)) report.unmapped.push(paths[i]);
  });
  const points = new Map<string, number>();
  for (const coding of project.codings) {
    const t = target.get(coding.code);
    if (typeof t !== "string") continue;
    const key = `${coding.source}\u0000${t}`;
    points.set(key, (points.get(key) ?? 0) + (coding.count ?? 1));
    report.points += coding.count ?? 1;
  }
  const documentCounts = [...points].filter(([, p]) => p > 0).map(([key, p]) => {
    const [doc_id, node_id] = key.split("\u0000");
    return { doc_id, node_id, points: p };
  });
  return { parts: { id: "imported", title: `Imported from ${project.file}`, codebookJson, codebook, documents: documentsOf(project, mapping, mappingFile), documentCounts, provenance: { source: project.file, origin: project.origin ?? null, offsetUnit: project.offsetUnit, mapping: mappingFile, mapped: report.mapped, ignored: report.ignored, unmapped: report.unmapped, points: report.points, missingTexts: project.missingTexts, notes: project.notes } }, report };
}

/**
 * Whether a node can carry codings: not a dimension root or a direction margin, and not a tool
 * where the scheme has directions (there a tool's points are its cells'). Without directions a
 * tool or sub-tool carries its points itself.
 */
function isTarget(id: string, codebook: IndexedCodebook): boolean {
  const node = codebook.nodes.get(id);
  return node !== undefined && node.kind !== "root" && node.kind !== "margin" && (node.kind !== "tool" || !hasDirections(codebook));
}

function resolveExplicit(mapping: MappingFile, codes: readonly ForeignCode[], paths: readonly string[], codebook: IndexedCodebook, file: string, issues: IssueCollector): Map<string, string | null> {
  const out = new Map<string, string | null>();
  if (mapping.codes !== undefined && (typeof mapping.codes !== "object" || mapping.codes === null)) throw new InputError([{ file, field: "codes", found: foundText(mapping.codes), expected: text.mappingObject }]);
  for (const [key, value] of Object.entries(mapping.codes ?? {})) {
    const i = [paths.indexOf(key), codes.findIndex((c) => c.name === key), codes.findIndex((c) => c.guid === key)].find((x) => x >= 0);
    if (i === undefined) {
      issues.add({ file, field: `codes.${key}`, found: key, expected: text.unknownForeign(paths) });
      continue;
    }
    const node = value === null ? null : codebook.nodes.get(value);
    if (value !== null && !node) issues.add({ file, field: `codes.${key}`, found: String(value), expected: text.knownTarget });
    else if (node && !isTarget(node.id, codebook)) issues.add({ file, field: `codes.${key}`, found: String(value), expected: text.cellTarget });
    else out.set(codes[i].guid, value);
  }
  return out;
}

function documentsOf(project: ForeignProject, mapping: MappingFile, file: string): Array<DocumentRow & { doc_id: string }> {
  const v = { region: "region", place: "city", year: "year", province: "province", ...(mapping.variables ?? {}) };
  const issues = new IssueCollector();
  const docs = project.sources.map((s, i) => {
    const rawRegion = own(s.variables, v.region);
    const region = rawRegion === undefined || rawRegion === "" ? undefined : (own(mapping.values?.region, rawRegion) ?? rawRegion);
    if (region !== undefined && !REGIONS.includes(region as Region)) issues.add({ file, field: `sources[${i}] ${s.name}: ${v.region}`, found: rawRegion, expected: text.regionValue });
    const rawYear = own(s.variables, v.year);
    if (rawYear !== undefined && rawYear !== "" && !/^\d{4}$/.test(rawYear)) issues.add({ file, field: `sources[${i}] ${s.name}: ${v.year}`, found: rawYear, expected: text.yearValue });
    const place = own(s.variables, v.place) || "(not recorded)";
    return {
      row: i + 1,
      ...(region ? { region: region as Region } : {}),
      place,
      place_en: "",
      ...(rawYear && /^\d{4}$/.test(rawYear) ? { year: Number(rawYear) } : {}),
      // A `title` variable (written by `toolmix code`, or a project's own) is the title; else the source's name.
      title: own(s.variables, "title") || s.name,
      doc_id: s.guid,
      ...(own(s.variables, v.province) ? { province: own(s.variables, v.province) } : {}),
    };
  });
  issues.throwIfAny();
  return docs;
}

/** A record's own value at a user-given key (never one inherited from Object.prototype). */
function own(record: Readonly<Record<string, string>> | undefined, key: string): string | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * The points of a mapped dataset split into the tool dimension and the second one (named by the
 * codebook, e.g. "policy stage"), for the summary line: a total of tools and themes together would
 * read as if it were all tool points.
 *
 * @example
 * pointsByDimension(parts); // { tools: 26, other: 17, otherName: "policy stage" }
 */
export function pointsByDimension(parts: Pick<DatasetParts, "codebook" | "documentCounts">): { tools: number; other: number; otherName: string } {
  let tools = 0;
  let other = 0;
  for (const row of parts.documentCounts) {
    if (parts.codebook.nodes.get(row.node_id)?.dimension === "tools") tools += row.points;
    else other += row.points;
  }
  return { tools, other, otherName: parts.codebook.theme_dimension.label_en.toLowerCase() };
}
