/**
 * lib/learn, the supervised coder: the logistic fit, folds by document, the model file (same inputs,
 * same bytes; every field checked on reading), corrections read back from a .qdpx exactly as
 * written (a property over random multi-label corrections), learning a rule the dictionary lacks,
 * the review order, and `toolmix train` / `toolmix code --model --review` from the command line.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TOOL_CELLS } from "../lib/coding";
import { THEMES } from "../lib/evaluation";
import { clauseIds, codeTextsWithModel, goldCorrections, codeWithModel, correctedProject, correctionsFromProject, documentFolds, fitLogistic, learnUnits, modelJson, predictLogistic, readModel, reviewOrder, trainCoder } from "../lib/learn";
import { codeTexts } from "../lib/coding";
import { readForeignProject, writeQdpx } from "../lib/qda";
import { InputError } from "../lib/errors";

const root = join(__dirname, "..");
const toolmix = (...args: string[]) => spawnSync(process.execPath, [join(root, "bin", "toolmix.cjs"), ...args], { cwd: root, encoding: "utf8" });
const tmp = () => mkdtempSync(join(tmpdir(), "toolmix-learn-"));
const dev2 = join(__dirname, "fixtures", "coding", "dev-2");

/** dev-2's texts, and its gold as a reviewer's corrections keyed by the coder's clause ids. */
const dev2Reviewed = () => goldCorrections(dev2);

describe("fitLogistic", () => {
  it("separates a separable toy problem and gives the same weights twice", () => {
    const rows = [[0], [1], [0, 2], [1, 2], [0], [1]];
    const y = [false, true, false, true, false, true];
    const a = fitLogistic(rows, y, 3, { l2: 0.001, iterations: 300 });
    const b = fitLogistic(rows, y, 3, { l2: 0.001, iterations: 300 });
    expect(predictLogistic(a, [1])).toBeGreaterThan(0.9);
    expect(predictLogistic(a, [0])).toBeLessThan(0.1);
    expect([...a.weights]).toEqual([...b.weights]);
  });

  it("keeps the caller's prior where the data say nothing (offsets)", () => {
    const fit = fitLogistic([[0], [0]], [true, false], 2, { l2: 0.01, iterations: 100, offsets: [3, -3] });
    expect(predictLogistic(fit, [1], 3)).toBeGreaterThan(0.9);
    expect(predictLogistic(fit, [1], -3)).toBeLessThan(0.1);
  });
});

describe("documentFolds", () => {
  it("puts every document in exactly one fold, balanced, the same for the same seed", () => {
    const docs = Array.from({ length: 11 }, (_, i) => `d${i}`);
    const folds = documentFolds([...docs, ...docs], 5, 7);
    expect([...folds.keys()].sort()).toEqual([...docs].sort());
    const sizes = [0, 1, 2, 3, 4].map((k) => [...folds.values()].filter((f) => f === k).length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(documentFolds(docs, 5, 7)).toEqual(folds);
    const byDoc = (m: Map<string, number>) => docs.map((d) => m.get(d));
    expect(byDoc(documentFolds(docs, 5, 8))).not.toEqual(byDoc(folds));
  });
});

describe("corrections through .qdpx", () => {
  it("reads back exactly the tools and themes written, clause by clause (random multi-label corrections)", () => {
    const text = "第一条 产业用房不得分割转让。\n第二条 鼓励企业提容增效，容积率不低于2.0。\n第三条 由区政府负责监管。\n推进项目落地。";
    const ids = clauseIds(codeTexts([{ id: "t", name: "t", text }]).segments);
    const codes = fc.record({ tools: fc.subarray([...TOOL_CELLS]), themes: fc.subarray([...THEMES]) });
    fc.assert(
      fc.property(fc.array(codes, { minLength: ids.length, maxLength: ids.length }), (given) => {
        const corrections = new Map(ids.map((id, i) => [id, given[i]]));
        const dir = tmp();
        writeFileSync(join(dir, "r.qdpx"), writeQdpx(correctedProject([{ id: "t", name: "t", text }], corrections)));
        const back = correctionsFromProject(readForeignProject(join(dir, "r.qdpx"))).clauses;
        expect(back.map((c) => c.id)).toEqual(ids);
        back.forEach((c, i) => {
          expect(c.tools).toEqual(TOOL_CELLS.filter((t) => given[i].tools.includes(t)));
          expect(c.themes).toEqual(THEMES.filter((t) => given[i].themes.includes(t)));
        });
      }),
      { numRuns: 25, seed: 12 },
    );
  });

  it("refuses a project without texts, naming the file", () => {
    const project = { file: "x.qdpx", codes: [], sources: [{ guid: "s", name: "s", variables: {} }], codings: [], offsetUnit: "codepoint" as const, missingTexts: ["s"], notes: [] };
    expect(() => correctionsFromProject(project)).toThrow(InputError);
    expect(() => correctionsFromProject(project)).toThrow(/x\.qdpx.*sources/);
  });
});

describe("trainCoder and the model file", () => {
  const { texts, corrections } = dev2Reviewed();
  const dir = tmp();
  writeFileSync(join(dir, "reviewed.qdpx"), writeQdpx(correctedProject(texts, corrections)));
  const units = learnUnits(correctionsFromProject(readForeignProject(join(dir, "reviewed.qdpx"))).clauses, { complete: true });

  it("gives the same bytes for the same inputs, and reads back what it wrote", () => {
    const a = modelJson(trainCoder(units, { seed: 1, scheme: "paper-m0", file: "r", sha256: "0" }));
    const b = modelJson(trainCoder(units, { seed: 1, scheme: "paper-m0", file: "r", sha256: "0" }));
    expect(a).toBe(b);
    writeFileSync(join(dir, "m.json"), a);
    expect(modelJson(readModel(join(dir, "m.json")))).toBe(a);
  });

  it("keeps the dictionary's decision for labels with too few corrections, and says so", () => {
    const model = trainCoder(units, { seed: 1, scheme: "paper-m0", file: "r", sha256: "0" });
    for (const l of model.labels) expect(l.source).toBe(l.positives >= model.settings.minPositives ? "model" : "dictionary");
    expect(model.labels.find((l) => l.label === "incentive.promotion")!.source).toBe("dictionary");
  });

  it("learns a rule the dictionary lacks: 务必 as a mandate, from corrections in other documents", () => {
    const texts = Array.from({ length: 6 }, (_, d) => ({ id: `d${d}`, name: `d${d}`, text: `各地务必完成第${d}批项目建设。\n园区改造务必按期完成。\n第三条 本办法所称园区是指工业园区。\n土地复合利用务必有序。` }));
    const base = codeTexts(texts);
    const ids = clauseIds(base.segments);
    const corrections = new Map(base.segments.map((s, i) => [ids[i], { tools: s.text.includes("务必") ? ["authority.promotion"] : [], themes: [] }]));
    const d = tmp();
    writeFileSync(join(d, "r.qdpx"), writeQdpx(correctedProject(texts, corrections)));
    const learnt = learnUnits(correctionsFromProject(readForeignProject(join(d, "r.qdpx"))).clauses, { complete: true });
    expect(learnt.filter((u) => u.text.includes("务必")).every((u) => u.coding.tools.length === 0)).toBe(true); // the dictionary misses them
    const model = trainCoder(learnt, { seed: 1, scheme: "paper-m0", file: "r", sha256: "0" });
    const fresh = codeTextsWithModel([{ id: "new", text: "各县务必盘点低效用地。" }], model);
    expect(fresh.coded.segments[0].tools).toEqual(["authority.promotion"]);
  });

  it("changes nothing when trained on an unreviewed project (the corrections are the dictionary's coding)", () => {
    const { texts } = dev2Reviewed();
    const unreviewed = learnUnits(correctionsFromProject(correctedProject(texts, new Map())).clauses, { complete: true });
    const model = trainCoder(unreviewed, { seed: 1, scheme: "paper-m0", file: "r", sha256: "0" });
    expect(model.labels.filter((l) => l.source === "model").length).toBeGreaterThan(0);
    const coded = codeTextsWithModel(texts, model);
    expect([coded.changed, coded.clauses]).toEqual([0, 55]); // 55 body clauses, purpose statements and transmittals aside
    // The primary tool is chosen in the lexicon's priority, as the dictionary coder chooses it.
    const dictionary = codeTexts(texts).segments;
    coded.coded.segments.forEach((s, i) => expect(s.tool).toBe(dictionary[i].tool));
  });

  it("refuses a model file with a wrong field, naming it", () => {
    const model = JSON.parse(modelJson(trainCoder(units, { seed: 1, scheme: "paper-m0", file: "r", sha256: "0" })));
    model.labels[2].weights = { "g:x": "heavy" };
    writeFileSync(join(dir, "bad.json"), JSON.stringify(model));
    expect(() => readModel(join(dir, "bad.json"))).toThrow(/labels\[2\]\.weights/);
    writeFileSync(join(dir, "other.json"), "{\"format\": \"something\"}");
    expect(() => readModel(join(dir, "other.json"))).toThrow(/toolmix-coder-model/);
  });

  it("orders the review list by the model's uncertainty, ties in document order", () => {
    const model = trainCoder(units, { seed: 1, scheme: "paper-m0", file: "r", sha256: "0" });
    const order = reviewOrder(codeWithModel(model, units), model);
    expect(order).toHaveLength(units.length);
    for (let i = 1; i < order.length; i++) expect(order[i].margin).toBeGreaterThanOrEqual(order[i - 1].margin);
  });
});

describe("toolmix train and toolmix code --model", () => {
  it("trains from a reviewed .qdpx, the same bytes in two processes, and codes the rest with a review list", () => {
    const { texts, corrections } = dev2Reviewed();
    const dir = tmp();
    const qdpx = join(dir, "reviewed.qdpx");
    writeFileSync(qdpx, writeQdpx(correctedProject(texts, corrections)));
    const a = toolmix("train", qdpx, "--out", join(dir, "a.json"), "--seed", "3");
    expect(a.status, a.stderr).toBe(0);
    expect(a.stdout).toMatch(/Cross-validated by document \(5 folds, seed 3\)/);
    expect(a.stdout).toMatch(/authority\.promotion\s+28\s/);
    expect(toolmix("train", qdpx, "--out", join(dir, "b.json"), "--seed", "3").status).toBe(0);
    expect(readFileSync(join(dir, "a.json"), "utf8")).toBe(readFileSync(join(dir, "b.json"), "utf8"));
    const text = join(dir, "new.txt");
    writeFileSync(text, "第一条 新型产业用地不得擅自改变用途，确需调整的，应报市政府批准。\n第二条 鼓励企业提高容积率。\n");
    const coded = toolmix("code", text, "--out", join(dir, "coded"), "--model", join(dir, "a.json"), "--review", join(dir, "review.csv"));
    expect(coded.status, coded.stderr).toBe(0);
    expect(coded.stdout).toMatch(/Clauses to review next/);
    const review = readFileSync(join(dir, "review.csv"), "utf8").split("\n");
    expect(review[0]).toBe("\ufeffrank,id,document,margin,least_certain,probability,tools,themes,clause"); // a BOM: Excel reads UTF-8
    expect(coded.stdout).toMatch(/The model changed the codes of \d+ of the 2 body clauses/);
    expect(review).toHaveLength(4); // header, two clauses, final newline
    const provenance = JSON.parse(readFileSync(join(dir, "coded", "dataset.json"), "utf8")).provenance;
    expect(provenance.coder).toMatch(/supervised model/);
  }, 60_000);

  it("warns of an unreviewed project, refuses codes it cannot read, and reads a project's own codes with --map", () => {
    const dir = tmp();
    const coded = toolmix("code", ...readdirSync(join(dev2, "texts")).map((f) => join(dev2, "texts", f)), "--out", join(dir, "c"), "--qdpx", join(dir, "c.qdpx"));
    expect(coded.status, coded.stderr).toBe(0);
    const unreviewed = toolmix("train", join(dir, "c.qdpx"), "--out", join(dir, "u.json"), "--seed", "1");
    expect(unreviewed.status).toBe(0);
    expect(unreviewed.stdout).toMatch(/Warning: every corrected clause is coded exactly as the dictionary coder codes it/);
    const own = toolmix("train", "data/examples/m0-example.qdpx", "--out", join(dir, "o.json"), "--seed", "1");
    expect(own.status).toBe(1);
    expect(own.stderr).toMatch(/m0-example\.qdpx, field "codes": found "Borrow, Discourage, .*give --map FILE/);
    const mapped = toolmix("train", "data/examples/m0-example.qdpx", "--map", "data/examples/m0-example-map.json", "--out", join(dir, "m.json"), "--seed", "1");
    expect(mapped.status, mapped.stderr).toBe(0);
    expect(mapped.stdout).toMatch(/Trained the supervised coder on the \d+ clauses of 4 documents of m0-example\.qdpx \(\d+ coded otherwise than the dictionary coder codes them\)/);
    expect(mapped.stdout).toMatch(/Codes left out \(neither a tool cell nor under a theme\): Interesting wording/);
  }, 60_000);

  it("says what is wrong: no seed, one document, --review without --model, --model with --scheme, a bad model", () => {
    const dir = tmp();
    const qdpx = join(dir, "one.qdpx");
    writeFileSync(qdpx, writeQdpx(correctedProject([{ id: "a", name: "a", text: "配套用房不得分割。" }], new Map())));
    const noSeed = toolmix("train", qdpx, "--out", join(dir, "m.json"));
    expect([noSeed.status, noSeed.stderr]).toEqual([2, expect.stringMatching(/--seed S/)]);
    const one = toolmix("train", qdpx, "--out", join(dir, "m.json"), "--seed", "1");
    expect(one.status).toBe(1);
    expect(one.stderr).toMatch(/one\.qdpx, field "sources": found "1 document\(s\) with text", expected corrections in at least 2 documents/);
    writeFileSync(join(dir, "t.txt"), "配套用房不得分割。");
    expect(toolmix("code", join(dir, "t.txt"), "--out", join(dir, "o"), "--review", join(dir, "r.csv")).status).toBe(2);
    expect(toolmix("code", join(dir, "t.txt"), "--out", join(dir, "o"), "--model", "m.json", "--scheme", "data/schemes/supply-demand-environment").status).toBe(2);
    writeFileSync(join(dir, "v2.json"), JSON.stringify({ format: "toolmix-coder-model", formatVersion: 2 }));
    const v2 = toolmix("code", join(dir, "t.txt"), "--out", join(dir, "o"), "--model", join(dir, "v2.json"));
    expect(v2.stderr).toMatch(/v2\.json, field "formatVersion": found "2", expected formatVersion 1/);
    writeFileSync(join(dir, "bad.json"), "[1, 2]");
    const bad = toolmix("code", join(dir, "t.txt"), "--out", join(dir, "o"), "--model", join(dir, "bad.json"));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/bad\.json, field "format"/);
    for (const r of [noSeed, one, bad]) expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
