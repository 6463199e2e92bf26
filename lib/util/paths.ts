import { join, resolve } from "node:path";

/**
 * The kit's own folder (holding package.json, notebooks/, data/), found from this module's
 * location, so it is right both for lib/ (tests) and dist/ (notebooks, CLI) and whatever the
 * current directory is.
 *
 * @example
 * kitPath("data", "paper-m0"); // "/…/toolmix/data/paper-m0"
 */
export function kitPath(...parts: string[]): string {
  return join(resolve(__dirname, "..", ".."), ...parts);
}
