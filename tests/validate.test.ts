import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../lib/dataset/load";
import type { Dataset, DocumentCount } from "../lib/dataset/types";
import { validateDataset } from "../lib/validate";
import { directCodings } from "../lib/validate/direct";
import { impossibility } from "../lib/validate/impossible";
import type { Finding } from "../lib/validate/types";

// Every report is computed inside its test (not at describe level), so that mutation testing
// (npm run mutate) can tell which test covers which line of lib/validate.

const fixtures = join(__dirname, "fixtures");
const brief = (findings: readonly Finding[]) => findings.map((f) => [f.severity, f.check, f.node]);

/**
 * tests/fixtures/tiny with some counts changed: `{ supply: { files: 12 } }` changes supply's first
 * row. `meta` is merged into dataset.json's content; `documentCounts` replaces the (empty) list.
 */
function tiny(changes: Record<string, { files?: number | null; points?: number }> = {}, extra: { meta?: Record<string, unknown>; documentCounts?: Array<Omit<DocumentCount, "line">> } = {}): Dataset {
  const ds = loadDataset(join(fixtures, "tiny"));
  const counts = ds.counts.map((row) => (row.node_id in changes ? { ...row, ...changes[row.node_id] } : row));
  const meta = { ...ds.meta, ...extra.meta } as Dataset["meta"];
  const documentCounts = (extra.documentCounts ?? []).map((row, i) => ({ ...row, line: i + 2 }));
  return { ...ds, meta, counts, documentCounts };
}

const imported = { meta: { provenance: { source: "project.qdpx" } } };

describe("validateDataset on the paper's data", () => {
  it("finds no errors and exactly the paper's four inconsistencies, with table and node", () => {
    const report = validateDataset(loadDataset());
    expect(report.errors).toEqual([]);
    expect(report.warnings.map((w) => [w.check, w.source, w.label, w.node])).toEqual([
      ["share", "text-2.2.2", "土地使用", "land_use"],
      ["share", "table3", "租售管理", "property_rights.lease_sale"],
      ["share", "table3", "奖励与惩戒", "operation_supervision.rewards_penalties"],
      ["children-sum", "table3", "租售管理", "property_rights.lease_sale"],
    ]);
  });

  it("says what was printed and what the counts give, with the counts.csv line", () => {
    const { warnings } = validateDataset(loadDataset());
    expect(warnings[0].message).toBe("printed share 20.53 % differs from the recomputed 20.54 % (345 / 1680); truncating instead of rounding gives the printed value");
    expect(warnings[3].message).toBe("children sum to 19 points, the parent prints 20 (children: property_rights.lease_sale.land_lease, property_rights.lease_sale.land_sale)");
    expect(warnings.every((w) => w.severity === "warning" && typeof w.line === "number" && w.line > 1)).toBe(true);
  });

  it("keeps the printed numbers as they are (nothing is fixed)", () => {
    const ds = loadDataset();
    validateDataset(ds);
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
    expect(report.warnings).toEqual([]);
  });
});

describe("file counts: the corpus bounds every node, a parent's files are a union of its children's", () => {
  it("accepts files equal to the corpus and refuses one more, on every row that has it", () => {
    // The widest rows of tiny have 9 files (supply, tools.promotion).
    expect(validateDataset(tiny({}, { meta: { corpus: { documents: 9 } } })).errors).toEqual([]);
    const report = validateDataset(tiny({}, { meta: { corpus: { documents: 8 } } }));
    expect(brief(report.errors)).toEqual([
      ["error", "files-total", "tools.promotion"],
      ["error", "files-total", "supply"],
    ]);
    expect(report.errors[1]).toMatchObject({ source: "t3", label: "土地供应", line: 12, message: "9 files exceed the corpus total of 8 documents" });
  });

  it("accepts a parent with as many files as its widest child and refuses one fewer, naming that child", () => {
    expect(validateDataset(tiny({ supply: { files: 6 } })).errors).toEqual([]);
    const report = validateDataset(tiny({ supply: { files: 5 } }));
    expect(brief(report.errors)).toEqual([["error", "files-union", "supply"]]);
    expect(report.errors[0].message).toBe("5 files, fewer than its child supply.price (6); a parent's files are a union of its children's");
  });

  it("names the first of two equally wide children", () => {
    const report = validateDataset(tiny({ "supply.method": { files: 6 }, supply: { files: 5 } }));
    expect(report.errors.map((e) => e.message)).toEqual(["5 files, fewer than its child supply.price (6); a parent's files are a union of its children's"]);
  });

  it("checks the children of a parent that has no count, and skips the parent itself", () => {
    const ds = tiny({ "supply.price": { files: 5 } });
    const report = validateDataset({ ...ds, counts: ds.counts.filter((r) => r.node_id !== "supply") });
    expect(report.errors).toEqual([]);
    expect(report.warnings.map((w) => [w.check, w.node, w.source])).toEqual([["missing", "supply", ""]]);
  });

  it("finds the widest child wherever it stands among the children", () => {
    const report = validateDataset(tiny({ "supply.price": { files: 2 }, "supply.method": { files: 7 }, supply: { files: 6 } }));
    expect(report.errors.map((e) => e.message)).toEqual(["6 files, fewer than its child supply.method (7); a parent's files are a union of its children's"]);
  });

  it("checks a direction margin against that direction's cell of every tool", () => {
    const report = validateDataset(tiny({ "tools.promotion": { files: 7 } }));
    expect(report.errors.map((e) => [e.node, e.message])).toEqual([["tools.promotion", "7 files, fewer than its child authority.promotion (8); a parent's files are a union of its children's"]]);
  });

  it("refuses more files than the children's sum in printed tables, where nothing is coded at the parent", () => {
    const wide = { meta: { corpus: { documents: 20 } } };
    expect(validateDataset(tiny({ supply: { files: 11 } }, wide)).errors).toEqual([]); // 6 + 5: disjoint children
    const report = validateDataset(tiny({ supply: { files: 12 } }, wide));
    expect(brief(report.errors)).toEqual([["error", "files-union", "supply"]]);
    expect(report.errors[0].message).toBe("12 files, more than the sum of its children's files (11), and the dataset has no codings at this node itself");
  });

  it("accepts more files than the children's sum where the parent holds codings of its own", () => {
    const wide = { corpus: { documents: 20 } };
    expect(validateDataset(tiny({ supply: { files: 12 } }, { meta: { ...wide, provenance: { source: "p.qdpx" } } }))).toEqual({ errors: [], warnings: [] });
    const atParent = [{ doc_id: "d1", node_id: "supply", points: 1 }];
    expect(validateDataset(tiny({ supply: { files: 12 } }, { meta: wide, documentCounts: atParent })).errors).toEqual([]);
    const elsewhere = [{ doc_id: "d1", node_id: "supply.price", points: 1 }];
    expect(brief(validateDataset(tiny({ supply: { files: 12 } }, { meta: wide, documentCounts: elsewhere })).errors)).toEqual([["error", "files-union", "supply"]]);
  });

  it("skips the hierarchy check where a parent or a child has no printed files", () => {
    expect(validateDataset(tiny({ supply: { files: null } })).errors).toEqual([]);
    expect(validateDataset(tiny({ "supply.method": { files: null }, supply: { files: 1 } })).errors).toEqual([]);
  });
});

describe("points: children above their parent are impossible, a parent above its children needs direct codings", () => {
  it("errors when the children sum to more than the parent, whatever the dataset", () => {
    for (const extra of [{}, imported]) {
      const report = validateDataset(tiny({ supply: { points: 19 } }, extra));
      expect(report.errors.filter((e) => e.check === "children-sum").map((e) => [e.node, e.message])).toEqual([
        ["supply", "children sum to 20 points, more than the parent's 19: a parent counts every point of its children (children: supply.price, supply.method)"],
      ]);
    }
  });

  it("warns when a parent of printed tables has more points than its children (the paper's 租售管理)", () => {
    const report = validateDataset(tiny({ supply: { points: 21 }, themes: { points: 31 } }));
    const sums = report.warnings.filter((w) => w.check === "children-sum");
    expect(brief(sums)).toEqual([["warning", "children-sum", "supply"]]);
    expect(sums[0].message).toBe("children sum to 20 points, the parent prints 21 (children: supply.price, supply.method)");
    expect(report.errors).toEqual([]);
  });

  it("accepts a parent above its children where codings can sit at the parent (imported, coded, document-level)", () => {
    const report = validateDataset(tiny({ supply: { points: 21 }, themes: { points: 31 } }, imported));
    expect(report.errors).toEqual([]);
    expect(report.warnings.filter((w) => w.check === "children-sum")).toEqual([]);
  });

  it("still warns on a direction margin above its cells: nobody codes at a margin", () => {
    const report = validateDataset(tiny({ "tools.promotion": { points: 25 } }, imported));
    expect(brief(report.warnings.filter((w) => w.check === "children-sum"))).toEqual([["warning", "children-sum", "tools.promotion"]]);
  });

  it("skips a parent whose children are not all counted", () => {
    const ds = tiny({ supply: { points: 21 }, themes: { points: 31 } });
    const report = validateDataset({ ...ds, counts: ds.counts.filter((r) => r.node_id !== "supply.method") });
    expect(report.errors).toEqual([]);
    expect(report.warnings.filter((w) => w.check !== "share" && w.check !== "dimension-total").map((w) => [w.check, w.node, w.message])).toEqual([["missing", "supply.method", "no count is given for this node"]]);
  });
});

describe("values no count can have are errors", () => {
  it("refuses a 26-digit count, naming its size", () => {
    const report = validateDataset(tiny({ use: { points: 12345678901234567890123456 } }));
    const impossible = report.errors.filter((e) => e.check === "impossible");
    expect(impossible.map((e) => [e.node, e.line])).toEqual([["use", 15]]);
    expect(impossible[0].message).toBe("points is 1.2345678901234568e+25 (26 digits), which no count can be: expected a whole number from 0 to 9007199254740991");
  });

  it("draws the line at Number.MAX_SAFE_INTEGER, 0 and whole numbers", () => {
    expect(impossibility({ files: null, points: Number.MAX_SAFE_INTEGER })).toBeUndefined();
    expect(impossibility({ files: 0, points: 0 })).toBeUndefined();
    expect(impossibility({ files: 3, points: 3 })).toBeUndefined();
    expect(impossibility({ files: null, points: Number.MAX_SAFE_INTEGER + 2 })).toBe("points is 9007199254740992, which no count can be: expected a whole number from 0 to 9007199254740991");
    expect(impossibility({ files: null, points: -1 })).toMatch(/^points is -1, which no count can be/);
    expect(impossibility({ files: 1.5, points: 3 })).toMatch(/^files is 1.5, which no count can be/);
    expect(impossibility({ files: null, points: Number.NaN })).toMatch(/^points is NaN/);
  });

  it("refuses more files than points, and points in no file", () => {
    expect(impossibility({ files: 4, points: 3 })).toBe("4 files but only 3 points: every file counted at a node holds at least one of its points");
    expect(impossibility({ files: 0, points: 2 })).toBe("2 points in 0 files: a point is always coded in some file");
    const report = validateDataset(tiny({ use: { files: 11 } }, { meta: { corpus: { documents: 20 } } }));
    expect(brief(report.errors)).toEqual([["error", "impossible", "use"]]);
    expect(report.errors[0]).toMatchObject({ source: "t3", label: "土地使用", line: 15 });
  });
});

describe("directCodings: which parents may hold codings of their own", () => {
  it("none in printed tables or a synthetic corpus", () => {
    expect(directCodings(tiny())("supply")).toBe(false);
    const synthetic = tiny({}, { meta: { synthetic: true, provenance: {} }, documentCounts: [{ doc_id: "d1", node_id: "supply", points: 1 }] });
    expect(directCodings(synthetic)("supply")).toBe(false);
  });

  it("the nodes with rows of their own in document-level data", () => {
    const direct = directCodings(tiny({}, { documentCounts: [{ doc_id: "d1", node_id: "supply", points: 1 }] }));
    expect([direct("supply"), direct("themes"), direct("supply.price")]).toEqual([true, false, false]);
  });

  it("every node but a direction margin in an imported dataset without document-level data", () => {
    const direct = directCodings(tiny({}, imported));
    expect([direct("supply"), direct("authority"), direct("tools"), direct("tools.promotion"), direct("no.such.node")]).toEqual([true, true, true, false, true]);
    expect(directCodings(tiny({}, { meta: { provenance: null } }))("supply")).toBe(false);
  });
});

describe("the other checks", () => {
  it("warns when a node printed twice differs, field by field", () => {
    const ds = tiny();
    const again = { ...ds.counts.find((r) => r.node_id === "use")!, source: "t6", files: 5, line: 16 };
    const report = validateDataset({ ...ds, counts: [...ds.counts, again] });
    expect(report.warnings.map((w) => [w.check, w.source, w.node, w.message])).toEqual([["printed-twice", "t6", "use", "files printed as 5 in t6 but 4 in t3"]]);
    const same = validateDataset({ ...ds, counts: [...ds.counts, { ...again, files: 4 }] });
    expect(same).toEqual({ errors: [], warnings: [] });
  });

  it("compares only the dimensions dataset.json declares and the roots counts.csv has", () => {
    expect(validateDataset(tiny({}, { meta: { dimensions: { tools: { points: 40 } } } }))).toEqual({ errors: [], warnings: [] });
    const ds = tiny({}, { meta: { dimensions: { tools: { points: 41 } } } });
    const report = validateDataset({ ...ds, counts: ds.counts.filter((r) => r.node_id !== "tools") });
    expect(report.warnings.map((w) => w.check)).toEqual(["missing"]);
  });

  it("warns when a dimension root differs from dataset.json", () => {
    const report = validateDataset(tiny({}, { meta: { dimensions: { tools: { points: 41 }, themes: { points: 30 } } } }));
    expect(report.warnings.map((w) => [w.check, w.node, w.message])).toEqual([["dimension-total", "tools", "the dimension root has 40 points, dataset.json declares 41"]]);
  });

  it("warns when a printed share differs from the recomputed one, and says when truncation explains it", () => {
    const ds = tiny();
    const counts = ds.counts.map((r) => (r.node_id === "supply.price" ? { ...r, pct_printed: 61 } : r.node_id === "use" ? { ...r, pct_printed: 33.34 } : r));
    const report = validateDataset({ ...ds, counts });
    expect(report.warnings.map((w) => [w.check, w.node, w.message])).toEqual([
      ["share", "supply.price", "printed share 61.00 % differs from the recomputed 60.00 % (12 / 20)"],
      ["share", "use", "printed share 33.34 % differs from the recomputed 33.33 % (10 / 30)"],
    ]);
  });

  it("recomputes a root's printed share against its own points", () => {
    const ds = tiny();
    const counts = ds.counts.map((r) => (r.node_id === "tools" ? { ...r, pct_printed: 99 } : r));
    expect(validateDataset({ ...ds, counts }).warnings.map((w) => [w.node, w.message])).toEqual([["tools", "printed share 99.00 % differs from the recomputed 100.00 % (40 / 40)"]]);
  });
});
