/**
 * `toolmix tables --csv DIR --xlsx FILE`: the tables for spreadsheets. The workbook is read back
 * by two independent readers — the kit's own (lib/qda/xlsx.ts) and SheetJS (xlsx 0.18.5, under
 * danfojs; used here only on the kit's own output, never on a user's file) — with Chinese labels
 * intact and numbers as numbers. Expected cells are the paper's Table 2 (authority 993 / 456).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { columnName, isToolmixXlsx, xlsxWorkbook } from "../lib/io/xlsx-write";
import { readFirstSheet } from "../lib/qda/xlsx";

const root = join(__dirname, "..");
const toolmix = (...args: string[]) => spawnSync(process.execPath, [join(root, "bin", "toolmix.cjs"), ...args], { cwd: root, encoding: "utf8" });
const tmp = () => mkdtempSync(join(tmpdir(), "toolmix-tables-"));

describe("tables for spreadsheets", () => {
  it("writes Table 2 and Tables 3–7 as CSV and as a workbook with a sheet each, and says so on stderr", { timeout: 60_000 }, () => {
    const dir = tmp();
    const run = toolmix("tables", "--csv", join(dir, "csv"), "--xlsx", join(dir, "t.xlsx"));
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("Table 2");
    expect(run.stderr).toContain(`Written to ${join(dir, "t.xlsx")}: 表2 Table 2 tools, 表3-7 Tables 3-7 themes`);
    const table2 = readFileSync(join(dir, "csv", "table2-tools.csv"), "utf8").split("\n");
    expect(table2[1]).toBe("authority,权威工具,Authority tools,68,993,68.53,68.53,66,456,31.47,31.47,1449,71.03,71.03");
    // The kit's reader: the first sheet's cells as text.
    const ours = readFirstSheet(readFileSync(join(dir, "t.xlsx")), "t.xlsx").rows;
    expect(ours[1].slice(0, 5)).toEqual(["authority", "权威工具", "Authority tools", "68", "993"]);
    // SheetJS: both sheets by name, numbers typed as numbers.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const XLSX = require("xlsx") as { read: (b: Buffer, o: object) => { SheetNames: string[]; Sheets: Record<string, Record<string, { t: string; v: unknown }>> } };
    const book = XLSX.read(readFileSync(join(dir, "t.xlsx")), { type: "buffer" });
    expect(book.SheetNames).toEqual(["表2 Table 2 tools", "表3-7 Tables 3-7 themes"]);
    expect(book.Sheets["表2 Table 2 tools"].E2).toEqual(expect.objectContaining({ t: "n", v: 993 }));
    expect(book.Sheets["表2 Table 2 tools"].B2).toEqual(expect.objectContaining({ t: "s", v: "权威工具" }));
    expect(book.Sheets["表3-7 Tables 3-7 themes"].C2.v).toBe("土地供应");
    // Run again: the kit's own files are replaced without --force, byte for byte the same.
    const first = readFileSync(join(dir, "t.xlsx"));
    expect(toolmix("tables", "--xlsx", join(dir, "t.xlsx")).status).toBe(0);
    expect(readFileSync(join(dir, "t.xlsx")).equals(first)).toBe(true);
  });

  it("refuses to overwrite a workbook it did not write, and writes one sheet per dimension for another scheme", { timeout: 60_000 }, () => {
    const dir = tmp();
    writeFileSync(join(dir, "mine.xlsx"), "not mine");
    const refused = toolmix("tables", "--xlsx", join(dir, "mine.xlsx"));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/mine\.xlsx.*--force/);
    const sde = toolmix("tables", "--data", "data/examples/sde-example/dataset", "--csv", join(dir, "sde"));
    expect(sde.status, sde.stderr).toBe(0);
    expect(readFileSync(join(dir, "sde", "tools.csv"), "utf8").split("\n")[0]).toBe("节点 node_id,层级 depth,类型 kind,标签 label,英文标签 label_en,文件数 files,参考点 points,占比 % share %");
  });

  it("keeps text as text, leaves empty cells out, and names columns past Z", () => {
    const bytes = xlsxWorkbook([{ name: "a/b:c", rows: [["h", "=1+1", null, 2.5]] }]);
    expect(isToolmixXlsx(bytes)).toBe(true);
    expect(isToolmixXlsx(new Uint8Array([1, 2]))).toBe(false);
    const sheet = readFirstSheet(bytes, "x.xlsx").rows;
    expect(sheet[0]).toEqual(["h", "=1+1", "", "2.5"]);
    expect([columnName(0), columnName(25), columnName(26), columnName(701), columnName(702)]).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
  });
});
