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
import { readFileSync } from "node:fs";
import { InputError } from "../errors";
import { limitOption } from "../io/limits";
import { inputFileSize } from "../io/read-text";
import { expected, limits, qda } from "../messages";

/**
 * The bytes of a file, refusing a missing file, a folder, an empty file, a file over 2 GiB or
 * over the input limit (lib/io/limits.ts), and one above a caller's stricter `maxBytes`, all
 * checked with `stat` before reading, so a huge file is never loaded.
 */
export function readBytes(file: string, maxBytes?: number): Uint8Array {
  const size = inputFileSize(file);
  if (size === 0) throw new InputError([{ file, found: qda.found.emptyFile, expected: expected.nonEmptyFile }]);
  if (maxBytes !== undefined && size > maxBytes) throw new InputError([{ file, found: limits.found.fileSize(size), expected: limits.expected.maxFileSize(maxBytes, limitOption("inputMb")) }]);
  return new Uint8Array(readFileSync(file));
}

/** Strict UTF-8 decoding, shared with files on disk: see `decodeUtf8` in lib/io/read-text.ts. */
export { decodeUtf8 } from "../io/read-text";
