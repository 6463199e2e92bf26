/**
 * The semantic checks of a recommendation catalogue (lib/score/catalogue.ts), after its schema:
 * each rule broken on its own in a copy of the shipped catalogue, and the issue it gives (file,
 * JSON path, what was found, what was expected). The CLI's handling of the same files is in
 * tests/bad-inputs.test.ts; these call the loader directly.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkCatalogueScheme, loadCatalogue } from "../lib/score/catalogue";
import { InputError } from "../lib/errors";
import { scoreExpected } from "../lib/messages";

const shipped = JSON.parse(readFileSync(join(__dirname, "..", "data", "recommendations.json"), "utf8"));
const dir = mkdtempSync(join(tmpdir(), "toolmix-catalogue-"));
const first = shipped.recommendations.findIndex((r: { measurable: boolean }) => r.measurable);
const unmeasurable = shipped.recommendations.findIndex((r: { measurable: boolean }) => !r.measurable);

function write(json: unknown): string {
  const file = join(dir, `c${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(json));
  return file;
}
/** The shipped catalogue with its first measurable recommendation's first criterion changed. */
function withCriterion(change: Record<string, unknown>, index = 0) {
  const recs = structuredClone(shipped.recommendations);
  recs[first].criteria[index] = { ...recs[first].criteria[index], ...change };
  return { ...shipped, recommendations: recs };
}
function issuesOf(json: unknown) {
  const file = write(json);
  try {
    loadCatalogue(file);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).issues.map((i) => ({ ...i, file: i.file === file ? "FILE" : i.file }));
  }
  throw new Error("no InputError thrown");
}
const at = (field: string) => `recommendations[${first}].criteria[0].${field}`;

describe("loadCatalogue", () => {
  it("reads the shipped catalogue with its scheme, version and marks", () => {
    const c = loadCatalogue();
    expect(c.scheme).toBe("schneider-ingram");
    expect(c.marks).toEqual({ pass: shipped.marks.pass, partial: shipped.marks.partial });
    expect(c.version).toBe(shipped.version);
    expect(c.criteria[0]).toMatchObject({ recommendation: shipped.recommendations[first].id, section: shipped.recommendations[first].section });
  });

  it("fills in the defaults: scheme, version, marks 70/30", () => {
    const { version: _v, marks: _m, scheme: _s, ...rest } = shipped;
    const c = loadCatalogue(write(rest));
    expect(c).toMatchObject({ version: "unversioned", scheme: "schneider-ingram", marks: { pass: 70, partial: 30 } });
  });

  it("refuses a JSON value that is not an object", () => {
    expect(issuesOf([1, 2])).toEqual([{ file: "FILE", found: "[1,2]", expected: scoreExpected.catalogueObject }]);
    expect(issuesOf(null)[0].expected).toBe(scoreExpected.catalogueObject);
  });

  it.each([
    ["an id with capitals", { id: "Auth" }, "id", "Auth", scoreExpected.criterionId],
    ["one cutoff", { cutoffs: [0.5], values: [1] }, "cutoffs", '{"cutoffs":[0.5],"values":[1]}', scoreExpected.cutoffs],
    ["cutoffs not increasing", { cutoffs: [0.5, 0.5], values: [0, 1] }, "cutoffs", '{"cutoffs":[0.5,0.5],"values":[0,1]}', scoreExpected.cutoffs],
    ["one value fewer than cutoffs", { cutoffs: [0, 1], values: [1] }, "cutoffs", '{"cutoffs":[0,1],"values":[1]}', scoreExpected.cutoffs],
    ["a value above 1", { cutoffs: [0, 1], values: [0, 1.5] }, "cutoffs", '{"cutoffs":[0,1],"values":[0,1.5]}', scoreExpected.cutoffs],
    ["a value below 0", { cutoffs: [0, 1], values: [-0.1, 1] }, "cutoffs", '{"cutoffs":[0,1],"values":[-0.1,1]}', scoreExpected.cutoffs],
    ["a negative weight", { weight: -1 }, "weight", "-1", scoreExpected.weight],
    ["an unknown indicator", { indicator: "authority" }, "indicator", "authority", undefined],
    ["a ratio with an empty numerator", { indicator: { ratio: { numerator: [], denominator: ["hhi"] } } }, "indicator", undefined, undefined],
    ["a ratio with an empty denominator", { indicator: { ratio: { numerator: ["hhi"], denominator: [] } } }, "indicator", undefined, undefined],
    ["a ratio naming an unknown indicator", { indicator: { ratio: { numerator: ["hhi"], denominator: ["toString"] } } }, "indicator", undefined, undefined],
  ])("refuses a criterion with %s", (_name, change, field, found, expected) => {
    const issues = issuesOf(withCriterion(change));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: "FILE", field: at(field), ...(found ? { found } : {}) });
    expect(issues[0].expected).toBe(expected ?? scoreExpected.indicatorName(issues[0].expected.match(/\((.*), share\.<node id>/)![1].split(", ")));
  });

  it("reads cutoffs at 0 and 1, values at 0 and 1, a zero weight and node indicators", () => {
    const ok = (change: Record<string, unknown>) => expect(() => loadCatalogue(write(withCriterion(change)))).not.toThrow();
    ok({ cutoffs: [0, 1], values: [0, 1], weight: 0 });
    ok({ indicator: "share.authority" });
    ok({ indicator: "promotion.incentive" });
    ok({ indicator: { ratio: { numerator: ["share.authority"], denominator: ["share.authority", "share.incentive"] } } });
  });

  it("lists the fixed indicators in its message, without the <node> patterns", () => {
    const expected = issuesOf(withCriterion({ indicator: "nope" }))[0].expected;
    expect(expected).toContain("hhi");
    expect(expected).toContain("evenness");
    expect(expected).not.toMatch(/share\.<[a-z]+>,/);
  });

  it("refuses an id used twice, at its second use", () => {
    const twice = withCriterion({ id: shipped.recommendations[first].criteria[0].id }, 1);
    const issues = issuesOf(twice);
    expect(issues).toEqual([expect.objectContaining({ field: `recommendations[${first}].criteria[1].id`, expected: scoreExpected.criterionId })]);
  });

  it("refuses an empty quote, a measurable recommendation without criteria, an unmeasurable one without its reason", () => {
    const recs = structuredClone(shipped.recommendations);
    recs[first].quote_zh = "";
    recs[first].criteria = [];
    recs[unmeasurable].not_measurable = "";
    expect(issuesOf({ ...shipped, recommendations: recs })).toEqual([
      expect.objectContaining({ field: `recommendations[${first}].quote_zh`, found: "", expected: scoreExpected.quote }),
      expect.objectContaining({ field: `recommendations[${first}].criteria`, found: "[]", expected: scoreExpected.criteriaPresent }),
      expect.objectContaining({ field: `recommendations[${unmeasurable}].not_measurable`, found: "", expected: scoreExpected.notMeasurable }),
    ]);
  });

  it("refuses a catalogue without any measurable recommendation", () => {
    const none = { ...shipped, recommendations: shipped.recommendations.filter((r: { measurable: boolean }) => !r.measurable) };
    expect(issuesOf(none)).toEqual([{ file: "FILE", field: "recommendations", found: String(none.recommendations.length), expected: scoreExpected.someCriterion }]);
  });

  it.each([
    [{ pass: 70, partial: 80 }],
    [{ pass: 101, partial: 30 }],
    [{ pass: 70, partial: -1 }],
  ])("refuses marks %j", (marks) => {
    expect(issuesOf({ ...shipped, marks })).toEqual([expect.objectContaining({ field: "marks", expected: scoreExpected.marks })]);
  });

  it("reads marks at the edges: partial 0, partial = pass, pass 100", () => {
    expect(loadCatalogue(write({ ...shipped, marks: { pass: 100, partial: 0 } })).marks).toEqual({ pass: 100, partial: 0 });
    expect(loadCatalogue(write({ ...shipped, marks: { pass: 50, partial: 50 } })).marks).toEqual({ pass: 50, partial: 50 });
  });
});

describe("checkCatalogueScheme", () => {
  it("accepts the dataset's own scheme, the paper's by default", () => {
    expect(() => checkCatalogueScheme({ file: "c.json", scheme: "sde" }, { id: "d", scheme: "sde" })).not.toThrow();
    expect(() => checkCatalogueScheme({ file: "c.json" }, { id: "d", scheme: "schneider-ingram" })).not.toThrow();
  });

  it("refuses another scheme, naming the catalogue file, both schemes and the dataset", () => {
    try {
      checkCatalogueScheme({ file: "c.json" }, { id: "sde-docs", scheme: "supply-demand-environment" });
      throw new Error("not refused");
    } catch (error) {
      const [issue] = (error as InputError).issues;
      expect(issue).toMatchObject({ file: "c.json", field: "scheme" });
      expect(`${issue.found} ${issue.expected}`).toContain("schneider-ingram");
      expect(issue.expected).toContain("supply-demand-environment");
      expect(issue.expected).toContain("sde-docs");
    }
  });
});
