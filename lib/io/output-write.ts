/**
 * Writing outputs so that nothing is written where it must not be, and nothing is left half
 * written. Every writer of the kit (datasets of import/code/synth, figures, the report, a .qdpx,
 * the notebooks of `run`) goes through here.
 *
 *  - The path passes {@link checkOutputPath} (not in data/, scenarios/, notebooks/, not an input).
 *  - A folder that is not empty and that the kit did not write (see output-marker.ts) is refused unless
 *    `force`; with `force` the kit writes its own files into it and leaves every other file alone.
 *  - Each file is written to a temporary name in the same folder and renamed over its final name:
 *    rename replaces a symbolic or hard link at that name, never the file it points to.
 *  - A folder's files are all staged first; only then, holding the folder's lock, are they
 *    renamed in the order given (callers put dataset.json or manifest.json last) and the marker
 *    written. So a run that fails leaves the folder as it was (staged files removed, a folder it
 *    created removed), and two runs into one folder commit one after the other: the files always
 *    agree with the manifest and the marker. Files of the kit's previous output of the same kind
 *    there that this one does not write are removed if unchanged since the kit wrote them (a changed
 *    one stays).
 *
 * @example
 * writeOutputFolder("output/x", [{ file: "a.csv", body: "x\n1\n" }, { file: "dataset.json", body: "{…}" }], { kind: "dataset", option: "--out" });
 * writeOutputFile("output/x.qdpx", bytes, { option: "--qdpx", inputs: ["texts/a.txt"] });
 */
import { randomBytes } from "node:crypto";
import { existsSync, lstatSync, mkdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { InputError } from "../errors";
import { output as text } from "../messages";
import { canonical, checkOutputPath, type OutputCheck } from "./output-guard";
import { foreignEntries, LOCK, MARKER, markerJson, ownedBy, readMarker, sha256, type Marker, type OutputFile, type OutputKind } from "./output-marker";

/** Options of a folder output. */
export interface FolderOptions extends OutputCheck {
  kind: OutputKind;
  /** Write into a non-empty folder the kit did not write (only the kit's files are replaced). */
  force?: boolean;
}

/** How long a run waits for another run's lock on the same folder. */
const LOCK_WAIT_MS = 120_000;

/**
 * Checks a folder output before any work: the path rules, then that the folder is new, empty,
 * the kit's own of this kind, or `force` is set. Throws {@link InputError}; writes nothing.
 */
export function prepareOutputFolder(dir: string, options: FolderOptions): void {
  checkOutputPath(dir, options);
  const real = canonical(dir);
  if (!existsSync(real)) return;
  if (!statSync(real).isDirectory()) throw issue(dir, options.option, text.found.notAFolder, text.expected.folder);
  // While another run commits (its lock is there), its files are in place before its marker:
  // the folder is judged again under the lock, once that run is done.
  checkOwnership(dir, real, options, existsSync(join(real, LOCK)));
}

/** Refuses a non-empty folder the kit did not write (unless force, or `deferred`: judged again later). */
function checkOwnership(dir: string, real: string, options: FolderOptions, deferred: boolean): void {
  const entries = foreignEntries(real);
  if (entries.length === 0 || options.force || deferred || ownedBy(real, options.kind)) return;
  throw issue(dir, options.option, text.found.foreignFolder(entries), text.expected.ownFolder);
}

/** Writes `files` (plain names) into `dir` as described in the module comment. */
export function writeOutputFolder(dir: string, files: readonly OutputFile[], options: FolderOptions): void {
  prepareOutputFolder(dir, options);
  const real = canonical(dir);
  const created = !existsSync(real);
  mkdirSync(real, { recursive: true });
  const staged: Array<{ temp: string; final: string; file: string }> = [];
  try {
    for (const f of [...files, { file: MARKER, body: markerJson(options.kind, files) }]) {
      const temp = join(real, temporaryName(f.file));
      writeFileSync(temp, f.body, { flag: "wx" }); // wx: never through a link someone planted at the temporary name
      staged.push({ temp, final: join(real, f.file), file: f.file });
    }
    withLock(real, dir, options.option, () => {
      checkOwnership(dir, real, options, false);
      // Before the first rename: a folder at a file's name would fail half-way.
      for (const s of staged) if (isFolder(s.final)) throw new InputError([{ file: join(dir, s.file), field: options.option, found: text.found.folderAtFileName, expected: text.expected.noFolderThere }]);
      const previous = readMarker(real);
      for (const s of staged) renameSync(s.temp, s.final);
      // Only an earlier output of the same kind is replaced: a dataset forced into a figures folder keeps the figures.
      if (previous?.kind === options.kind) removeStale(real, previous, files);
    });
  } catch (error) {
    for (const s of staged) rmSync(s.temp, { force: true });
    if (created) removeIfEmpty(real);
    throw error;
  }
}

/**
 * Files of the kit's previous output in this folder that this one does not write again: removed
 * when they are still exactly what the kit wrote (their SHA-256 in the previous marker), so the
 * folder holds one output and its manifest lists every file in it; a file someone changed stays.
 */
function removeStale(real: string, previous: Marker, files: readonly OutputFile[]): void {
  const now = new Set(files.map((f) => f.file));
  for (const old of previous.files) {
    // Plain names only: a marker is a file like any other and may have been edited.
    if (typeof old.file !== "string" || now.has(old.file) || basename(old.file) !== old.file || old.file.startsWith(".")) continue;
    const path = join(real, old.file);
    if (!existsSync(path) || !lstatSync(path).isFile()) continue;
    if (sha256(readFileSync(path)) === old.sha256) rmSync(path);
  }
}

/** Options of a one-file output. */
export interface FileOptions extends OutputCheck {
  force?: boolean;
  /** Whether an existing file at the path is one the kit wrote (then it is replaced without `force`; so is an empty file). */
  isOwn?: (bytes: Uint8Array) => boolean;
}

/** Checks a one-file output before any work: the path rules, no folder there, an existing file the kit's or `force`. Writes nothing. */
export function prepareOutputFile(path: string, options: FileOptions): void {
  checkOutputPath(path, options);
  if (!exists(path)) return;
  if (isFolder(path)) throw issue(path, options.option, text.found.aFolder, text.expected.file);
  if (!options.force && !isOwnFile(path, options.isOwn)) throw issue(path, options.option, text.found.foreignFile, text.expected.ownFile);
}

/** Writes one file through a temporary name and rename, after {@link prepareOutputFile}. */
export function writeOutputFile(path: string, body: string | Uint8Array, options: FileOptions): void {
  prepareOutputFile(path, options);
  const folder = canonical(dirname(path));
  mkdirSync(folder, { recursive: true });
  const temp = join(folder, temporaryName(basename(path)));
  try {
    writeFileSync(temp, body, { flag: "wx" });
    renameSync(temp, join(folder, basename(path)));
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** `.NAME.PID-RANDOM.tmp`: unique per process and call, hidden, recognised by output-marker.ts. */
function temporaryName(file: string): string {
  return `.${file}.${process.pid}-${randomBytes(6).toString("hex")}.tmp`;
}

/**
 * Runs `commit` holding the folder's lock file (created exclusively, holding our pid). Waits
 * for another run's lock; a lock whose process is gone (or that is not a plain file) is removed.
 */
function withLock(real: string, dir: string, option: string, commit: () => void): void {
  const lock = join(real, LOCK);
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      writeFileSync(lock, `${process.pid}\n`, { flag: "wx" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    if (staleLock(lock)) {
      rmSync(lock, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw issue(join(dir, LOCK), option, text.found.locked(lockHolder(lock), LOCK_WAIT_MS / 1000), text.expected.unlocked);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
  }
  try {
    commit();
  } finally {
    rmSync(lock, { force: true });
  }
}

function lockHolder(lock: string): string {
  try {
    return readFileSync(lock, "utf8").trim();
  } catch {
    return "?";
  }
}

function staleLock(lock: string): boolean {
  let st;
  try {
    st = lstatSync(lock);
  } catch {
    return false; // just released: try again
  }
  if (!st.isFile()) return true;
  const pid = Number(lockHolder(lock));
  // A lock just created may not hold its pid yet; only an old one without a pid is stale.
  if (!Number.isInteger(pid) || pid <= 0) return Date.now() - st.mtimeMs > 5_000;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

function isOwnFile(path: string, isOwn: FileOptions["isOwn"]): boolean {
  const st = lstatSync(path);
  // A link is never "the kit's": replaced only with force. A huge file is not read to find out.
  if (!st.isFile() || st.size > 64 * 1024 * 1024) return false;
  if (st.size === 0 && st.nlink === 1) return true; // an empty file (as mktemp makes) holds nothing to lose
  if (!isOwn) return false;
  try {
    return isOwn(new Uint8Array(readFileSync(path)));
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function isFolder(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

function removeIfEmpty(dir: string): void {
  try {
    rmdirSync(dir);
  } catch {
    // not empty (someone else's files, or another run's) or gone: leave it
  }
}

function issue(file: string, field: string, found: string, expected: string): InputError {
  return new InputError([{ file, field, found, expected }]);
}
