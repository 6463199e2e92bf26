import { readFileSync, statSync } from "node:fs";
import { InputError } from "../errors";
import { expected, found } from "../messages";

/**
 * Reads a UTF-8 text file and returns its content without a byte-order mark.
 *
 * Rejects, with the file named, a missing file, an empty file, a UTF-16 file (as Excel's
 * "Unicode text" export writes) and any byte sequence that is not valid UTF-8 (GBK/GB18030 files
 * from Chinese Windows are the usual case). Decoding is strict: nothing is silently replaced.
 *
 * @example
 * readUtf8("data/paper-m0/counts.csv").startsWith("source,node_id"); // true
 */
export function readUtf8(path: string): string {
  let bytes: Buffer;
  try {
    if (!statSync(path).isFile()) throw new InputError([{ file: path, expected: expected.aFile }]);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError([{ file: path, found: "no such file", expected: expected.aFile }]);
  }
  if (bytes.length === 0) throw new InputError([{ file: path, found: "an empty file", expected: expected.nonEmptyFile }]);
  const text = decodeUtf8(bytes, path);
  if (text.trim() === "") throw new InputError([{ file: path, found: "only whitespace", expected: expected.nonEmptyFile }]);
  return text;
}

/**
 * Decodes UTF-8 bytes strictly, without a byte-order mark; `file` names the file in errors. UTF-16
 * (a byte-order mark) and any invalid sequence are refused with the line of the first bad byte.
 * Used for files on disk and for texts inside archives alike. Reference: RFC 3629.
 *
 * @example
 * decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]), "a.txt"); // "hi"
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError([{ file, found: found.utf16, expected: expected.utf8 }]);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError([{ file, row: firstInvalidUtf8Line(bytes), found: found.notUtf8, expected: expected.utf8 }]);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The 1-based line holding the first invalid UTF-8 sequence, so the user can find it. */
function firstInvalidUtf8Line(bytes: Uint8Array): number {
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
