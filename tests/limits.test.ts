/**
 * Bounded resources (issue 10, point 2): every reader refuses an input over its limit BEFORE the
 * expensive step, with a message naming the file, what was found and the limit with the option
 * that raises it (lib/io/limits.ts), and the option really raises it. One `it` per class; the
 * CLI cases run the built CLI through tests/support/bad-input.ts (no stack, inputs unchanged).
 * Hostile inputs are generated at test time in a temporary folder, never committed.
 *
 * @example
 * npx vitest run tests/limits.test.ts
 */
import { closeSync, ftruncateSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Zip, ZipDeflate, zipSync, strToU8 } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { codeTexts, segmentText } from "../lib/coding";
import { InputError } from "../lib/errors";
import { jsonTooDeep, parseJson } from "../lib/io/json";
import { DEFAULT_LIMITS, inputLimits, setInputLimits } from "../lib/io/limits";
import { tooDeep } from "../lib/qda/xml";
import { readZip } from "../lib/qda/zip";
import { readZipDirectory } from "../lib/qda/zip-directory";
import { parseCsv } from "../lib/io/csv";
import { expectClearError, root, runBad, scratch } from "./support/bad-input";

const tmp = scratch("toolmix-limits-");
const T = { timeout: 60_000 };
const out = (name: string) => join(tmp, "out", name);
const file = (name: string, data: Uint8Array | string) => {
  const path = join(tmp, name);
  writeFileSync(path, data);
  return path;
};

/** Sets the declared unpacked size of every entry (central directory and local headers). */
function declareSize(bytes: Uint8Array, size: number): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  for (let i = 0; i + 4 <= copy.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x02014b50) view.setUint32(i + 24, size, true);
    if (signature === 0x04034b50) view.setUint32(i + 22, size, true);
  }
  return copy;
}

/** A zip whose one entry is `mb` MiB of spaces, deflated as a stream (never held in memory whole). */
function spacesZip(name: string, mb: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    chunks.push(data);
  });
  const entry = new ZipDeflate(name, { level: 1 });
  zip.add(entry);
  const block = new Uint8Array(1 << 20).fill(0x20);
  for (let i = 0; i < mb; i++) entry.push(block, i === mb - 1);
  zip.end();
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) (bytes.set(c, at), (at += c.length));
  return bytes;
}

const CODEBOOK = '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="C0DE0000-0000-4000-8000-000000000001" name="a" isCodable="true"/></Codes></CodeBook>';

/** A .qdc codebook whose codes nest `depth` levels below <Codes> (depth + 2 elements deep). */
function nestedCodebook(depth: number): string {
  const guid = (i: number) => `C0DE0000-0000-4000-8000-${String(i).padStart(12, "0")}`;
  return `<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>${Array.from({ length: depth }, (_, i) => `<Code guid="${guid(i + 1)}" name="c${i}" isCodable="true">`).join("")}${"</Code>".repeat(depth)}</Codes></CodeBook>`;
}

/** An NVivo matrix export as .xlsx: `codes` rows × `items` columns of counts. */
function matrixXlsx(codes: number, items: number): Uint8Array {
  const column = (c: number) => (c < 26 ? String.fromCharCode(65 + c) : String.fromCharCode(64 + Math.floor(c / 26)) + String.fromCharCode(65 + (c % 26)));
  const cell = (r: number, c: number, value: string, text: boolean) =>
    text ? `<c r="${column(c)}${r}" t="inlineStr"><is><t>${value}</t></is></c>` : `<c r="${column(c)}${r}"><v>${value}</v></c>`;
  const rows = [`<row r="1">${Array.from({ length: items }, (_, i) => cell(1, i + 1, `${column(i)} : doc${i}`, true)).join("")}</row>`];
  for (let r = 0; r < codes; r++) {
    rows.push(`<row r="${r + 2}">${cell(r + 2, 0, `${r + 1} : 工具\\code${r}`, true)}${Array.from({ length: items }, (_, i) => cell(r + 2, i + 1, String((r + i) % 3), false)).join("")}</row>`);
  }
  const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData></worksheet>`;
  return zipSync({ "xl/worksheets/sheet1.xml": strToU8(sheet) });
}

describe("archives: sizes and entries checked from the headers, inflation stopped at the declared size", () => {
  let bomb: string;
  beforeAll(() => {
    // 480 MiB of spaces deflate to about 0.5 MB: the .qdpx of issue 10.
    bomb = file("bomb.qdpx", spacesZip("project.qde", 480));
  }, 60_000);

  it("a zip bomb (0.5 MB .qdpx whose project.qde inflates to 480 MB) is refused from its headers", T, () => {
    expect(statSync(bomb).size).toBeLessThan(1024 * 1024);
    const start = Date.now();
    const run = runBad({ args: ["import", bomb, "--out", out("bomb")], inputs: [bomb] });
    // A loose guard only (the CLI's start-up included); bench/run.mjs records the real time.
    expect(Date.now() - start).toBeLessThan(5000);
    expectClearError(run, { exit: 1, mentions: [bomb, 'field "project.qde"', "entries declaring 503316480 bytes unpacked", "at most 268435456 bytes (256 MiB)", "--max-input-mb"] });
  });

  it("lying declared sizes: a header that understates the entry stops the inflation right there", T, () => {
    const honest = zipSync({ "project.qde": strToU8(CODEBOOK.replace("<Codes>", `<Codes>${" ".repeat(1 << 20)}`)) });
    const liar = file("liar.qdpx", declareSize(honest, 100));
    expectClearError(runBad({ args: ["import", liar, "--out", out("liar")], inputs: [liar] }), {
      exit: 1,
      mentions: [liar, "project.qde", "declared 100 bytes, inflates to more than 100 bytes", "true size"],
    });
    // Overstating is a lie too: the output would be padded with zeros.
    expect(() => readZip(declareSize(honest, 3 << 20), "over.qdpx")).toThrow(/declared 3145728 bytes, inflates to \d+ bytes/);
  });

  it("too many entries, counted from the end record before any entry is read; --max-entries raises the limit", T, () => {
    // The kit's example project (5 entries) plus 25 files nobody reads.
    const entries = Object.fromEntries(readZip(readFileSync(join(root, "data", "examples", "m0-example.qdpx")), "m0-example.qdpx"));
    for (let i = 0; i < 25; i++) entries[`extra/${i}.txt`] = strToU8("政策");
    const many = file("many.qdpx", zipSync(entries));
    expect(readZipDirectory(readFileSync(many)).count).toBe(30);
    expectClearError(runBad({ args: ["import", many, "--out", out("many"), "--max-entries", "10"], inputs: [many] }), {
      exit: 1,
      mentions: [many, "found \"30 entries\"", "at most 10 entries in the archive", "--max-entries"],
    });
    // import refuses a project none of whose codes maps (issue 10): the example's own mapping goes with it.
    const map = join(root, "data", "examples", "m0-example-map.json");
    const ok = runBad({ args: ["import", many, "--map", map, "--out", out("many-ok"), "--max-entries", "30"], inputs: [many, map] });
    expect(ok.status, ok.stderr).toBe(0);
  });

  it("an xlsx with too many cells is refused by counting <c> tags before the sheet is parsed; --max-cells raises it", T, () => {
    const xlsx = file("matrix.xlsx", matrixXlsx(40, 30)); // 41 rows × 31 columns = 1271 cells
    expectClearError(runBad({ args: ["import", xlsx, "--out", out("cells"), "--max-cells", "1000"], inputs: [xlsx] }), {
      exit: 1,
      mentions: [`${xlsx} › xl/worksheets/sheet1.xml`, "at least 1001 cells", "at most 1000 cells in the sheet", "--max-cells"],
    });
    // Every code sits under 工具: mapping that ancestor maps them all (import refuses a project none of whose codes maps).
    const map = file("matrix-map.json", JSON.stringify({ codes: { 工具: "authority.promotion" } }));
    const ok = runBad({ args: ["import", xlsx, "--map", map, "--out", out("cells-ok")], inputs: [xlsx, map] });
    expect(ok.status, ok.stderr).toBe(0);
  });
});

describe("text, CSV and JSON files: size checked with stat before reading, depth before parsing", () => {
  it("a CSV over the size limit (set low with --max-input-mb) is refused; the raised limit reads it", T, () => {
    // 1.5 MiB of tidy codings: one row per document, at a node of the kit's codebook.
    const rows = Array.from({ length: 50_000 }, (_, i) => `document-${String(i).padStart(6, "0")},authority.promotion,${(i % 3) + 1}`);
    const csv = file("tidy.csv", `document,node,count\n${rows.join("\n")}\n`);
    const size = statSync(csv).size;
    expectClearError(runBad({ args: ["import", csv, "--out", out("csv"), "--max-input-mb", "1"], inputs: [csv] }), {
      exit: 1,
      mentions: [csv, `a file of ${size} bytes`, "at most 1048576 bytes (1.0 MiB)", "--max-input-mb"],
    });
    const ok = runBad({ args: ["import", csv, "--out", out("csv-ok"), "--max-input-mb", "2"], inputs: [csv] });
    expect(ok.status, ok.stderr).toBe(0);
  });

  it("a real 50 MB CSV is refused from its size in a blink, without being read", T, () => {
    const csv = join(tmp, "big.csv");
    const line = Buffer.from("doc1,authority.promotion,1\n".repeat(40_000));
    const fd = openSync(csv, "w");
    writeFileSync(fd, "document,node,count\n");
    for (let written = 0; written < 50 * 1024 * 1024; written += line.length) writeFileSync(fd, line);
    closeSync(fd);
    const start = Date.now();
    const refused = runBad({ args: ["import", csv, "--out", out("big"), "--max-input-mb", "40"], inputs: [csv] });
    expect(Date.now() - start).toBeLessThan(10_000);
    expectClearError(refused, { exit: 1, mentions: [csv, /a file of \d+ bytes \(5\d MiB\)/, "at most 41943040 bytes (40 MiB)"] });
  });

  it("XML nested 100 000 deep is a clear error, not a stack overflow", T, () => {
    const deep = file("deep.qde", `<Project xmlns="urn:QDA-XML:project:1.0" name="x">${"<a>".repeat(100_000)}${"</a>".repeat(100_000)}</Project>`);
    expectClearError(runBad({ args: ["import", deep, "--out", out("deep")], inputs: [deep] }), {
      exit: 1,
      mentions: [deep, "row 1", "nesting 101 levels deep", "at most 100 levels of nesting", "--max-depth"],
    });
  });

  it("JSON nested 50 000 deep (a scenario file) is refused before JSON.parse, with its line", T, () => {
    const deep = file("deep-scenario.json", `{\n"id": "x",\n"operations": ${"[".repeat(50_000)}${"]".repeat(50_000)}}`);
    expectClearError(runBad({ args: ["simulate", deep, "--seed", "1"], inputs: [deep] }), {
      exit: 1,
      mentions: [deep, "row 3", "nesting 101 levels deep", "at most 100 levels of nesting", "--max-depth"],
    });
  });

  it("a file over 2 GiB (sparse, no disk used) is refused before reading, whatever the limit; one over the limit names the option", T, () => {
    const sparse = (name: string, bytes: number) => {
      const path = join(tmp, name);
      const fd = openSync(path, "w");
      ftruncateSync(fd, bytes);
      closeSync(fd);
      return path;
    };
    const big = sparse("huge.txt", Math.floor(2.1 * 1024 ** 3));
    for (const raise of [[], ["--max-input-mb", "2047"]]) {
      expectClearError(runBad({ args: ["code", big, "--out", out("huge"), ...raise], inputs: [big] }), {
        exit: 1,
        mentions: [big, "a file of 2254857830 bytes (2150 MiB)", "a file under 2 GiB", "Node cannot read a larger file"],
      });
    }
    const over = sparse("over.txt", 300 * 1024 * 1024);
    expectClearError(runBad({ args: ["code", over, "--out", out("over")], inputs: [over] }), {
      exit: 1,
      mentions: [over, "a file of 314572800 bytes (300 MiB)", "at most 268435456 bytes (256 MiB)", "--max-input-mb"],
    });
  });

  it("a folder where a file belongs (a text to code, a project to import)", T, () => {
    const folder = join(tmp, "a-folder.qdpx");
    mkdirSync(folder, { recursive: true });
    expectClearError(runBad({ args: ["code", folder, "--out", out("folder")], inputs: [folder] }), { exit: 1, mentions: [folder, "a folder, not a file", "a readable file"] });
    expectClearError(runBad({ args: ["import", folder, "--out", out("folder2")], inputs: [folder] }), { exit: 1, mentions: [folder, "a folder, not a file"] });
  });

  it("a file where a folder belongs (tables --data, validate)", T, () => {
    const counts = join(root, "data", "paper-m0", "counts.csv");
    expectClearError(runBad({ args: ["tables", "--data", counts] }), { exit: 1, mentions: [counts, /found "a (\.csv )?file/, "a dataset folder"] });
    expectClearError(runBad({ args: ["validate", counts] }), { exit: 1, mentions: [counts, /found "a (\.csv )?file/, "a dataset folder"] });
  });

  it("--max-depth raises the depth limit: a code tree 120 levels deep is refused by default and read with 200", T, () => {
    const qdc = file("deep-codes.qdc", nestedCodebook(120));
    expectClearError(runBad({ args: ["import", qdc, "--out", out("codes")], inputs: [qdc] }), { exit: 1, mentions: [qdc, "nesting 101 levels deep", "--max-depth"] });
    const ok = runBad({ args: ["import", qdc, "--out", out("codes-ok"), "--max-depth", "200"], inputs: [qdc] });
    expect(ok.status, ok.stderr).toBe(0);
  });

  it("a limit option outside its range is a usage error naming the range", T, () => {
    expectClearError(runBad({ args: ["tables", "--max-input-mb", "0"] }), { exit: 2, mentions: ["--max-input-mb", '"0"', "between 1 and 2047"] });
    expectClearError(runBad({ args: ["tables", "--max-depth", "1e9"] }), { exit: 2, mentions: ["--max-depth", "between 1 and 1000"] });
  });
});

describe("the scanners behind the limits", () => {
  it("XML depth: comments, CDATA, declarations, quoted '>' and self-closing tags open nothing", () => {
    expect(tooDeep('<?xml version="1.0"?><a><!-- <b><b> --><![CDATA[<c><c>]]><b x="1>2"/><b/></a>', 1)).toBeUndefined();
    expect(tooDeep("<a><b><c/></b></a>", 2)).toBeUndefined();
    expect(tooDeep("<a><b><c></c></b></a>", 2)).toBe(6);
    expect(tooDeep("<a></a><a></a><a></a>", 1)).toBeUndefined(); // siblings, not nesting
  });

  it("JSON depth: brackets inside strings (escaped quotes too) do not count", () => {
    expect(jsonTooDeep('{"a": "[[[[\\"[[["}', 1)).toBeUndefined();
    expect(jsonTooDeep("[[1],[2],[3]]", 2)).toBeUndefined();
    expect(jsonTooDeep("[[[1]]]", 2)).toBe(2);
    expect(() => parseJson("[".repeat(101) + "]".repeat(101), "d.json")).toThrow(InputError);
    expect(parseJson("[".repeat(100) + "]".repeat(100), "d.json")).toBeInstanceOf(Array);
  });

  it("the limits are process-wide, default as documented, and restorable", () => {
    expect(inputLimits()).toMatchObject({ inputMb: 256, entries: 10_000, cells: 1_000_000, depth: 100 });
    const previous = setInputLimits({ depth: 3 });
    try {
      expect(() => parseJson("[[[[1]]]]", "d.json")).toThrow(/at most 3 levels/);
    } finally {
      setInputLimits(previous);
    }
    expect(inputLimits()).toEqual(DEFAULT_LIMITS);
  });
});

describe("the coder is linear in its input", () => {
  /** Real clauses of the hand-coded sample with their punctuation removed, repeated to `length`. */
  function unpunctuated(length: number): string {
    const clauses = parseCsv(readFileSync(join(root, "tests", "fixtures", "coding", "m0-clauses.csv"), "utf8"), "m0-clauses.csv").rows.map((r) => r.cells.clause);
    const body = clauses.join("").replace(/[\s。！？；;!?，,、：:]/g, "");
    return body.repeat(Math.ceil(length / body.length)).slice(0, length);
  }

  it("a 400 000-character text without punctuation codes in seconds (< 10 s)", T, () => {
    const text = unpunctuated(400_000);
    const start = Date.now();
    const coded = codeTexts([{ id: "long", text }]);
    expect(Date.now() - start).toBeLessThan(10_000);
    expect(coded.segments.length).toBeGreaterThan(0);
  });

  // Each shape below made one step quadratic before (minutes at these sizes); now each codes in under a second.
  const timed = (fn: () => unknown) => {
    const start = Date.now();
    fn();
    return Date.now() - start;
  };

  it("dense cues (1.2 million characters, a cue every few characters): overlaps are checked without a pairwise search", T, () => {
    const text = "鼓励企业提容改造提高土地利用效率应当符合规划不得分割支持产业发展".repeat(40_000);
    expect(timed(() => codeTexts([{ id: "dense", text }]))).toBeLessThan(10_000);
  });

  it("200 000 nested brackets: the segmenter matches brackets without rescanning its stack", T, () => {
    expect(timed(() => expect(segmentText(`${"(".repeat(200_000)}${")".repeat(200_000)}`)).toHaveLength(1))).toBeLessThan(10_000);
  });

  it("现就 repeated after 为了: the purpose role's pattern no longer backtracks over every 现就", T, () => {
    expect(timed(() => codeTexts([{ id: "xianjiu", text: `为了${"现就".repeat(200_000)}` }]))).toBeLessThan(10_000);
  });
});
