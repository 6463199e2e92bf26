/**
 * The codebook format (docs/codebook.md): directions optional, sub-tools, a named second
 * dimension, a theme tree four levels deep, and every malformed codebook refused with its file,
 * JSON path, the value found and what was expected — first by the reader's own checks, then by
 * schemas/codebook.schema.json.
 *
 * @example
 * npx vitest run tests/scheme-codebook.test.ts
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { issuesOf } from "./support/input-error";
import { describe, expect, it } from "vitest";
import { indexCodebook } from "../lib/dataset/codebook";
import { aggregateDocumentCounts } from "../lib/dataset/aggregate";
import { InputError } from "../lib/errors";
import { layoutOf } from "../lib/mix/layout";
import { summands } from "../lib/validate/canonical";

const sdeJson = JSON.parse(readFileSync(join(__dirname, "..", "data", "schemes", "supply-demand-environment", "codebook.json"), "utf8"));
const DIRECTIONS = [
  { id: "promotion", label_zh: "促进型", label_en: "Promotion" },
  { id: "constraint", label_zh: "约束型", label_en: "Constraint" },
];
const node = (id: string, extra: Record<string, unknown> = {}) => ({ id, label_zh: id, label_en: id, ...extra });

/** The issues of the InputError `fn` throws. */

describe("well-formed codebooks", () => {
  it("a theme tree four levels deep is indexed with levels 1–4 and counts roll up to every ancestor", () => {
    const book = indexCodebook({ tools: [node("a"), node("b")], themes: [node("t", { children: [node("t.u", { children: [node("t.u.v", { children: [node("t.u.v.w")] })] })] }), node("s")] }, "deep.json");
    expect(["t", "t.u", "t.u.v", "t.u.v.w"].map((id) => book.nodes.get(id)!.level)).toEqual([1, 2, 3, 4]);
    expect(layoutOf(book, "themes").slots).toEqual(["t.u.v.w", "s"]);
    const totals = aggregateDocumentCounts(book, [{ doc_id: "d", node_id: "t.u.v.w", points: 3, line: 2 }]);
    expect(["themes", "t", "t.u", "t.u.v", "t.u.v.w", "s"].map((id) => totals.get(id)!.points)).toEqual([3, 3, 3, 3, 3, 0]);
  });

  it("with directions and sub-tools, cells attach to every leaf tool and the margins sum them all", () => {
    const book = indexCodebook({ directions: DIRECTIONS, tools: [node("a", { children: [node("a.x"), node("a.y")] }), node("b")], themes: [node("t")] }, "c.json");
    expect(book.nodes.get("a")!.children).toEqual(["a.x", "a.y"]);
    expect(book.nodes.get("a.x")!.children).toEqual(["a.x.promotion", "a.x.constraint"]);
    expect(book.nodes.get("a.x.promotion")).toMatchObject({ kind: "cell", level: 3, direction: "promotion" });
    expect(summands(book.nodes.get("tools.promotion")!, book.nodes)).toEqual(["a.x.promotion", "a.y.promotion", "b.promotion"]);
    expect(book.scheme.id).toBe("schneider-ingram"); // directions and no scheme: read as the paper's
    const totals = aggregateDocumentCounts(book, [{ doc_id: "d", node_id: "a.y.constraint", points: 2, line: 2 }]);
    expect(["tools", "a", "a.y", "tools.constraint", "tools.promotion"].map((id) => totals.get(id)!.points)).toEqual([2, 2, 2, 2, 0]);
  });

  it("no directions, no scheme: the scheme is `custom`, the second dimension is called 政策主题 by default", () => {
    const book = indexCodebook({ directions: [], tools: [node("a", { cues: [{ term: "必须" }, { term: "应当", direction: null }] })], themes: [node("t")] }, "c.json");
    expect(book.scheme.id).toBe("custom");
    expect(book.tools[0].cues.map((c) => c.direction)).toEqual([null, null]);
    expect(book.nodes.get("themes")).toMatchObject({ label_zh: "政策主题", label_en: "Policy themes" });
  });
});

describe("malformed codebooks are refused with file, path, found and expected", () => {
  it("directions present but wrong", () => {
    expect(issuesOf(() => indexCodebook({ ...sdeJson, directions: [DIRECTIONS[1], DIRECTIONS[0]] }, "c.json"))).toEqual([
      { file: "c.json", field: "directions", found: "constraint,promotion", expected: "exactly the directions promotion, constraint in this order" },
    ]);
    expect(issuesOf(() => indexCodebook({ ...sdeJson, directions: [{ id: "push", label_zh: "推", label_en: "Push" }] }, "c.json"))[0]).toEqual({
      file: "c.json",
      field: "directions[0].id",
      found: "push",
      expected: "one of promotion, constraint",
    });
  });

  it("a cue with a direction in a scheme without directions", () => {
    const bad = structuredClone(sdeJson);
    bad.tools[0].children[1].cues[0].direction = "promotion";
    expect(issuesOf(() => indexCodebook(bad, "sde.json"))).toEqual([
      { file: "sde.json", field: "tools[0].children[1].cues[0].direction", found: "promotion", expected: "null or no direction (this codebook declares no directions, so no cue can have one)" },
    ]);
  });

  it("a stage cue with a direction, even where tools have directions", () => {
    const issues = issuesOf(() => indexCodebook({ directions: DIRECTIONS, tools: [node("a")], themes: [node("t", { cues: [{ term: "研发", direction: "constraint" }] })] }, "c.json"));
    expect(issues).toEqual([{ file: "c.json", field: "themes[0].cues[0].direction", found: "constraint", expected: "null or no direction (directions belong to tool cues only)" }]);
  });

  it("a sub-tool id that clashes with another node", () => {
    const bad = structuredClone(sdeJson);
    bad.tools[2].children[0].id = "supply.talent";
    expect(issuesOf(() => indexCodebook(bad, "sde.json"))).toEqual([
      { file: "sde.json", field: "tools[2].children[0].id", found: "supply.talent", expected: expect.stringContaining("an id not used by another node") },
    ]);
  });

  it("with directions, a sub-tool named like a cell of its parent clashes with nothing, but a tool named like a cell does", () => {
    const issues = issuesOf(() => indexCodebook({ directions: DIRECTIONS, tools: [node("a"), node("a.promotion")], themes: [node("t")] }, "c.json"));
    expect(issues).toEqual([{ file: "c.json", field: "tools[1].id", found: "a.promotion", expected: expect.stringContaining("an id not used by another node") }]);
  });

  it("schema violations: an unknown key, a wrong type of an optional field, a bad scheme id", () => {
    expect(issuesOf(() => indexCodebook({ ...sdeJson, tools: [{ ...sdeJson.tools[0], childs: [] }, ...sdeJson.tools.slice(1)] }, "sde.json"))).toEqual([
      { file: "sde.json", field: "tools[0].childs", found: "[]", expected: 'a value that fits schemas/codebook.schema.json (no property "childs" here; check its spelling)' },
    ]);
    expect(issuesOf(() => indexCodebook({ ...sdeJson, version: 2 }, "sde.json"))).toEqual([
      { file: "sde.json", field: "version", found: "2", expected: "a value that fits schemas/codebook.schema.json (must be string)" },
    ]);
    expect(issuesOf(() => indexCodebook({ ...sdeJson, scheme: { id: "Supply Demand" } }, "sde.json"))).toEqual([
      { file: "sde.json", field: "scheme.id", found: "Supply Demand", expected: "an object with an id of lower-case letters, digits and dashes (e.g. supply-demand-environment)" },
    ]);
    expect(issuesOf(() => indexCodebook({ ...sdeJson, theme_dimension: { label_zh: "政策阶段" } }, "sde.json"))).toEqual([
      { file: "sde.json", field: "theme_dimension", found: '{"label_zh":"政策阶段"}', expected: "an object with a non-empty label_zh and label_en" },
    ]);
  });

  it("a tool tree deeper than the limit stops reading there", () => {
    let tool: Record<string, unknown> = node("z");
    for (let i = 0; i < 40; i++) tool = node(`z${i}`, { children: [tool] });
    const issues = issuesOf(() => indexCodebook({ tools: [tool], themes: [node("t")] }, "c.json"));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ field: expect.stringMatching(/^tools\[0\](\.children\[0\]){31}\.children$/), found: "tools nested deeper than 32 levels", expected: "a tool tree at most 32 levels deep (tools, their sub-tools, …)" });
  });
});
