/**
 * Document ids through a .qdpx round trip. The .qdpx writer gives each source the GUID derived
 * from its id (./guid.ts `guidFor("source", id)`), and `toolmix code` names each source after its
 * file, which is also its id. Reading such a project back, a source whose GUID is exactly the one
 * derived from its own name was written that way, so its id is its name again: `toolmix code
 * a.txt --qdpx p.qdpx --out d1` and `toolmix import p.qdpx --out d2` give d2 the doc_ids of d1
 * ("a"), not GUIDs. Any other source (a GUID of NVivo, ATLAS.ti, …, or a kit source named after
 * its title) keeps its GUID. Ids are restored only when they stay unique.
 *
 * Reference: ./guid.ts (RFC 9562 version-5-shaped GUIDs from names); ./qdpx-write.ts.
 *
 * @example
 * const p = { sources: [{ guid: stableGuid("source", "hz"), name: "hz", variables: {} }], codings: [] };
 * restoreKitIds(p).sources[0].guid; // "hz"
 */
import { stableGuid } from "./guid";
import type { ForeignCoding, ForeignSource } from "./types";

/**
 * The project's sources and codings with the kit's derived source GUIDs turned back into ids.
 *
 * @example
 * restoreKitIds({ sources: [{ guid: "1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294", name: "深圳", variables: {} }], codings: [] }).sources[0].guid; // unchanged
 */
export function restoreKitIds<P extends { sources: ForeignSource[]; codings: ForeignCoding[] }>(project: P): P {
  const rename = new Map<string, string>();
  for (const s of project.sources) {
    const bare = s.guid.replace(/^\{(.*)\}$/, "$1").toUpperCase();
    if (s.name !== "" && bare === stableGuid("source", s.name)) rename.set(s.guid, s.name);
  }
  if (rename.size === 0) return project;
  const ids = project.sources.map((s) => rename.get(s.guid) ?? s.guid);
  if (new Set(ids).size !== ids.length) return project;
  return {
    ...project,
    sources: project.sources.map((s) => ({ ...s, guid: rename.get(s.guid) ?? s.guid })),
    codings: project.codings.map((c) => (rename.has(c.source) ? { ...c, source: rename.get(c.source) as string } : c)),
  };
}
