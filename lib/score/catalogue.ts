import { InputError, IssueCollector } from "../errors";
import { readJson } from "../dataset/load";
import { scoreExpected } from "../messages";
import { kitPath } from "../util/paths";
import type { Catalogue, CatalogueCriterion, Criterion, Recommendation } from "./types";

/** The shipped catalogue of the paper's recommendations. */
export function defaultCatalogueFile(): string {
  return kitPath("data", "recommendations.json");
}

/**
 * Loads and checks a recommendation catalogue (data/recommendations.json by default): every
 * recommendation quotes its sentence; a measurable one has criteria with increasing cutoffs, a
 * value (0–1) per cutoff, a weight ≥ 0 and an indicator; one that is not measurable says what
 * data would be needed. Problems name the file and the JSON path.
 *
 * @example
 * loadCatalogue().criteria.map((c) => c.id); // ["authority-share", "tool-evenness", …]
 */
export function loadCatalogue(file: string = defaultCatalogueFile()): Catalogue {
  const json = readJson(file) as Record<string, unknown>;
  const issues = new IssueCollector();
  const at = (field: string, found: unknown, expected: string) => issues.add({ file, field, found: JSON.stringify(found) ?? "undefined", expected });
  if (typeof json !== "object" || json === null || !Array.isArray(json.recommendations)) throw new InputError([{ file, expected: scoreExpected.catalogueObject }]);
  const recommendations = json.recommendations as Recommendation[];
  const seen = new Set<string>();
  const criteria: CatalogueCriterion[] = [];
  recommendations.forEach((rec, i) => {
    const path = `recommendations[${i}]`;
    if (typeof rec.quote_zh !== "string" || rec.quote_zh === "") at(`${path}.quote_zh`, rec.quote_zh, scoreExpected.quote);
    if (!rec.measurable) {
      if (typeof rec.not_measurable !== "string" || rec.not_measurable === "") at(`${path}.not_measurable`, rec.not_measurable, scoreExpected.notMeasurable);
      return;
    }
    if (!Array.isArray(rec.criteria) || rec.criteria.length === 0) return at(`${path}.criteria`, rec.criteria, scoreExpected.criteriaPresent);
    rec.criteria.forEach((c, j) => {
      const cpath = `${path}.criteria[${j}]`;
      if (checkCriterion(c, cpath, at, seen)) criteria.push({ ...c, recommendation: rec.id, section: rec.section });
    });
  });
  issues.throwIfAny();
  const marks = (json.marks ?? {}) as { pass?: number; partial?: number };
  return { file, version: String(json.version ?? "unversioned"), marks: { pass: marks.pass ?? 70, partial: marks.partial ?? 30 }, recommendations, criteria };
}

function checkCriterion(c: Criterion, path: string, at: (field: string, found: unknown, expected: string) => void, seen: Set<string>): boolean {
  const before = [false];
  const fail = (field: string, found: unknown, expected: string) => {
    before[0] = true;
    at(`${path}.${field}`, found, expected);
  };
  if (typeof c.id !== "string" || !/^[a-z0-9][a-z0-9-]*$/.test(c.id) || seen.has(c.id)) fail("id", c.id, scoreExpected.criterionId);
  seen.add(c.id);
  const ok = Array.isArray(c.cutoffs) && Array.isArray(c.values) && c.cutoffs.length >= 2 && c.cutoffs.length === c.values.length &&
    c.cutoffs.every((x, i) => typeof x === "number" && (i === 0 || x > c.cutoffs[i - 1])) && c.values.every((v) => typeof v === "number" && v >= 0 && v <= 1);
  if (!ok) fail("cutoffs", { cutoffs: c.cutoffs, values: c.values }, scoreExpected.cutoffs);
  if (!(typeof c.weight === "number" && c.weight >= 0)) fail("weight", c.weight, scoreExpected.weight);
  if (!["increase", "decrease", "band"].includes(c.direction)) fail("direction", c.direction, scoreExpected.direction);
  const ind = c.indicator;
  const validRef = typeof ind === "string" ? ind !== "" : typeof ind === "object" && ind !== null && Array.isArray(ind.ratio?.numerator) && Array.isArray(ind.ratio?.denominator);
  if (!validRef) fail("indicator", ind, scoreExpected.indicator);
  return !before[0];
}
