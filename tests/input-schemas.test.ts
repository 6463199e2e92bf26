/**
 * The JSON inputs of score and import are checked against schemas generated from their TypeScript
 * types (schemas/*.schema.json, like scenarios/scenario.schema.json), and keys from users' files
 * never resolve through Object.prototype (issue 10, point 3). The CLI-level cases are in
 * tests/bad-inputs.test.ts; these are the library-level ones.
 *
 * @example
 * npx vitest run tests/input-schemas.test.ts
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { issuesOf } from "./support/input-error";
import { describe, expect, it } from "vitest";
import { indexCodebook, MAX_THEME_DEPTH } from "../lib/dataset/codebook";
import { loadDataset, paperDataDir } from "../lib/dataset/load";
import { InputError } from "../lib/errors";
import { mapProject } from "../lib/import/map";
import { checkSchema } from "../lib/io/json-schema";
import { parseTidyCsv } from "../lib/qda/tidy";
import { loadCatalogue } from "../lib/score/catalogue";
import type { ForeignProject } from "../lib/qda/types";

const root = join(__dirname, "..");
const read = (...p: string[]) => readFileSync(join(root, ...p), "utf8");

/** The issues of the InputError `fn` throws (fails the test when it throws nothing else). */

describe("generated schemas", () => {
  it.each(["catalogue", "codebook", "mapping", "weights", "study"])("schemas/%s.schema.json is what the TypeScript types generate (run `npm run schema` after changing them)", { timeout: 60_000 }, async (name) => {
    const { SCHEMAS, generateSchema } = await import("../scripts/generate-schema.mjs");
    const entry = SCHEMAS.find((s: { out: string }) => s.out === `schemas/${name}.schema.json`);
    expect(read("schemas", `${name}.schema.json`)).toBe(generateSchema(entry));
  });

  it("the shipped catalogue and example mapping fit their schemas", () => {
    expect(() => checkSchema(JSON.parse(read("data", "recommendations.json")), "catalogue", "recommendations.json")).not.toThrow();
    expect(() => checkSchema(JSON.parse(read("data", "examples", "m0-example-map.json")), "mapping", "m0-example-map.json")).not.toThrow();
    expect(loadCatalogue().criteria.length).toBeGreaterThan(5);
  });

  it("schema errors name the JSON path, the value found and the schema", () => {
    const issues = issuesOf(() => checkSchema({ codes: { a: 5 }, values: { region: null }, extra: 1 }, "mapping", "m.json"));
    expect(issues).toEqual([
      { file: "m.json", field: "extra", found: "1", expected: 'a value that fits schemas/mapping.schema.json (no property "extra" here; check its spelling)' },
      { file: "m.json", field: "codes.a", found: "5", expected: "a value that fits schemas/mapping.schema.json (must be string,null)" },
      { file: "m.json", field: "values.region", found: "null", expected: "a value that fits schemas/mapping.schema.json (must be object)" },
    ]);
  });
});

describe("a deep codebook", () => {
  const book = JSON.parse(read("data", "paper-m0", "codebook.json"));
  const deep = (levels: number) => {
    let theme: Record<string, unknown> = { id: "z", label_zh: "z", label_en: "z" };
    for (let i = 0; i < levels; i++) theme = { id: `z${i}`, label_zh: "z", label_en: "z", children: [theme] };
    return { ...book, themes: [...book.themes, theme] };
  };

  it("of 50 000 levels is refused with the path and the limit, without exhausting the stack", () => {
    const issues = issuesOf(() => indexCodebook(deep(50_000), "codebook.json"));
    expect(issues).toHaveLength(1);
    expect(issues[0].field).toMatch(/^themes\[4\](\.children\[0\]){31}\.children$/);
    expect(issues[0]).toMatchObject({ file: "codebook.json", found: `themes nested deeper than ${MAX_THEME_DEPTH} levels`, expected: `a theme tree at most ${MAX_THEME_DEPTH} levels deep (themes, their children, …)` });
  });

  it("of exactly the limit is read", () => {
    expect(indexCodebook(deep(MAX_THEME_DEPTH - 1), "codebook.json").nodes.get("z")?.level).toBe(MAX_THEME_DEPTH);
  });
});

describe("keys named like Object.prototype properties are data", () => {
  const paper = loadDataset(paperDataDir());
  const codebookJson = read("data", "paper-m0", "codebook.json");
  const project = (variables: Record<string, string>, code = "land_supply"): ForeignProject => ({
    file: "p.qdpx",
    codes: [{ guid: "c1", name: code, parent: null, codable: true }],
    sources: [{ guid: "s1", name: "doc", variables }],
    codings: [{ source: "s1", code: "c1", count: 2 }],
    offsetUnit: "unknown",
    missingTexts: [],
    notes: [],
  });

  it("a mapping's variable named constructor reads no inherited function", () => {
    const { parts } = mapProject(project({ Region: "East" }), paper.codebook, codebookJson, { variables: { region: "constructor", place: "toString", year: "__proto__" } }, "map.json");
    expect(parts.documents[0]).toMatchObject({ place: "(not recorded)" });
    expect(parts.documents[0]).not.toHaveProperty("region");
    expect(parts.documents[0]).not.toHaveProperty("year");
  });

  it("a region value translated under values.region never hits Object.prototype", () => {
    const issues = issuesOf(() => mapProject(project({ region: "constructor" }), paper.codebook, codebookJson, { values: { region: { East: "east" } } }, "map.json"));
    expect(issues[0]).toMatchObject({ file: "map.json", found: "constructor", expected: expect.stringContaining("northeast, east, central or west") });
  });

  it("a foreign code named __proto__ with codings is mapped and reported, not dropped", () => {
    const { report } = mapProject(project({}, "__proto__"), paper.codebook, codebookJson, JSON.parse('{"codes": {"__proto__": "land_supply"}}'), "map.json");
    expect(Object.keys(report.mapped)).toEqual(["__proto__"]);
    expect(report.points).toBe(2);
  });

  it("a tidy CSV column named constructor is a variable like any other", () => {
    const p = parseTidyCsv("document,node,count,constructor,__proto__\nd1,权威型,3,x,y\nd1,激励型,1,x,y\n", "t.csv");
    expect(p.sources[0].variables.constructor).toBe("x");
    expect(Object.keys(p.sources[0].variables)).toEqual(["constructor", "__proto__"]);
  });
});
