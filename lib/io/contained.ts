/**
 * Paths read from a user's file (a file name in dataset.json, a text path in codings.json) stay
 * inside the folder of that file: relative, no "..", and no symbolic link leading out. Anything
 * else is an {@link InputError} naming the file and the field, so a dataset cannot make the kit
 * read (and echo into its outputs) a file elsewhere on the machine.
 *
 * @example
 * containedPath("d", "counts.csv", "d/dataset.json", "files.counts");       // "d/counts.csv"
 * containedPath("d", "../../etc/passwd", "d/dataset.json", "files.counts"); // throws InputError
 */
import { existsSync, realpathSync } from "node:fs";
import { isAbsolute, join, normalize, relative, sep } from "node:path";
import { InputError } from "../errors";
import { output as text } from "../messages";

/** `dir/name` when `name` stays inside `dir`; otherwise throws an {@link InputError} on `file`, `field`. */
export function containedPath(dir: string, name: unknown, file: string, field: string): string {
  const refuse = () => new InputError([{ file, field, found: text.found.escapes(String(name)), expected: text.expected.inside(dir) }]);
  if (typeof name !== "string" || name === "" || name.includes("\0")) throw refuse();
  if (isAbsolute(name) || /^[A-Za-z]:/.test(name) || escapes(normalize(name))) throw refuse();
  const path = join(dir, name);
  // A link inside the folder may still lead out: compare real paths when the file exists.
  if (existsSync(path) && existsSync(dir) && escapes(relative(realpathSync(dir), realpathSync(path)))) throw refuse();
  return path;
}

function escapes(rel: string): boolean {
  return rel === ".." || rel.startsWith(`..${sep}`) || rel.startsWith("../") || isAbsolute(rel);
}
