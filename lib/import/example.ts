import { readFileSync } from "node:fs";
import { join } from "node:path";
import { containedPath } from "../io/contained";
import { readJsonFile } from "../io/json";
import type { ForeignCode, ForeignCoding, ForeignProject } from "../qda/types";
import { InputError } from "../errors";
import { exampleText } from "../messages";

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
  // Read like every JSON input: size and nesting depth limited, syntax errors located (lib/io/json.ts).
  const spec = readJsonFile(join(dir, "codings.json")) as ExampleCodings;
  const codes = new Map<string, ForeignCode>();
  for (const { path } of spec.codes) {
    const parts = path.split("/");
    parts.forEach((name, i) => {
      const guid = parts.slice(0, i + 1).join("/");
      if (!codes.has(guid)) codes.set(guid, { guid, name, parent: i === 0 ? null : parts.slice(0, i).join("/"), codable: true });
    });
  }
  // A document id names a text file: it must stay inside the folder (no "../").
  const sources = spec.documents.map((d, i) => ({ guid: d.id, name: d.name, text: readFileSync(containedPath(dir, `texts/${d.id}.txt`, join(dir, "codings.json"), `documents[${i}].id`), "utf8"), variables: d.variables }));
  const codings: ForeignCoding[] = spec.codings.map((c, i) => {
    const text = sources.find((s) => s.guid === c.doc)?.text;
    if (text === undefined) throw new InputError([{ file: join(dir, "codings.json"), field: `codings[${i}].doc`, found: c.doc, expected: exampleText.unknownDocument(c.doc) }]);
    if (!codes.has(c.code)) throw new InputError([{ file: join(dir, "codings.json"), field: `codings[${i}].code`, found: c.code, expected: exampleText.unknownCode(c.code) }]);
    const at = text.indexOf(c.text);
    if (at < 0) throw new InputError([{ file: join(dir, "codings.json"), field: `codings[${i}].text`, found: c.text, expected: exampleText.quoteNotInText(c.doc) }]);
    const start = [...text.slice(0, at)].length;
    return { source: c.doc, code: c.code, start, end: start + [...c.text].length };
  });
  return { file: join(dir, "codings.json"), origin: "toolmix example", codes: [...codes.values()], sources, codings, offsetUnit: "codepoint", missingTexts: [], notes: [] };
}
