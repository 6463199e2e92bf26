import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError, loadDataset } from "../lib";
import { indexCodebook } from "../lib/dataset/codebook";
import { parseCounts } from "../lib/dataset/counts";
import { readJson } from "../lib/dataset/load";

const malformed = (name: string) => join(__dirname, "fixtures", "malformed", name);

/** Loads a malformed fixture and returns its single issue; fails if loading succeeds. */
function issueOf(name: string) {
  try {
    loadDataset(malformed(name));
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const issues = (error as InputError).issues;
    expect(issues).toHaveLength(1);
    return { ...issues[0], message: (error as Error).message };
  }
  throw new Error(`${name} loaded without error`);
}

describe("malformed input gets an error naming file, row, field, found and expected", () => {
  it.each([
    ["missing-column", "counts.csv", 1, "points", /columns source, node_id, label_printed, files, pts, pct_printed/, 'a column named "points"'],
    ["non-numeric-count", "counts.csv", 7, "points", /^ten$/, "a whole number ≥ 0"],
    ["negative-count", "counts.csv", 15, "points", /^-3$/, "a whole number ≥ 0"],
    ["unknown-node", "counts.csv", 14, "node_id", /^supply\.methods$/, "a node id defined in codebook.json"],
    ["duplicate-node", "counts.csv", 16, "node_id", /^use$/, 'each node once per source; "t3" already has it at row 15'],
    ["share-out-of-range", "counts.csv", 13, "pct_printed", /^160\.00$/, "a percentage between 0 and 100"],
    ["duplicate-codebook-id", "codebook.json", undefined, "themes[0].children[1].id", /^supply\.price$/, "an id not used by another node"],
    ["empty-file", "counts.csv", undefined, undefined, /empty file/, "a non-empty file"],
    ["wrong-encoding", "counts.csv", 2, undefined, /not UTF-8/, "UTF-8 text"],
    ["utf16", "counts.csv", undefined, undefined, /UTF-16/, "UTF-8 text"],
  ] as const)("%s", (name, file, row, field, found, wanted) => {
    const issue = issueOf(name);
    expect(issue.file).toBe(join(malformed(name), file));
    expect(issue.row).toBe(row);
    expect(issue.field).toBe(field);
    expect(issue.found).toMatch(found);
    expect(issue.expected).toContain(wanted);
    expect(issue.message.startsWith(join(malformed(name), file))).toBe(true);
  });

  it("names a missing dataset folder", () => {
    expect(() => loadDataset(malformed("no-such-folder"))).toThrow(/no-such-folder: found "no such folder", expected a dataset folder/);
  });

  it("reports every bad cell of a file at once", () => {
    const book = indexCodebook(readJson(join(__dirname, "fixtures", "tiny", "codebook.json")), "codebook.json");
    const csv = "source,node_id,label_printed,files,points,pct_printed\nt,use,x,1,-1,\nt,nope,x,a,2,101\n";
    expect(() => parseCounts(csv, "c.csv", book)).toThrow(
      [
        "4 problems in the input:",
        '  - c.csv, row 2, field "points": found "-1", expected a whole number ≥ 0',
        '  - c.csv, row 3, field "node_id": found "nope", expected a node id defined in codebook.json (tool ids, tool.direction cells, theme ids, tools, themes)',
        '  - c.csv, row 3, field "files": found "a", expected a whole number ≥ 0',
        '  - c.csv, row 3, field "pct_printed": found "101", expected a percentage between 0 and 100 (or empty where not printed)',
      ].join("\n"),
    );
  });
});
