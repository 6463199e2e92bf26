/**
 * Reading a foreign file's bytes and decoding UTF-8 text from bytes (archive entries included).
 *
 * Sources inside a .qdpx are bytes in memory, so they are decoded by the same strict function as
 * files on disk (lib/io/read-text.ts): UTF-8 only (REFI-QDA §8: plain-text sources are
 * UTF-8), a byte-order mark is dropped, UTF-16 and any invalid byte sequence are refused with the
 * line of the first bad byte. Nothing is silently replaced.
 *
 * Reference: RFC 3629 (UTF-8); REFI-QDA 1.5 §8.
 *
 * @example
 * decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]), "a.txt"); // "hi"
 */
import { readFileSync, statSync } from "node:fs";
import { InputError } from "../errors";
import { expected, qda } from "../messages";

/**
 * The bytes of a file, refusing a missing file, a folder, an empty file and a file above
 * `maxBytes` (checked before reading, so a huge file is never loaded).
 */
export function readBytes(file: string, maxBytes: number): Uint8Array {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new InputError([{ file, found: qda.found.notAFile, expected: expected.aFile }]);
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError([{ file, found: qda.found.noSuchFile, expected: expected.aFile }]);
  }
  if (size === 0) throw new InputError([{ file, found: qda.found.emptyFile, expected: expected.nonEmptyFile }]);
  if (size > maxBytes) throw new InputError([{ file, found: qda.found.realSize(size), expected: qda.expected.maxBytes(maxBytes) }]);
  return new Uint8Array(readFileSync(file));
}

/** Strict UTF-8 decoding, shared with files on disk: see `decodeUtf8` in lib/io/read-text.ts. */
export { decodeUtf8 } from "../io/read-text";
