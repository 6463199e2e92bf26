/**
 * Safe reading and deterministic writing of zip archives (.qdpx projects, .xlsx workbooks).
 *
 * A foreign archive is untrusted: it may be a zip bomb (tiny on disk, gigabytes inflated), hold
 * thousands of entries, lie about its sizes, or name entries `../../etc/passwd` (a "zip slip").
 * {@link readZip} reads the central directory first (./zip-directory.ts) and checks the entry
 * count, every path and the declared sizes BEFORE anything is inflated; then it inflates each
 * entry as a stream (fflate's `Inflate`, 16 KiB of input at a time) into a buffer of its declared
 * size and stops the moment the output would pass it, so a header that understates its size costs
 * one chunk, not the bomb. A 0.5 MB archive declaring 480 MB is refused in a millisecond.
 *
 * Limits default to lib/io/limits.ts (`--max-input-mb`, `--max-entries`); a caller may pass
 * stricter ones. Reference: PKWARE APPNOTE.TXT 6.3; fflate 0.8 `Inflate` / `zipSync`.
 *
 * @example
 * const bytes = writeZip({ "project.qde": new TextEncoder().encode("<Project/>") });
 * readZip(bytes, "p.qdpx").get("project.qde")?.length; // 10
 */
import { Inflate, zipSync, type Zippable } from "fflate";
import { InputError } from "../errors";
import { DEFAULT_LIMITS, inputLimits, limitOption, maxInputBytes } from "../io/limits";
import { qda } from "../messages";
import { readZipDirectory, ZipFormatError, type ZipEntry } from "./zip-directory";

/** Limits applied to an archive; absent ones are those of lib/io/limits.ts. */
export interface ZipLimits {
  /** Most entries (files and folders) an archive may hold. */
  maxEntries?: number;
  /** Most bytes all entries may inflate to, in total. */
  maxTotalBytes?: number;
}

/** The default limits (lib/io/limits.ts); the ones in force are {@link zipLimits}`()`. */
export const DEFAULT_ZIP_LIMITS: Required<ZipLimits> = { maxEntries: DEFAULT_LIMITS.entries, maxTotalBytes: DEFAULT_LIMITS.inputMb * 1024 * 1024 };

/** The limits in force: those given, else the process-wide ones (lib/io/limits.ts). */
export function zipLimits(limits: ZipLimits = {}): Required<ZipLimits> {
  return { maxEntries: limits.maxEntries ?? inputLimits().entries, maxTotalBytes: limits.maxTotalBytes ?? maxInputBytes() };
}

/** DOS dates start in 1980; a fixed local date gives the same bytes in every time zone. */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

/** Compressed bytes pushed at a time: deflate expands at most ~1032:1, so one push yields ≤ 17 MB. */
const CHUNK = 16 * 1024;

/**
 * The file entries of a zip archive by path (folders, which end in "/", are left out).
 * Throws {@link InputError} naming `file` when the bytes are not a zip, the archive is damaged,
 * has too many entries, declares more than the limit, inflates past what its headers declare, or
 * names an unsafe path.
 */
export function readZip(bytes: Uint8Array, file: string, limits: ZipLimits = {}): Map<string, Uint8Array> {
  const { maxEntries, maxTotalBytes } = zipLimits(limits);
  if (!isZip(bytes)) throw new InputError([{ file, found: describeStart(bytes), expected: qda.expected.zip }]);
  try {
    const directory = readZipDirectory(bytes);
    if (directory.count > maxEntries) throw new InputError([{ file, found: qda.found.entries(directory.count), expected: qda.expected.maxEntries(maxEntries, limitOption("entries")) }]);
    const entries = directory.entries();
    let declared = 0;
    for (const entry of entries) {
      const unsafe = unsafePathReason(entry.name);
      if (unsafe) throw new InputError([{ file, field: entry.name, found: unsafe, expected: qda.expected.safePath }]);
      declared += entry.declaredSize;
      if (declared > maxTotalBytes) {
        throw new InputError([{ file, field: entry.name, found: qda.found.declaredSize(declared), expected: qda.expected.maxBytes(maxTotalBytes, limitOption("inputMb")) }]);
      }
    }
    const files = new Map<string, Uint8Array>();
    for (const entry of entries) if (!entry.name.endsWith("/")) files.set(entry.name, inflateEntry(bytes, entry, file));
    return files;
  } catch (error) {
    if (error instanceof InputError) throw error;
    // fflate's own errors (invalid deflate data) and the directory reader's say what is damaged.
    throw new InputError([{ file, found: qda.found.damagedZip(String((error as Error).message)), expected: qda.expected.zip }]);
  }
}

/** An entry's bytes, inflated as a stream that stops as soon as it passes the declared size. */
function inflateEntry(bytes: Uint8Array, entry: ZipEntry, file: string): Uint8Array {
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  const lie = (real: string) => new InputError([{ file, field: entry.name, found: qda.found.sizeMismatch(entry.declaredSize, real), expected: qda.expected.honestSizes }]);
  if (entry.method === 0) {
    if (data.length !== entry.declaredSize) throw lie(String(data.length));
    return data.slice();
  }
  if (entry.method !== 8) throw new ZipFormatError(qda.found.compression(entry.name, entry.method));
  const out = new Uint8Array(entry.declaredSize);
  let length = 0;
  let done = false;
  const inflate = new Inflate((chunk, final) => {
    if (length + chunk.length > out.length) throw lie(qda.found.moreThan(out.length));
    out.set(chunk, length);
    length += chunk.length;
    done ||= final;
  });
  for (let at = 0; at < data.length; at += CHUNK) inflate.push(data.subarray(at, Math.min(at + CHUNK, data.length)), at + CHUNK >= data.length);
  if (data.length === 0) inflate.push(data, true);
  if (!done || length !== out.length) throw lie(String(length));
  return out;
}

/** True when the bytes start like a zip: a local file header, or the end record of an empty zip. */
export function isZip(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
  return (bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06);
}

/**
 * Why an entry path is unsafe, or undefined when it is a plain relative path: `..` segments,
 * absolute paths (`/x`, `\x`), drive letters (`C:`), and NUL bytes would let a later writer
 * escape its folder.
 */
export function unsafePathReason(name: string): string | undefined {
  if (name.includes("\0")) return qda.found.nulInPath(name);
  if (/^[A-Za-z]:/.test(name)) return qda.found.driveLetter(name);
  if (name.startsWith("/") || name.startsWith("\\")) return qda.found.absolutePath(name);
  if (name.split(/[\\/]/).includes("..")) return qda.found.parentSegment(name);
  return undefined;
}

/**
 * A zip archive of `files` (path → bytes), deflated, with a fixed modification time so the same
 * files always give the same bytes. Entries keep the order of `files`.
 */
export function writeZip(files: Readonly<Record<string, Uint8Array>>): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(files)) {
    if (unsafePathReason(name)) throw new Error(qda.internal.unsafeWrite(name));
    zippable[name] = data;
  }
  return zipSync(zippable, { level: 6, mtime: FIXED_MTIME });
}

/** The first bytes, shown so the user can see what the file really is. */
function describeStart(bytes: Uint8Array): string {
  if (bytes.length === 0) return qda.found.emptyBytes;
  const head = Array.from(bytes.subarray(0, 4), (b) => b.toString(16).padStart(2, "0")).join(" ");
  return qda.found.notZip(head);
}
