/**
 * Every resource limit of the kit's readers, declared once with its default, its CLI option and
 * what it protects. A reader checks its limit BEFORE the expensive step (reading, inflating,
 * parsing), so a hostile or mistaken input is refused in milliseconds with a message that names
 * the file, what was found and the limit with the option that raises it.
 *
 * The limits are process-wide: the CLI sets them once from its options (`--max-input-mb N` …, on
 * every command; lib/cli/limits.ts), a notebook with {@link setInputLimits}. Readers take the
 * current values through {@link inputLimits}.
 *
 * | limit | default | option |
 * |---|---|---|
 * | size of an input file, and bytes an archive may inflate to | 256 MiB | --max-input-mb |
 * | entries of an archive (.qdpx, .xlsx) | 10 000 | --max-entries |
 * | cells of a spreadsheet (.xlsx matrix export) | 1 000 000 | --max-cells |
 * | nesting depth of XML elements and JSON arrays/objects | 100 | --max-depth |
 * | memory simulate and score may need for their draws | ¾ of the machine's memory, GiB | --max-memory-gb |
 *
 * @example
 * inputLimits().inputMb;                         // 256
 * const previous = setInputLimits({ depth: 10 }); // a stricter limit for one job
 * setInputLimits(previous);                      // and back
 */

/** The limits, in the units their options take. */
import { totalmem } from "node:os";

export interface InputLimits {
  /** Largest input file, and most bytes all entries of an archive may inflate to, in MiB. */
  inputMb: number;
  /** Most entries (files and folders) an archive may hold. */
  entries: number;
  /** Most cells a spreadsheet may hold. */
  cells: number;
  /** Deepest nesting of XML elements, or of JSON arrays and objects. */
  depth: number;
  /** Most memory a simulation or scoring run may need for its draws, in GiB (lib/simulate/memory.ts). */
  memoryGb: number;
}

/** One limit: its key, CLI option, default, the range the option accepts, and what it bounds. */
export interface LimitSpec {
  key: keyof InputLimits;
  option: string;
  default: number;
  min: number;
  max: number;
  what: string;
}

/**
 * Node reads no file over 2 GiB into memory (`readFileSync` refuses it, ERR_FS_FILE_TOO_LARGE),
 * so `--max-input-mb` stops just below.
 */
export const NODE_MAX_FILE_BYTES = 2 ** 31 - 1;

/** V8's longest string (2^29 − 24 UTF-16 units): a text file decoding past it cannot be held. */
export const V8_MAX_STRING_LENGTH = 2 ** 29 - 24;

export const LIMIT_SPECS: readonly LimitSpec[] = [
  // A real project.qde or counts.csv is a few MB; 256 MiB leaves room for big corpora while a
  // zip bomb (0.5 MB inflating to 480 MB) is refused from its headers.
  { key: "inputMb", option: "--max-input-mb", default: 256, min: 1, max: 2047, what: "size of an input file, and bytes an archive may inflate to (MiB)" },
  { key: "entries", option: "--max-entries", default: 10_000, min: 1, max: 1_000_000, what: "entries of an archive (.qdpx, .xlsx)" },
  // A matrix export has codes × items cells, a few thousand; a million is far beyond any real one.
  { key: "cells", option: "--max-cells", default: 1_000_000, min: 1, max: 100_000_000, what: "cells of a spreadsheet (.xlsx matrix export)" },
  // Deep enough for any code tree (REFI-QDA codes nest one element a level, codebook.json themes
  // two JSON levels); the recursive code after parsing stays far from the stack's limit.
  { key: "depth", option: "--max-depth", default: 100, min: 1, max: 1000, what: "nesting depth of XML elements and of JSON arrays and objects" },
  // --draws is refused before any draw is made when the run would need more (an estimate per draw,
  // lib/simulate/memory.ts); ¾ of the machine's memory leaves room for the rest of the system.
  { key: "memoryGb", option: "--max-memory-gb", default: Math.max(1, Math.floor((totalmem() / 2 ** 30) * 0.75)), min: 1, max: 65536, what: "memory simulate and score may need for their draws (GiB; default ¾ of the machine's memory)" },
];

/** The defaults of every limit. */
export const DEFAULT_LIMITS: Readonly<InputLimits> = Object.freeze(
  Object.fromEntries(LIMIT_SPECS.map((s) => [s.key, s.default])) as unknown as InputLimits,
);

let active: InputLimits = { ...DEFAULT_LIMITS };

/** The limits in force. */
export function inputLimits(): Readonly<InputLimits> {
  return active;
}

/** Replaces some limits; returns the previous ones so a caller can restore them. */
export function setInputLimits(changes: Partial<InputLimits>): InputLimits {
  const previous = active;
  active = { ...active, ...changes };
  return previous;
}

/** The option that raises a limit, for messages. */
export function limitOption(key: keyof InputLimits): string {
  return LIMIT_SPECS.find((s) => s.key === key)?.option ?? "";
}

/** The input size limit in bytes. */
export function maxInputBytes(): number {
  return Math.min(active.inputMb * 1024 * 1024, NODE_MAX_FILE_BYTES);
}
