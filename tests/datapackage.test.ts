import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../lib/io/csv";

const dataDir = join(__dirname, "..", "data");
const pkg = JSON.parse(readFileSync(join(dataDir, "datapackage.json"), "utf8"));

interface Field {
  name: string;
  type: "string" | "integer" | "number" | "year";
  constraints?: { required?: boolean; minimum?: number; maximum?: number; enum?: string[] };
}

/** Every data file under data/ except the documentation and examples, which have their own READMEs. */
function dataFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "examples" ? [] : dataFiles(path);
    return name === "README.md" || name === "datapackage.json" ? [] : [relative(dataDir, path)];
  });
}

/** Why a cell breaks its field's type or constraints, or null when it conforms (Frictionless Table Schema). */
function violation(value: string, field: Field): string | null {
  if (value === "") return field.constraints?.required ? "required but empty" : null;
  const numeric = field.type === "integer" ? /^-?\d+$/.test(value) : field.type === "number" ? /^-?\d+(\.\d+)?$/.test(value) : field.type === "year" ? /^\d{4}$/.test(value) : true;
  if (!numeric) return `not a ${field.type}`;
  const n = Number(value);
  if (field.constraints?.minimum !== undefined && n < field.constraints.minimum) return `below ${field.constraints.minimum}`;
  if (field.constraints?.maximum !== undefined && n > field.constraints.maximum) return `above ${field.constraints.maximum}`;
  if (field.constraints?.enum && !field.constraints.enum.includes(value)) return `not one of ${field.constraints.enum.join(", ")}`;
  return null;
}

describe("data/datapackage.json (Frictionless Data Package)", () => {
  it("describes every data file in data/, and nothing that is not there", () => {
    expect(pkg.resources.map((r: { path: string }) => r.path).sort()).toEqual(dataFiles(dataDir).sort());
  });

  it.each(pkg.resources.filter((r: { format: string }) => r.format === "json").map((r: { path: string }) => r.path))("%s is valid JSON", (path) => {
    expect(() => JSON.parse(readFileSync(join(dataDir, path), "utf8"))).not.toThrow();
  });

  const tables = pkg.resources.filter((r: { format: string }) => r.format === "csv");
  it.each(tables.map((r: { path: string }) => r.path))("%s has the described columns, types and constraints", (path) => {
    const resource = tables.find((r: { path: string }) => r.path === path);
    const fields: Field[] = resource.schema.fields;
    const table = parseCsv(readFileSync(join(dataDir, path), "utf8"), path);
    expect(table.columns).toEqual(fields.map((f) => f.name));
    const problems = table.rows.flatMap((row) => fields.map((f) => [row.line, f.name, violation(row.cells[f.name], f)] as const).filter(([, , v]) => v !== null));
    expect(problems).toEqual([]);
    if (resource.schema.primaryKey) {
      const keys = table.rows.map((row) => resource.schema.primaryKey.map((k: string) => row.cells[k]).join("|"));
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it("detects a violation (the checker above can fail)", () => {
    expect(violation("-3", { name: "points", type: "integer", constraints: { minimum: 0 } })).toBe("below 0");
    expect(violation("7.5", { name: "files", type: "integer" })).toBe("not a integer");
    expect(violation("", { name: "row", type: "integer", constraints: { required: true } })).toBe("required but empty");
  });
});
