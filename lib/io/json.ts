/**
 * The one JSON reader of every JSON input (dataset.json, codebook.json, scenario files, weights,
 * catalogue, mapping files): size checked before reading (lib/io/read-text.ts), nesting depth
 * checked before parsing, syntax errors located by line.
 *
 * `JSON.parse` copes with deep nesting, but the code that walks the result (the codebook's theme
 * tree, schema validation, JSON.stringify in messages) recurses, and a 50 000-deep codebook would
 * end in a stack overflow. So the depth of arrays and objects is measured first by one linear
 * scan of the text (strings skipped) and refused above `--max-depth` (lib/io/limits.ts).
 *
 * @example
 * parseJson('{"a": [1, 2]}', "x.json");          // { a: [1, 2] }
 * jsonTooDeep('[[[1]]]', 2);                     // 2  (the third "[" opens level 3)
 */
import { InputError } from "../errors";
import { expected, limits } from "../messages";
import { inputLimits, limitOption } from "./limits";
import { readUtf8 } from "./read-text";

/** Reads and parses a JSON file; errors name the file and the line. */
export function readJsonFile(file: string): unknown {
  return parseJson(readUtf8(file), file);
}

/** Parses JSON text, refusing nesting deeper than the limit; `file` names it in errors. */
export function parseJson(text: string, file: string): unknown {
  const maxDepth = inputLimits().depth;
  const deep = jsonTooDeep(text, maxDepth);
  if (deep !== undefined) {
    throw new InputError([{ file, row: lineOf(text, deep), found: limits.found.depth(maxDepth + 1), expected: limits.expected.maxDepth(maxDepth, limitOption("depth")) }]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))?.[1];
    const row = position === undefined ? undefined : lineOf(text, Number(position));
    throw new InputError([{ file, row, found: String((error as Error).message), expected: expected.json }]);
  }
}

/** Index of the first `[` or `{` that opens a level deeper than `max`, or undefined. */
export function jsonTooDeep(text: string, max: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++; // a backslash escapes the next character, a quote included
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) {
      if (++depth > max) return i;
    } else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return undefined;
}

/** 1-based line of a character index. */
function lineOf(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf("\n"); at >= 0 && at < index; at = text.indexOf("\n", at + 1)) line++;
  return line;
}
