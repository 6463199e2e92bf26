import { readFileSync, statSync } from "node:fs";
import { InputError } from "../errors";
import { expected, found, limits as text } from "../messages";
import { limitOption, maxInputBytes, NODE_MAX_FILE_BYTES, V8_MAX_STRING_LENGTH } from "./limits";

/**
 * The size of an input file, checked BEFORE it is read: a missing file, a folder where a file
 * belongs, a file over 2 GiB (Node cannot read it) and a file over the input limit
 * (`--max-input-mb`, lib/io/limits.ts) are each an {@link InputError} naming the file, what was
 * found and what was expected.
 *
 * @example
 * inputFileSize("data/paper-m0/counts.csv") > 0; // true
 */
export function inputFileSize(path: string): number {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new InputError([{ file: path, found: found.noSuchFile, expected: expected.aFile }]);
  }
  if (stat.isDirectory()) throw new InputError([{ file: path, found: text.found.folder, expected: expected.aFile }]);
  if (!stat.isFile()) throw new InputError([{ file: path, found: found.notRegularFile, expected: expected.aFile }]);
  // The 2 GiB check comes first: raising --max-input-mb cannot make Node read such a file.
  if (stat.size > NODE_MAX_FILE_BYTES) throw new InputError([{ file: path, found: text.found.fileSize(stat.size), expected: text.expected.nodeMaxFile }]);
  const limit = maxInputBytes();
  if (stat.size > limit) throw new InputError([{ file: path, found: text.found.fileSize(stat.size), expected: text.expected.maxFileSize(limit, limitOption("inputMb")) }]);
  return stat.size;
}

/**
 * Reads a UTF-8 text file and returns its content without a byte-order mark.
 *
 * Rejects, with the file named, a missing file, a folder, a file over the size limit (checked
 * with `stat` before reading), an empty file, a UTF-16 file (as Excel's "Unicode text" export
 * writes) and any byte sequence that is not valid UTF-8 (GBK/GB18030 files from Chinese Windows
 * are the usual case). Decoding is strict: nothing is silently replaced.
 *
 * @example
 * readUtf8("data/paper-m0/counts.csv").startsWith("source,node_id"); // true
 */
export function readUtf8(path: string): string {
  const size = inputFileSize(path);
  // A UTF-8 byte decodes to at most one UTF-16 unit, so a file within V8's string length fits.
  if (size > V8_MAX_STRING_LENGTH) throw new InputError([{ file: path, found: text.found.fileSize(size), expected: text.expected.maxString(V8_MAX_STRING_LENGTH) }]);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new InputError([{ file: path, found: String((error as Error).message), expected: expected.aFile }]);
  }
  if (bytes.length === 0) throw new InputError([{ file: path, found: "an empty file", expected: expected.nonEmptyFile }]);
  const decoded = decodeUtf8(bytes, path);
  if (decoded.trim() === "") throw new InputError([{ file: path, found: "only whitespace", expected: expected.nonEmptyFile }]);
  return decoded;
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
