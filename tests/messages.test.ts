/**
 * Every message the kit throws comes from lib/messages/ (issue 10, point 3): a throw whose text is
 * written inline bypasses the one place where wording is reviewed and translated. This scans the
 * sources, so a new inline `throw new Error("…")` fails here with its file and line.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import * as messages from "../lib/messages";

const root = join(__dirname, "..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith(".ts") && !name.endsWith(".d.ts") ? [path] : [];
  });
}

describe("lib/messages", () => {
  it("holds the text of every throw in lib/ (no string or template literal thrown inline)", () => {
    const inline: string[] = [];
    for (const file of sources(join(root, "lib"))) {
      if (file.includes(join("lib", "messages"))) continue;
      readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, i) => {
          if (/throw new \w*(Error|Exception)\(\s*[`"']/.test(line)) inline.push(`${relative(root, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(inline).toEqual([]);
  });

  it("keeps each area's file under 300 lines and re-exports every area from index.ts", () => {
    const dir = join(root, "lib", "messages");
    for (const file of readdirSync(dir)) expect(readFileSync(join(dir, file), "utf8").split("\n").length, file).toBeLessThan(300);
    // Every `export const` of an area file is re-exported, so `from "../messages"` reaches it.
    const declared = readdirSync(dir)
      .filter((file) => file !== "index.ts")
      .flatMap((file) => [...readFileSync(join(dir, file), "utf8").matchAll(/^export const (\w+)/gm)].map((m) => m[1]));
    expect(declared.length).toBeGreaterThan(20);
    expect(Object.keys(messages).sort()).toEqual(declared.sort());
  });
});
