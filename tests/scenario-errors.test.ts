import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../lib/errors";
import { simulateFiles } from "../lib/simulate/run";

const tmp = mkdtempSync(join(tmpdir(), "toolmix-bad-"));
const write = (name: string, body: object) => {
  const file = join(tmp, `${name}.json`);
  writeFileSync(file, JSON.stringify({ id: name, title: name, rationale: "test", baseline: { dataset: "paper-m0" }, ...body }));
  return file;
};
/** The single issue a bad scenario raises: file, field (operation index) and value. */
function issueOf(file: string) {
  try {
    simulateFiles([file], { draws: 10, seed: 1 });
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const issues = (error as InputError).issues;
    expect(issues.map((i) => i.file)).toEqual(issues.map(() => file));
    return issues[0];
  }
  throw new Error(`${file} simulated without error`);
}
const op = (o: object) => ({ operations: [{ op: "reweight", node: "incentive", factor: 1.1 }, o] });

describe("impossible operations name the scenario file, the operation's index and the value", () => {
  it.each([
    ["unknown-node", op({ op: "reweight", node: "authority.promotoin", factor: 2 }), "operations[1].node", "authority.promotoin", "\"authority.promotion\" (did you mean it?), or another node id of the dataset's codebook (a tool, a sub-tool or cell such as authority.promotion"],
    ["more-than-held", op({ op: "transfer", from: "learning", to: [{ node: "incentive" }], pp: 5 }), "operations[1].pp", "5", "at most what the source holds in the baseline (4.41 pp)"],
    ["share-out-of-range", op({ op: "set", node: "authority", share: 1.3 }), "operations[1].share", "1.3", "a share between 0 and 1"],
    ["range-reversed", op({ op: "set", node: "authority", share: { min: 0.5, max: 0.4 } }), "operations[1].share", '{"min":0.5,"max":0.4}', "a range with min ≤ max"],
    ["empty-split", op({ op: "transfer", from: "authority", to: [], pp: 1 }), "operations[1].to", "[]", "must NOT have fewer than 1 items"],
    ["two-amounts", op({ op: "transfer", from: "authority", to: [{ node: "incentive" }], pp: 1, fraction: 0.1 }), "operations[1].pp", "1", "exactly one of pp or fraction"],
    ["cross-dimension", op({ op: "transfer", from: "authority", to: [{ node: "land_use" }], pp: 1 }), "operations[1].to[0].node", "land_use", "a node of the same dimension as the source (tools)"],
    ["overlap", op({ op: "transfer", from: "authority", to: [{ node: "authority.constraint" }], pp: 1 }), "operations[1].to[0].node", "authority.constraint", "neither contains nor lies inside the source"],
    ["reweight-zero", op({ op: "reweight", node: "learning.constraint", factor: 2 }), "operations[1].node", "learning.constraint", "reweighting cannot create a node that has none (use add)"],
    ["negative-factor", op({ op: "reweight", node: "incentive", factor: -1 }), "operations[1].factor", "-1", "a factor > 0"],
    ["unknown-op", op({ op: "shift", node: "incentive" }), "operations[1].op", '{"op":"shift","node":"incentive"}', "op must be one of transfer, reweight, set, toward, add"],
    ["missing-field", op({ op: "add", node: "incentive" }), "operations[1]", '{"op":"add","node":"incentive"}', "must have required property 'points'"],
    ["reference-keys", op({ op: "toward", within: "tools", reference: { authority: 1 }, lambda: 0.5 }), "operations[1].reference", '["authority"]', "a share for every child"],
    ["root-node", op({ op: "set", node: "tools", share: 0.5 }), "operations[1].node", "tools", "a node below the dimension's root"],
    // A string where the schema wants a number is shown once quoted (found "five"), never as ""five"".
    ["string-amount", op({ op: "transfer", from: "authority", to: [{ node: "incentive" }], pp: "five" }), "operations[1].pp", "five", "must be number"],
  ])("%s", (name, body, field, found, expected) => {
    const issue = issueOf(write(name, body));
    expect(issue.field).toBe(field);
    if (name !== "unknown-op" && name !== "missing-field") expect(issue.found).toBe(found);
    expect(issue.expected).toContain(expected);
  });

  it("rejects a region filter on aggregate data, naming the field", () => {
    const issue = issueOf(write("region", { baseline: { dataset: "paper-m0", region: "east" }, operations: [] }));
    expect([issue.field, issue.found]).toEqual(["baseline.region", "east"]);
    expect(issue.expected).toContain("document-level data");
  });

  it("rejects an unknown dataset and an unknown top-level field", () => {
    expect(issueOf(write("dataset", { baseline: { dataset: "no-such-data" }, operations: [] })).field).toBe("baseline.dataset");
    const extra = issueOf(write("extra", { operations: [], colour: "red" }));
    expect([extra.field, extra.expected]).toEqual(["(top level)", expect.stringContaining("must NOT have additional properties: colour")]);
  });

  it("leaves the scenario file as it was", () => {
    const file = write("untouched", op({ op: "set", node: "authority", share: 2 }));
    const before = readFileSync(file);
    expect(() => simulateFiles([file], { draws: 10, seed: 1 })).toThrow(InputError);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
