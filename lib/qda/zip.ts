/**
 * Safe reading and deterministic writing of zip archives (.qdpx projects, .xlsx workbooks).
 *
 * A foreign archive is untrusted: it may be a zip bomb (tiny on disk, gigabytes inflated), hold
 * thousands of entries, or name entries `../../etc/passwd` (a "zip slip"). {@link readZip} checks
 * the entry count and every entry's declared size in fflate's `filter`, BEFORE anything is
 * inflated, then the real sizes after; it rejects unsafe paths even though the kit never writes
 * entries to disk, so a path is never trusted by a later caller either. Inflated output can never
 * exceed the declared size: fflate inflates into a buffer of exactly that size.
 *
 * Reference: PKWARE APPNOTE.TXT 6.3 (local header signature `PK\x03\x04`, end of central
 * directory `PK\x05\x06`); fflate 0.8 `unzipSync` / `zipSync`.
 *
 * @example
 * const bytes = writeZip({ "project.qde": new TextEncoder().encode("<Project/>") });
 * readZip(bytes, "p.qdpx").get("project.qde")?.length; // 10
 */
import { unzipSync, zipSync, type Zippable } from "fflate";
import { InputError } from "../errors";
import { qda } from "../messages";

/** Limits applied to an archive; the defaults suit any real coded project. */
export interface ZipLimits {
  /** Most entries (files and folders) an archive may hold. */
  maxEntries?: number;
  /** Most bytes all entries may inflate to, in total. */
  maxTotalBytes?: number;
}

export const DEFAULT_ZIP_LIMITS: Required<ZipLimits> = { maxEntries: 10_000, maxTotalBytes: 512 * 1024 * 1024 };

/** DOS dates start in 1980; a fixed local date gives the same bytes in every time zone. */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

/**
 * The file entries of a zip archive by path (folders, which end in "/", are left out).
 * Throws {@link InputError} naming `file` when the bytes are not a zip, the archive is damaged,
 * has too many entries, inflates beyond the limit, or names an unsafe path.
 */
export function readZip(bytes: Uint8Array, file: string, limits: ZipLimits = {}): Map<string, Uint8Array> {
  const { maxEntries, maxTotalBytes } = { ...DEFAULT_ZIP_LIMITS, ...limits };
  if (!isZip(bytes)) throw new InputError([{ file, found: describeStart(bytes), expected: qda.expected.zip }]);
  let entries = 0;
  let declared = 0;
  let unzipped: Record<string, Uint8Array>;
  try {
    unzipped = unzipSync(bytes, {
      filter(entry) {
        entries++;
        if (entries > maxEntries) throw new InputError([{ file, found: qda.found.entries(entries), expected: qda.expected.maxEntries(maxEntries) }]);
        const unsafe = unsafePathReason(entry.name);
        if (unsafe) throw new InputError([{ file, field: entry.name, found: unsafe, expected: qda.expected.safePath }]);
        declared += entry.originalSize;
        if (declared > maxTotalBytes) {
          throw new InputError([{ file, field: entry.name, found: qda.found.declaredSize(declared), expected: qda.expected.maxBytes(maxTotalBytes) }]);
        }
        return !entry.name.endsWith("/");
      },
    });
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError([{ file, found: qda.found.damagedZip(String((error as Error).message)), expected: qda.expected.zip }]);
  }
  // fflate never writes past the declared size, but a lying header can still claim more than it
  // holds; the real total is checked too, so the limit holds whatever the headers say.
  let real = 0;
  const files = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(unzipped)) {
    real += data.length;
    if (real > maxTotalBytes) throw new InputError([{ file, field: name, found: qda.found.realSize(real), expected: qda.expected.maxBytes(maxTotalBytes) }]);
    files.set(name, data);
  }
  return files;
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
