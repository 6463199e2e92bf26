import { existsSync, realpathSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { kitPath } from "./paths";

/** Folders of the kit that nothing it runs may write into: the shipped data and scenarios. */
export function protectedFolders(): string[] {
  return [kitPath("data"), kitPath("scenarios")];
}

/**
 * The protected folder an output path falls inside (symbolic links resolved, so a link into
 * data/ is caught too), or undefined when writing there is allowed.
 *
 * @example
 * protectedFolderOf("data/paper-m0/x");   // "/…/toolmix/data"
 * protectedFolderOf("output/figures");     // undefined
 */
export function protectedFolderOf(dir: string): string | undefined {
  const target = canonical(resolve(dir));
  return protectedFolders().find((folder) => isInside(target, canonical(folder)));
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** The path with symbolic links resolved as far as it exists; the part that does not exist yet is appended unchanged. */
function canonical(path: string): string {
  let head = path;
  const tail: string[] = [];
  while (!existsSync(head)) {
    const parent = resolve(head, "..");
    if (parent === head) return path;
    tail.unshift(relative(parent, head));
    head = parent;
  }
  return join(realpathSync(head), ...tail);
}
