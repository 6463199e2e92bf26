/**
 * The coding scheme a command works with (`--scheme CODEBOOK` of `code`, `import` and `matrix`):
 * a codebook.json file, or a folder holding one (a dataset folder, data/schemes/…), read and
 * checked like a dataset's codebook (lib/dataset/codebook.ts). Without `--scheme`, the paper's
 * codebook (data/paper-m0/codebook.json). The file's text is kept to be copied unchanged into
 * the dataset folder a command writes, so the folder loads and validates with that scheme.
 *
 * Reference: docs/codebook.md.
 *
 * @example
 * const s = readSchemeFile("data/schemes/supply-demand-environment");
 * s.codebook.scheme.id; // "supply-demand-environment"
 * s.file;               // "data/schemes/supply-demand-environment/codebook.json"
 */
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../errors";
import { parseJson } from "../io/json";
import { readUtf8 } from "../io/read-text";
import { dictionaryText } from "../messages";
import { indexCodebook } from "./codebook";
import { paperDataDir } from "./load";
import type { IndexedCodebook } from "./types";

/** A scheme as read: the codebook file, its text and its index. */
export interface SchemeFile {
  file: string;
  json: string;
  codebook: IndexedCodebook;
}

/**
 * Reads the scheme at `path` (a codebook.json or a folder with one), or the paper's when undefined.
 *
 * @example
 * readSchemeFile().codebook.scheme.id; // "schneider-ingram"
 */
export function readSchemeFile(path?: string): SchemeFile {
  let file = path ?? join(paperDataDir(), "codebook.json");
  // Named by its option: "nope.json: no such file" alone does not say which argument was wrong.
  if (!existsSync(file)) throw new InputError([{ file, field: "--scheme", found: dictionaryText.found.noScheme, expected: dictionaryText.expected.scheme }]);
  if (statSync(file).isDirectory()) {
    const inside = join(file, "codebook.json");
    if (!existsSync(inside)) throw new InputError([{ file, field: "--scheme", found: dictionaryText.found.noCodebook, expected: dictionaryText.expected.scheme }]);
    file = inside;
  }
  const json = readUtf8(file);
  return { file, json, codebook: indexCodebook(parseJson(json, file), file) };
}
