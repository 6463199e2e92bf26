/**
 * The coder's output as a `ForeignProject` (lib/qda/types.ts), the shape every importer of the kit
 * produces, so it can be written as .qdpx or mapped onto the codebook like any coded project.
 *
 * Codes are the kit's own node ids (guid and name both, e.g. "authority.promotion",
 * "land_supply.admission"), so mapping needs no mapping file: the mapper takes a code whose name
 * is a node id as that node. Tools are parents of their two cells (not codable: the coder codes
 * cells); theme nodes keep the codebook's tree. Sources are the texts (guid = the text's id), with
 * their variables. Codings use code points, end exclusive, as REFI-QDA §10.2 asks, and cover each
 * clause's content after its numbering marker; a clause with several cells has one coding per cell
 * over the same range. Sources are named by `sourceOf`.
 *
 * Reference: REFI-QDA 1.5 §10.2; lib/import/map.ts (node ids as code names map directly).
 *
 * @example
 * const { project } = codeTexts([{ id: "d1", text: "配套用房一律不得分割。" }]);
 * project.codings[0]; // { source: "d1", start: 0, end: 11, code: "authority.constraint" }  (then its theme codings)
 */
import type { ThemeDef } from "../dataset/types";
import { coding as text } from "../messages";
import type { ForeignCode, ForeignCoding, ForeignProject, ForeignSource } from "../qda/types";
import type { CodedSegment, CoderText } from "./coder";
import { TOOL_CELLS } from "./lexicon";

function themeCodes(themes: readonly ThemeDef[], parent: string | null): ForeignCode[] {
  return themes.flatMap((t) => [{ guid: t.id, name: t.id, parent, codable: true }, ...themeCodes(t.children ?? [], t.id)]);
}

/**
 * A text as a project source: guid = the text's id, name = its `name` (`toolmix code` gives the
 * file name), else its title, else its id; its variables.
 *
 * @example
 * sourceOf({ id: "a", name: "a", title: "某市办法", text: "…" }).name; // "a"
 */
export function sourceOf(t: CoderText): ForeignSource {
  return { guid: t.id, name: t.name ?? t.title ?? t.id, text: t.text, variables: { ...(t.variables ?? {}) } };
}

/**
 * Builds the project from the texts and their coded segments.
 *
 * @example
 * toForeignProject(texts, segments, codebook.themes, "1.0.0").offsetUnit; // "codepoint"
 */
export function toForeignProject(texts: readonly CoderText[], segments: readonly CodedSegment[], themes: readonly ThemeDef[], version: string, file = "toolmix-dictionary-coder", unit: "clause" | "sentence" = "clause"): ForeignProject {
  const tools = [...new Set(TOOL_CELLS.map((c) => c.split(".")[0]))];
  const codes: ForeignCode[] = [
    ...tools.flatMap((tool) => [
      { guid: tool, name: tool, parent: null, codable: false },
      ...TOOL_CELLS.filter((c) => c.startsWith(`${tool}.`)).map((cell) => ({ guid: cell, name: cell, parent: tool, codable: true })),
    ]),
    ...themeCodes(themes, null),
  ];
  const known = new Set(codes.map((c) => c.guid));
  const codings: ForeignCoding[] = [];
  for (const s of segments) {
    const span = { source: s.document, start: s.contentStartCodePoint, end: s.endCodePoint };
    for (const cell of s.tools) codings.push({ ...span, code: cell });
    for (const node of s.themes) if (known.has(node)) codings.push({ ...span, code: node });
  }
  const sources = texts.map(sourceOf);
  const coded = segments.filter((s) => s.tool !== null).length;
  return {
    file,
    origin: text.origin(version),
    codes,
    sources,
    codings,
    offsetUnit: "codepoint",
    missingTexts: [],
    notes: [text.projectNote(version, texts.length, segments.length, coded, unit)],
  };
}
