/**
 * Foreign coded projects: one entry point, {@link readForeignProject}, that picks the reader by
 * extension, and the readers, the .qdpx writer and the counts behind it.
 *
 * | extension | reader |
 * |---|---|
 * | .qdpx | REFI-QDA project archive (project.qde + sources/) |
 * | .qde  | REFI-QDA project file alone (texts missing unless inline) |
 * | .qdc  | REFI-QDA codebook (codes only) |
 * | .xlsx | NVivo "Export Coding Matrix" workbook |
 * | .csv  | a tidy CSV when the header has `document` and `node`; an NVivo matrix export when its first header cell is empty |
 *
 * Reference: lib/qda/refi.ts, matrix.ts, tidy.ts.
 *
 * @example
 * const project = readForeignProject("tests/fixtures/qda/tidy-counts.csv");
 * project.codes.length;                                    // 6
 * foreignCounts(project).find((c) => c.name === "权威型"); // { references: 10, files: 3, … }
 */
import { extname } from "node:path";
import { InputError } from "../errors";
import { parseCsv } from "../io/csv";
import { readUtf8 } from "../io/read-text";
import { qda } from "../messages";
import { parseMatrixCsv, readMatrixXlsx, type MatrixOptions } from "./matrix";
import { readQdc, readQde, readQdpx } from "./refi";
import { parseTidyCsv, type TidyOptions } from "./tidy";
import type { ForeignProject } from "./types";
import type { ZipLimits } from "./zip";

export interface ReadForeignOptions {
  /** Archive limits for .qdpx and .xlsx (entries, total unpacked bytes). */
  limits?: ZipLimits;
  /** Orientation and path separators of a matrix export. */
  matrix?: Omit<MatrixOptions, "limits">;
  tidy?: TidyOptions;
}

/** Reads any supported foreign project; throws {@link InputError} naming the file on any problem. */
export function readForeignProject(file: string, options: ReadForeignOptions = {}): ForeignProject {
  const extension = extname(file).toLowerCase();
  const limits = options.limits;
  switch (extension) {
    case ".qdpx":
      return readQdpx(file, { limits });
    case ".qde":
      return readQde(file, { limits });
    case ".qdc":
      return readQdc(file, { limits });
    case ".xlsx":
      return readMatrixXlsx(file, { ...options.matrix, limits });
    case ".csv": {
      const text = readUtf8(file);
      return csvKind(text, file) === "tidy" ? parseTidyCsv(text, file, options.tidy) : parseMatrixCsv(text, file, options.matrix);
    }
    default:
      throw new InputError([{ file, found: extension === "" ? qda.found.noExtension : extension, expected: qda.expected.foreignExtension }]);
  }
}

/** Tidy when the header has `document` and `node`; a matrix when its first cell is empty. */
export function csvKind(text: string, file: string): "tidy" | "matrix" {
  const { columns } = parseCsv(text, file);
  if (columns.includes("document") && columns.includes("node")) return "tidy";
  if (columns[0] === "") return "matrix";
  throw new InputError([{ file, row: 1, found: qda.found.columns(columns), expected: qda.expected.csvKind }]);
}

export { checkForeignProject } from "./check";
export { foreignCounts, type ForeignCount } from "./counts";
export { isGuid, stableGuid } from "./guid";
export { orientation, parseMatrix, parseMatrixCsv, readMatrix, readMatrixXlsx, type Grid, type MatrixOptions } from "./matrix";
export { codePointLength, codePointToUtf16, detectOffsetUnit, utf16ToCodePoint, type OffsetDecision, type Span } from "./offsets";
export { PROJECT_NAMESPACE, writeQdpx, writeQdpxFile, type QdpxWriteOptions } from "./qdpx-write";
export { parseQdpx, parseRefiXml, readQdc, readQde, readQdpx, type RefiOptions } from "./refi";
export { parseTidyCsv, readTidyCsv, type TidyOptions } from "./tidy";
export type { ForeignCode, ForeignCoding, ForeignProject, ForeignSource, OffsetUnit } from "./types";
export { readFirstSheet, type Sheet } from "./xlsx";
export { attr, child, children, descendants, parseXml, type XmlElement } from "./xml";
export { DEFAULT_ZIP_LIMITS, isZip, readZip, writeZip, type ZipLimits } from "./zip";
