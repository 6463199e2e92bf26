import { InputError, IssueCollector } from "../errors";
import { readJson } from "../dataset/load";
import { schemeText, scoreExpected } from "../messages";
import { kitPath } from "../util/paths";
import { checkSchema, foundText } from "../io/json-schema";
import { PAPER_SCHEME_ID } from "../dataset/codebook";
import { fixedIndicatorNames } from "../simulate/indicator-docs";
import type { CatalogueFile } from "./catalogue-file";
import type { Catalogue, CatalogueCriterion, Criterion } from "./types";

/** The shipped catalogue of the paper's recommendations. */
export function defaultCatalogueFile(): string {
  return kitPath("data", "recommendations.json");
}

/**
 * Loads and checks a recommendation catalogue (data/recommendations.json by default): every
 * recommendation quotes its sentence; a measurable one has criteria with increasing cutoffs, a
 * value (0–1) per cutoff, a weight ≥ 0 and an indicator; one that is not measurable says what
 * data would be needed. Problems name the file and the JSON path. `scheme` names the coding scheme
 * the criteria apply to (default the paper's, `schneider-ingram`; see {@link checkCatalogueScheme}).
 *
 * @example
 * loadCatalogue().criteria.map((c) => c.id); // ["authority-share", "tool-evenness", …]
 */
export function loadCatalogue(file: string = defaultCatalogueFile()): Catalogue {
  const json = readJson(file);
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw new InputError([{ file, found: foundText(json), expected: scoreExpected.catalogueObject }]);
  // The shape first (schemas/catalogue.schema.json): below, every object is an object, never null.
  checkSchema(json, "catalogue", file);
  return checkCatalogue(json as CatalogueFile, file);
}

/** The semantic checks of a catalogue whose shape fits the schema (see {@link loadCatalogue}). */
function checkCatalogue(json: CatalogueFile, file: string): Catalogue {
  const issues = new IssueCollector();
  const at = (field: string, found: unknown, expected: string) => issues.add({ file, field, found: foundText(found), expected });
  const recommendations = json.recommendations;
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
  // Scores are weighted means over the criteria: they need at least one, with some weight.
  if (issues.count === 0 && criteria.length === 0) at("recommendations", recommendations.length, scoreExpected.someCriterion);
  else if (issues.count === 0 && !(criteria.reduce((sum, c) => sum + c.weight, 0) > 0)) at("recommendations", criteria.map((c) => c.weight), scoreExpected.someWeight);
  issues.throwIfAny();
  const marks = json.marks ?? { pass: 70, partial: 30 };
  if (!(marks.partial >= 0 && marks.partial <= marks.pass && marks.pass <= 100)) at("marks", marks, scoreExpected.marks);
  issues.throwIfAny();
  return { file, version: json.version ?? "unversioned", scheme: json.scheme ?? PAPER_SCHEME_ID, marks: { pass: marks.pass, partial: marks.partial }, recommendations, criteria };
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
    c.cutoffs.every((x, i) => Number.isFinite(x) && (i === 0 || x > c.cutoffs[i - 1])) && c.values.every((v) => typeof v === "number" && v >= 0 && v <= 1);
  if (!ok) fail("cutoffs", { cutoffs: c.cutoffs, values: c.values }, scoreExpected.cutoffs);
  if (!(Number.isFinite(c.weight) && c.weight >= 0)) fail("weight", c.weight, scoreExpected.weight);
  if (!["increase", "decrease", "band"].includes(c.direction)) fail("direction", c.direction, scoreExpected.direction);
  const ind = c.indicator;
  const validRef = typeof ind === "string" ? isIndicatorName(ind) : ind.ratio.numerator.length > 0 && ind.ratio.denominator.length > 0 && [...ind.ratio.numerator, ...ind.ratio.denominator].every(isIndicatorName);
  if (!validRef) fail("indicator", ind, scoreExpected.indicatorName(fixedIndicatorNames()));
  return !before[0];
}

const NODE_INDICATOR = /^(share|promotion)\.[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/;

/**
 * A name the simulation can produce: a fixed indicator or share.<node> / promotion.<tool>. Checked
 * as a list, never as an object key, so "constructor" or "toString" are unknown names.
 */
function isIndicatorName(name: string): boolean {
  return fixedIndicatorNames().includes(name) || NODE_INDICATOR.test(name);
}

/**
 * Refuses to score a dataset coded in another scheme than the catalogue's: the criteria name nodes
 * and indicators of that scheme, so they would be missing or, worse, mean something else. The
 * error names the catalogue file, its scheme and the dataset's.
 *
 * @example
 * checkCatalogueScheme(loadCatalogue(), { id: "sde-docs", scheme: "supply-demand-environment" }); // throws InputError
 */
export function checkCatalogueScheme(catalogue: Pick<Catalogue, "file" | "scheme">, dataset: { id: string; scheme: string }): void {
  const scheme = catalogue.scheme ?? PAPER_SCHEME_ID;
  if (scheme === dataset.scheme) return;
  throw new InputError([{ file: catalogue.file, field: "scheme", found: schemeText.catalogueFound(scheme), expected: schemeText.catalogueScheme(scheme, dataset.scheme, dataset.id) }]);
}
