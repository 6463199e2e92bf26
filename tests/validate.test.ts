import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset, validateDataset } from "../lib";

const fixtures = join(__dirname, "fixtures");

describe("validateDataset on the paper's data", () => {
  const report = validateDataset(loadDataset());
  const summary = report.warnings.map((w) => [w.check, w.source, w.label, w.node]);

  it("finds no errors", () => expect(report.errors).toEqual([]));

  it("reports exactly the paper's four inconsistencies, with table and node", () => {
    expect(summary).toEqual([
      ["share", "text-2.2.2", "土地使用", "land_use"],
      ["share", "table3", "租售管理", "property_rights.lease_sale"],
      ["share", "table3", "奖励与惩戒", "operation_supervision.rewards_penalties"],
      ["children-sum", "table3", "租售管理", "property_rights.lease_sale"],
    ]);
  });

  it("says what was printed and what the counts give", () => {
    expect(report.warnings[0].message).toContain("printed share 20.53 % differs from the recomputed 20.54 % (345 / 1680)");
    expect(report.warnings[3].message).toMatch(/children sum to 19 points, the parent prints 20/);
  });

  it("keeps the printed numbers as they are (nothing is fixed)", () => {
    const ds = loadDataset();
    const lease = ds.counts.find((r) => r.node_id === "property_rights.lease_sale");
    expect([lease?.points, lease?.pct_printed]).toEqual([20, 6.75]);
  });
});

describe("validateDataset on hand-made data", () => {
  it("passes a consistent dataset without findings", () => {
    expect(validateDataset(loadDataset(join(fixtures, "tiny")))).toEqual({ errors: [], warnings: [] });
  });

  it("errors when a file count exceeds the corpus or a parent's files fall below a child's", () => {
    const report = validateDataset(loadDataset(join(fixtures, "malformed", "files-over-total")));
    expect(report.errors.map((e) => [e.check, e.node])).toEqual([
      ["files-total", "authority.promotion"],
      ["files-union", "tools.promotion"],
    ]);
    expect(report.errors[0].message).toBe("12 files exceed the corpus total of 10 documents");
  });
});
