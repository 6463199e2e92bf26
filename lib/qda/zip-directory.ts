/**
 * The central directory of a zip archive, read without inflating anything: each entry's name,
 * compression method, compressed and declared (uncompressed) size, and where its data starts.
 * {@link readZip} (./zip.ts) checks the entry count and the declared sizes here, before any
 * byte is inflated, then inflates each entry as a stream that stops at its declared size.
 *
 * Every offset is checked against the archive's length, so a damaged or crafted directory is a
 * {@link ZipFormatError}, never a read past the end. ZIP64 (sizes and offsets of 0xFFFFFFFF with
 * an extra field 0x0001, and the ZIP64 end record) is read as fflate reads it.
 *
 * Reference: PKWARE APPNOTE.TXT 6.3.10 §4.3.7 (local header), §4.3.12 (central directory header),
 * §4.3.14–16 (ZIP64 end record and locator, end of central directory), §4.5.3 (ZIP64 extra field).
 *
 * @example
 * const dir = readZipDirectory(zipSync({ "a.txt": strToU8("hi") }));
 * dir.count;                      // 1
 * dir.entries()[0].declaredSize;  // 2
 */

/** One entry of the central directory. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; any other method is refused when the entry is read. */
  method: number;
  compressedSize: number;
  declaredSize: number;
  /** Offset of the entry's data (past its local header). */
  dataStart: number;
}

/** A damaged or unsupported archive; the message says what is wrong, for the user's message. */
export class ZipFormatError extends Error {
  override name = "ZipFormatError";
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * The archive's entry count (from the end record, known before any entry is read) and a function
 * listing its entries.
 */
export function readZipDirectory(data: Uint8Array): { count: number; entries: () => ZipEntry[] } {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const u16 = (at: number) => (at + 2 <= data.length ? view.getUint16(at, true) : fail(`offset ${at} is past the end`));
  const u32 = (at: number) => (at + 4 <= data.length ? view.getUint32(at, true) : fail(`offset ${at} is past the end`));
  const u64 = (at: number) => u32(at) + u32(at + 4) * 2 ** 32;
  // The end record is in the last 22 + 65 535 bytes (its comment is at most 65 535 bytes long).
  const lowest = Math.max(0, data.length - 22 - 65_535);
  let end = data.length - 22;
  while (end >= lowest && u32(end) !== EOCD) end--;
  if (end < lowest) fail("no end of central directory record");
  let count = u16(end + 10);
  let offset = u32(end + 16);
  const zip64 = end >= 20 && u32(end - 20) === ZIP64_LOCATOR && u32(u32(end - 12)) === ZIP64_EOCD;
  if (zip64) {
    const record = u32(end - 12);
    count = u64(record + 32);
    offset = u64(record + 48);
  }
  const entries = (): ZipEntry[] => {
    const out: ZipEntry[] = [];
    let at = offset;
    for (let i = 0; i < count; i++) {
      if (u32(at) !== CENTRAL) fail(`entry ${i + 1} of the central directory has no header signature`);
      const nameLength = u16(at + 28);
      const extraLength = u16(at + 30);
      const commentLength = u16(at + 32);
      const nameStart = at + 46;
      if (nameStart + nameLength > data.length) fail(`entry ${i + 1}'s name runs past the end`);
      // Bit 11: the name is UTF-8; otherwise CP437, which for the ASCII names of real archives is the same.
      const utf8 = (u16(at + 8) & 0x800) !== 0;
      const raw = data.subarray(nameStart, nameStart + nameLength);
      const name = utf8 ? new TextDecoder().decode(raw) : String.fromCharCode(...raw);
      let compressedSize = u32(at + 20);
      let declaredSize = u32(at + 24);
      let local = u32(at + 42);
      if (compressedSize === 0xffffffff || declaredSize === 0xffffffff || local === 0xffffffff) {
        const extra = zip64Extra(data, nameStart + nameLength, extraLength, u16);
        if (!extra) fail(`entry ${name} has ZIP64 sizes without a ZIP64 extra field`);
        // The extra field holds only the values that overflowed, in this order.
        let field = extra;
        if (declaredSize === 0xffffffff) (declaredSize = u64(field)), (field += 8);
        if (compressedSize === 0xffffffff) (compressedSize = u64(field)), (field += 8);
        if (local === 0xffffffff) local = u64(field);
      }
      if (u32(local) !== LOCAL) fail(`entry ${name} points to no local header`);
      const dataStart = local + 30 + u16(local + 26) + u16(local + 28);
      if (dataStart + compressedSize > data.length) fail(`entry ${name}'s data runs past the end`);
      out.push({ name, method: u16(at + 10), compressedSize, declaredSize, dataStart });
      at = nameStart + nameLength + extraLength + commentLength;
    }
    return out;
  };
  return { count, entries };
}

/** Offset of the values in a ZIP64 extra field (id 0x0001), or undefined when there is none. */
function zip64Extra(data: Uint8Array, start: number, length: number, u16: (at: number) => number): number | undefined {
  for (let at = start; at + 4 <= start + length && at + 4 <= data.length; at += 4 + u16(at + 2)) {
    if (u16(at) === 1) return at + 4;
  }
  return undefined;
}

function fail(detail: string): never {
  throw new ZipFormatError(detail);
}
