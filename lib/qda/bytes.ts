/**
 * Reading a foreign file's bytes and decoding UTF-8 text from bytes (archive entries included).
 *
 * `lib/io/read-text.ts` decodes files on disk; sources inside a .qdpx are bytes in memory, so the
 * same strict rules are applied here to bytes: UTF-8 only (REFI-QDA §8: plain-text sources are
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

/** Decodes UTF-8 bytes strictly, without a byte-order mark; `file` names the file in errors. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError([{ file, found: qda.found.utf16, expected: expected.utf8 }]);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError([{ file, row: firstInvalidLine(bytes), found: qda.found.notUtf8, expected: expected.utf8 }]);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The 1-based line holding the first invalid UTF-8 sequence, so the user can find it. */
function firstInvalidLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}
