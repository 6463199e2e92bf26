import { readFileSync } from "node:fs";
import { kitPath } from "./paths";

let cached: string | undefined;

/**
 * The kit's version from package.json, recorded in every result and generated dataset so an
 * output can be traced to the code that made it.
 *
 * @example
 * kitVersion(); // "0.1.0"
 */
export function kitVersion(): string {
  cached ??= (JSON.parse(readFileSync(kitPath("package.json"), "utf8")) as { version?: string }).version ?? "unknown";
  return cached;
}
