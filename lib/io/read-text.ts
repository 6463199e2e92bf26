import { readFileSync, statSync } from "node:fs";
import { InputError } from "../errors";
import { expected } from "../messages";

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
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError([{ file: path, found: "UTF-16 text (byte-order mark)", expected: expected.utf8 }]);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8Line(bytes);
    throw new InputError([{ file: path, row: at, found: "bytes that are not UTF-8", expected: expected.utf8 }]);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") throw new InputError([{ file: path, found: "only whitespace", expected: expected.nonEmptyFile }]);
  return text;
}

/** The 1-based line holding the first invalid UTF-8 sequence, so the user can find it. */
function firstInvalidUtf8Line(bytes: Buffer): number {
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
