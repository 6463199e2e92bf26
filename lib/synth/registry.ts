import type { DocumentRow } from "../dataset/types";
import type { Rng } from "../random/prng";
import { synth } from "../messages";
import { INVENTED_PLAN, PROVINCE_OF, PROVINCIAL_PLACES, YEAR_WEIGHTS, type City, type PlacementGroup } from "./places";
import { shuffle, weightedIndex } from "./sample";
import type { SyntheticDocument } from "./types";

/** How many documents Table 1 lists; the plan adds as many invented ones. */
export const LISTED_DOCUMENTS = 34;

/**
 * The synthetic document registry: Table 1's 34 listed documents as printed (doc_ids t01…t34,
 * with their province), then 34 invented documents (s01…s34) placed by {@link INVENTED_PLAN} in
 * real cities of the right provinces, so section 2.3.1's shares, 50 cities and 20 provinces hold
 * exactly for every seed. The seed only decides which pool cities are used, which invented
 * documents reuse a city, and the years.
 *
 * @example
 * const docs = buildRegistry(loadDataset().documents, new Rng(7));
 * docs.length;                                     // 68
 * docs.filter((d) => d.region === "central").length; // 11
 * countCities(docs);                               // 50
 */
export function buildRegistry(listed: readonly DocumentRow[], rng: Rng): SyntheticDocument[] {
  if (listed.length !== LISTED_DOCUMENTS) throw new Error(synth.listedCount(listed.length, LISTED_DOCUMENTS));
  const unknown = listed.find((d) => !Object.hasOwn(PROVINCE_OF, d.place) || d.region === undefined || d.year === undefined);
  if (unknown !== undefined) throw new Error(synth.unknownPlace(unknown.place, unknown.row));
  const documents: SyntheticDocument[] = listed.map((d, i) => ({
    row: i + 1,
    region: d.region!, // checked above: every listed document of Table 1 has a region
    place: d.place,
    place_en: d.place_en,
    year: d.year!,
    title: d.title,
    doc_id: `t${pad(i + 1)}`,
    province: PROVINCE_OF[d.place],
    invented: false,
  }));
  const englishOf = new Map(listed.map((d) => [d.place, d.place_en]));
  let invented = 0;
  for (const group of INVENTED_PLAN) {
    for (const place of placeGroup(group, englishOf, rng)) {
      invented++;
      documents.push({
        row: documents.length + 1,
        region: group.region,
        place: place.city,
        place_en: place.city_en,
        year: drawYear(rng),
        title: `(synthetic document ${invented})`,
        doc_id: `s${pad(invented)}`,
        province: place.province,
        invented: true,
      });
    }
  }
  return documents;
}

/**
 * The places of one group's invented documents: `newCities` distinct pool cities once each, the
 * remaining documents in cities the group already has (listed or just opened), so the group adds
 * exactly `newCities` cities. Sorted by the plan's city order, so the registry reads in a stable order.
 */
function placeGroup(group: PlacementGroup, englishOf: ReadonlyMap<string, string>, rng: Rng): City[] {
  if (group.newCities > group.documents || group.newCities > group.pool.length) throw new Error(synth.badPlan(group.name));
  const opened = shuffle(group.pool, rng).slice(0, group.newCities);
  const listed: City[] = group.listedCities.map((name) => ({ city: name, city_en: englishOf.get(name) ?? name, province: PROVINCE_OF[name] }));
  const reusable = [...listed, ...opened];
  const places = [...opened];
  for (let i = group.newCities; i < group.documents; i++) places.push(reusable[rng.nextInt(reusable.length)]);
  const order = [...group.listedCities, ...group.pool.map((c) => c.city)];
  return places.sort((a, b) => order.indexOf(a.city) - order.indexOf(b.city));
}

function drawYear(rng: Rng): number {
  return YEAR_WEIGHTS[weightedIndex(YEAR_WEIGHTS.map(([, w]) => w), rng)][0];
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Whether a document was issued by a city (a 直辖市 counts; a provincial document such as 广西's does not). */
export function isCityDocument(doc: { place: string }): boolean {
  return !PROVINCIAL_PLACES.includes(doc.place);
}

/** Distinct cities of a registry (provincial documents excluded). */
export function countCities(documents: ReadonlyArray<{ place: string }>): number {
  return new Set(documents.filter(isCityDocument).map((d) => d.place)).size;
}

/** Distinct provinces of a registry. */
export function countProvinces(documents: ReadonlyArray<{ province?: string }>): number {
  return new Set(documents.map((d) => d.province).filter((p) => p !== undefined)).size;
}
