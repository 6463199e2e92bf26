/**
 * Where the kit may write: the rules every output path passes before a byte is written.
 *
 * An output (a folder given with --out, a file given with --qdpx, the report) is refused when,
 * with symbolic links resolved on both sides (the real path of the part that exists):
 *  - it is in the kit's data/, scenarios/ or notebooks/ (read-only by the kit's rules);
 *  - it is an input of the command, or inside an input folder (a dataset given with --data or
 *    --documents, a folder of texts);
 *  - it is the folder that holds an input file (`import p.qdpx --out .` would put the dataset
 *    among the user's files); a folder below it is fine (`--out imported`).
 * Refusals are {@link InputError}s naming the path and the option, what was found and what was
 * expected.
 *
 * @example
 * checkOutputPath("data/x", { option: "--out" });                          // throws: inside data/
 * checkOutputPath("proj", { option: "--out", inputs: ["proj/p.qdpx"] });   // throws: holds the input
 * checkOutputPath("output/x", { option: "--out", inputs: ["proj/p.qdpx"] }); // fine
 */
import { existsSync, lstatSync, readlinkSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { InputError } from "../errors";
import { output as text } from "../messages";
import { kitPath } from "../util/paths";

/** Folders of the kit that nothing it runs may write into. */
export function protectedFolders(): string[] {
  return [kitPath("data"), kitPath("scenarios"), kitPath("notebooks")];
}

/** The protected folder an output path falls inside (links resolved), or undefined. */
export function protectedFolderOf(path: string): string | undefined {
  const target = canonical(path);
  return protectedFolders().find((folder) => isInside(target, canonical(folder)));
}

/** What an output path is checked against. */
export interface OutputCheck {
  /** How the user named the output ("--out", "--qdpx", "report"), for the message. */
  option: string;
  /** Every input of the command: files and folders, as the user gave them. */
  inputs?: readonly string[];
}

/** Throws an {@link InputError} if `path` may not be written (see the module comment). */
export function checkOutputPath(path: string, check: OutputCheck): void {
  const issue = (found: string, expected: string) => new InputError([{ file: path, field: check.option, found, expected }]);
  const folder = protectedFolderOf(path);
  if (folder) throw issue(text.found.protectedFolder(folder), text.expected.outsideKit);
  const target = canonical(path);
  for (const input of check.inputs ?? []) {
    if (!existsSync(input)) continue; // an input that does not exist fails on reading, with its own message
    const real = canonical(input);
    if (target === real) throw issue(text.found.isInput(input), text.expected.apartFromInputs);
    if (statSync(real).isDirectory()) {
      if (isInside(target, real)) throw issue(text.found.insideInput(input), text.expected.apartFromInputs);
    } else if (target === dirname(real)) throw issue(text.found.holdsInput(input), text.expected.apartFromInputs);
  }
}

/** Whether `path` is `folder` or inside it (both absolute and canonical). */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** The absolute path with symbolic links resolved as far as it exists; the part that does not exist yet is appended unchanged. */
export function canonical(path: string): string {
  let head = resolve(path);
  const tail: string[] = [];
  for (let hops = 0; !existsSync(head); ) {
    // A dangling link is followed by hand: mkdir would create its target, wherever it points.
    const link = danglingLink(head);
    if (link !== undefined && hops++ < 40) {
      head = resolve(dirname(head), link);
      continue;
    }
    const parent = dirname(head);
    if (parent === head) return resolve(path);
    tail.unshift(relative(parent, head));
    head = parent;
  }
  return join(realpathSync(head), ...tail);
}

function danglingLink(path: string): string | undefined {
  try {
    return lstatSync(path).isSymbolicLink() ? readlinkSync(path) : undefined;
  } catch {
    return undefined;
  }
}
