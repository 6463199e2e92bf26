import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ForeignCode, ForeignCoding, ForeignProject } from "../qda/types";

/** The hand-coded example of data/examples/m0-example/codings.json. */
interface ExampleCodings {
  documents: Array<{ id: string; name: string; variables: Record<string, string> }>;
  codes: Array<{ path: string }>;
  codings: Array<{ doc: string; code: string; text: string }>;
}

/**
 * Builds the example project (data/examples/m0-example: texts and hand codings with the
 * example's own code names) as a ForeignProject, each coding located by its quoted text and
 * given code-point offsets as the REFI-QDA standard counts them. scripts/make-example.mjs writes
 * it as data/examples/m0-example.qdpx; a test checks that the shipped file matches.
 *
 * @example
 * exampleProject(kitPath("data", "examples", "m0-example")).codings.length; // 33
 */
export function exampleProject(dir: string): ForeignProject {
  const spec = JSON.parse(readFileSync(join(dir, "codings.json"), "utf8")) as ExampleCodings;
  const codes = new Map<string, ForeignCode>();
  for (const { path } of spec.codes) {
    const parts = path.split("/");
    parts.forEach((name, i) => {
      const guid = parts.slice(0, i + 1).join("/");
      if (!codes.has(guid)) codes.set(guid, { guid, name, parent: i === 0 ? null : parts.slice(0, i).join("/"), codable: true });
    });
  }
  const sources = spec.documents.map((d) => ({ guid: d.id, name: d.name, text: readFileSync(join(dir, "texts", `${d.id}.txt`), "utf8"), variables: d.variables }));
  const codings: ForeignCoding[] = spec.codings.map((c, i) => {
    const text = sources.find((s) => s.guid === c.doc)?.text;
    if (text === undefined) throw new Error(`${dir}/codings.json: codings[${i}] names document "${c.doc}", which is not listed`);
    if (!codes.has(c.code)) throw new Error(`${dir}/codings.json: codings[${i}] names code "${c.code}", which is not listed`);
    const at = text.indexOf(c.text);
    if (at < 0) throw new Error(`${dir}/codings.json: codings[${i}] quotes text that is not in ${c.doc}.txt: ${c.text}`);
    const start = [...text.slice(0, at)].length;
    return { source: c.doc, code: c.code, start, end: start + [...c.text].length };
  });
  return { file: join(dir, "codings.json"), origin: "toolmix example", codes: [...codes.values()], sources, codings, offsetUnit: "codepoint", missingTexts: [], notes: [] };
}
