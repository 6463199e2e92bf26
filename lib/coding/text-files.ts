/**
 * Raw policy texts from files, as `toolmix code` and `toolmix matrix` read them: one UTF-8 .txt a
 * document (lib/io/read-text.ts: size limit, strict UTF-8), its id and its source name in the
 * .qdpx the file name without extension (so ids survive `code --qdpx` → `import`), its title the
 * header's `# title:` or else the first non-empty line after the header, and its variables the
 * header's `# key: value` lines (./header.ts). The variables the kit reads into documents.csv are
 * checked here, with the file and line: `region` one of the four economic regions, `year` four
 * digits; every key once. `city` and `province` are free text; other keys are kept as variables
 * of the .qdpx source. The title also becomes the variable `title`, so a dataset imported back
 * from the .qdpx has the same titles.
 *
 * Reference: README "Bring your own data"; lib/import/map.ts (variables region, city, year,
 * province and title of a source).
 *
 * @example
 * const [t] = readCoderTexts(["texts/hz.txt"]);   // "# region: east\n杭州市若干政策\n…"
 * [t.id, t.name, t.title, t.variables?.region];    // ["hz", "hz", "杭州市若干政策", "east"]
 */
import { basename, extname } from "node:path";
import { REGIONS } from "../dataset/documents";
import { IssueCollector } from "../errors";
import { readUtf8 } from "../io/read-text";
import { dictionaryText as text } from "../messages";
import type { CoderText } from "./coder";
import { firstBodyLine, readHeader } from "./header";

/**
 * Reads text files into coder texts; every header problem of every file is reported at once.
 *
 * @example
 * readCoderTexts(["a.txt", "b.txt"], { skipLines: 2 }).map((t) => t.id); // ["a", "b"]
 */
export function readCoderTexts(files: readonly string[], options: { skipLines?: number } = {}): CoderText[] {
  const issues = new IssueCollector();
  const texts = files.map((file) => {
    const body = readUtf8(file);
    const id = basename(file, extname(file));
    const variables = headerVariables(body, options.skipLines ?? 0, file, issues);
    const title = variables.title ?? firstBodyLine(body, options.skipLines ?? 0) ?? id;
    return { id, name: id, title, text: body, variables: { ...variables, title } };
  });
  issues.throwIfAny();
  return texts;
}

function headerVariables(body: string, skipLines: number, file: string, issues: IssueCollector): Record<string, string> {
  // Keys are user data: a null-prototype record, so a key "__proto__" is a key like any other.
  const out = Object.create(null) as Record<string, string>;
  const lineOf = new Map<string, number>();
  for (const v of readHeader(body, skipLines).variables) {
    const at = { file, row: v.line, field: v.key };
    const first = lineOf.get(v.key);
    if (first !== undefined) issues.add({ ...at, found: v.value, expected: text.expected.variableOnce(first) });
    else if (v.value === "") issues.add({ ...at, found: "", expected: text.expected.headerValue });
    else if (v.key === "region" && !(REGIONS as readonly string[]).includes(v.value)) issues.add({ ...at, found: v.value, expected: text.expected.region(REGIONS) });
    else if (v.key === "year" && !/^\d{4}$/.test(v.value)) issues.add({ ...at, found: v.value, expected: text.expected.year });
    else out[v.key] = v.value;
    lineOf.set(v.key, lineOf.get(v.key) ?? v.line);
  }
  return out;
}
