/**
 * lib/learn piece by piece, from the sources (the CLI tests in learn.test.ts run dist/, which
 * mutation testing never reaches): the features of a clause, one AdaGrad step by hand, the model
 * file's checks, training from a project file with its summary and warnings, the comparison table,
 * the review and clause lists, the corrections experiment and the listings of notebook 08.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { codeTexts } from "../lib/coding";
import { clausesCsv, clausesOutput } from "../lib/coding/clause-file";
import { InputError } from "../lib/errors";
import { evaluateCoding } from "../lib/evaluation";
import {
  codedClauseRows, compareOnClauses, compareOnCorrections, correctedProject, correctionsExperiment, correctionsFromProject, featuresOf, fitLogistic, formatComparison,
  goldClauses, goldCorrections, learnUnits, modelJson, readModel, reviewOrder, reviewRows, trainCoder, trainFromProject, codeWithModel,
} from "../lib/learn";
import { reviewCsv, reviewOutput } from "../lib/learn/review-file";
import { trainingWarnings } from "../lib/learn/train-file";
import { writeQdpx } from "../lib/qda";

const fixtures = join(__dirname, "fixtures", "coding");
const tmp = () => mkdtempSync(join(tmpdir(), "toolmix-learn-parts-"));

describe("features and the fit", () => {
  it("reads a clause as character n-grams (titles blanked) and the dictionary's view, sorted", () => {
    const [u] = learnUnits([{ id: "a:1", document: "a", clause: "第一条 不得分割《支持办法》。" }]);
    expect(featuresOf(u, [1, 2])).toEqual([
      "c:authority.constraint", "d:authority.constraint", "g:。", "g:《", "g:《》", "g:》", "g:》。", "g:不", "g:不得", "g:分", "g:分割", "g:割", "g:割《", "g:得", "g:得分",
      "k:body", "r:instrument", "t:property_rights",
    ]);
    const [lead] = learnUnits([{ id: "b:1", document: "b", clause: "申请人应当符合下列条件：" }]);
    expect(featuresOf(lead, [3, 3])).toContain("colon");
    const [none] = learnUnits([{ id: "c:1", document: "c", clause: "园区环境优美。" }]);
    expect(featuresOf(none, [1, 1])).toContain("d:none");
  });

  it("takes one AdaGrad step as computed by hand: each weight moves by the rate, against its gradient's sign", () => {
    // σ(0) = ½ for every unit; feature 0 is on in two positives: gradient (½ − 1)·2/4 = −¼ → +0.5;
    // feature 1 in two negatives: +¼ → −0.5; the bias gradient is 0.
    const fit = fitLogistic([[0], [0], [1], [1]], [true, true, false, false], 2, { l2: 0, iterations: 1, rate: 0.5 });
    expect(fit.bias).toBe(0);
    expect([...fit.weights]).toEqual([0.5, -0.5]);
  });
});

describe("the model file", () => {
  const units = learnUnits(goldClauses(join(fixtures, "dev-2")), { complete: false });
  const model = trainCoder(units, { seed: 3, scheme: "paper-m0", file: "dev-2", sha256: "abc", kit: "k", lexicon: "l" });

  it("records the scheme, unit, seed, training documents and settings, and reads back the same", () => {
    expect([model.format, model.formatVersion, model.scheme, model.unit, model.seed, model.kit, model.lexicon]).toEqual(["toolmix-coder-model", 1, "paper-m0", "clause", 3, "k", "l"]);
    expect(model.trainedOn).toEqual({ file: "dev-2", sha256: "abc", documents: [...new Set(units.map((u) => u.document))].sort(), clauses: 105 });
    expect(model.settings).toEqual({ ngrams: [1, 3], minCount: 2, l2: 0.003, iterations: 150, minPositives: 10, prior: 3 });
    const dir = tmp();
    writeFileSync(join(dir, "m.json"), modelJson(model));
    expect(readModel(join(dir, "m.json"))).toEqual(JSON.parse(modelJson(model)));
  });

  it("names every wrong field of a model file at once", () => {
    const bad = JSON.parse(modelJson(model));
    bad.scheme = 7;
    bad.unit = "word";
    bad.seed = 1.5;
    bad.settings.ngrams = [0, 9];
    bad.labels[0].label = "x";
    bad.labels[1].source = "guess";
    bad.labels[2].bias = "b";
    const dir = tmp();
    writeFileSync(join(dir, "bad.json"), JSON.stringify(bad));
    try {
      readModel(join(dir, "bad.json"));
      expect.unreachable();
    } catch (e) {
      expect((e as InputError).issues.map((i) => i.field)).toEqual(["scheme", "unit", "seed", "settings", "labels[0].label", "labels[1].source", "labels[2].bias"]);
    }
    bad.labels = bad.labels.slice(1);
    writeFileSync(join(dir, "short.json"), JSON.stringify({ ...JSON.parse(modelJson(model)), labels: bad.labels }));
    expect(() => readModel(join(dir, "short.json"))).toThrow(/field "labels"/);
    const noOrigin = JSON.parse(modelJson(model));
    delete noOrigin.trainedOn;
    noOrigin.settings.ngrams = [3, 1];
    writeFileSync(join(dir, "origin.json"), JSON.stringify(noOrigin));
    expect(() => readModel(join(dir, "origin.json"))).toThrow(/field "settings"[\s\S]*field "trainedOn": found "missing"/);
    writeFileSync(join(dir, "missing.json"), JSON.stringify({ format: "toolmix-coder-model" }));
    expect(() => readModel(join(dir, "missing.json"))).toThrow(/field "formatVersion": found "missing"/);
  });
});

describe("training from a project file", () => {
  it("writes the model and a summary with the cross-validated comparison, warning of nothing on real corrections", () => {
    const { texts, corrections } = goldCorrections(join(fixtures, "dev-2"));
    const dir = tmp();
    writeFileSync(join(dir, "r.qdpx"), writeQdpx(correctedProject(texts, corrections)));
    const r = trainFromProject(join(dir, "r.qdpx"), { out: join(dir, "m.json"), seed: 2, folds: 4 });
    expect(readFileSync(join(dir, "m.json"), "utf8")).toBe(modelJson(r.model));
    const lines = r.summary.split("\n");
    expect(lines[0]).toMatch(/^Trained the supervised coder on the 105 clauses of 8 documents of r\.qdpx \(\d+ coded otherwise than the dictionary coder codes them\), seed 2 → /);
    expect(lines[1]).toMatch(/^Learnt \d+ label\(s\) \(authority\.promotion/);
    expect(r.summary).toContain("Cross-validated by document (4 folds, seed 2), on 105 corrected clauses of 8 documents:");
    expect(r.summary).not.toMatch(/Warning: every corrected clause/);
    expect(r.comparison.folds).toBe(4);
  });

  it("uses fewer folds than asked when there are fewer documents, and refuses a single document", () => {
    const { texts, corrections } = goldCorrections(join(fixtures, "dev-2"), ["da-kunshan-2024", "da-zhuhai-2018"]);
    const dir = tmp();
    const two = texts.filter((t) => t.id === "da-kunshan-2024" || t.id === "da-zhuhai-2018");
    writeFileSync(join(dir, "two.qdpx"), writeQdpx(correctedProject(two, corrections)));
    expect(trainFromProject(join(dir, "two.qdpx"), { out: join(dir, "m.json"), seed: 1 }).comparison.folds).toBe(2);
    writeFileSync(join(dir, "one.qdpx"), writeQdpx(correctedProject(two.slice(0, 1), new Map())));
    expect(() => trainFromProject(join(dir, "one.qdpx"), { out: join(dir, "m2.json"), seed: 1 })).toThrow(/expected corrections in at least 2 documents/);
  });

  it("warns of labels the model made worse, never of those it kept", () => {
    const u = (id: string, tools: string[]) => ({ id, document: id, text: "", tools, themes: [] });
    const gold = [u("a", ["authority.promotion"]), u("b", []), u("c", ["authority.promotion"]), u("d", [])];
    const worse = [u("a", []), u("b", ["authority.promotion"]), u("c", ["authority.promotion"]), u("d", [])];
    const comparison = { folds: 2, dictionary: evaluateCoding(gold, gold, { seed: 1, replicates: 10 }), model: evaluateCoding(gold, worse, { seed: 1, replicates: 10 }) };
    expect(trainingWarnings(comparison, ["authority.promotion"])).toEqual([expect.stringMatching(/^Warning: the model is below the dictionary coder on any tool, authority\.promotion/)]);
    expect(trainingWarnings(comparison, [])).toEqual([expect.stringMatching(/on any tool \(/)]);
    expect(trainingWarnings({ ...comparison, model: comparison.dictionary }, ["authority.promotion"])).toEqual([]);
    const table = formatComparison(comparison).split("\n");
    expect(table[0]).toBe("Cross-validated by document (2 folds, seed 1), on 4 corrected clauses of 4 documents:");
    expect(table.find((l) => l.trim().startsWith("authority.promotion"))).toMatch(/authority\.promotion\s+2\s+1\.00\s+0\.00\s+\[.*\]\s+-1\.00$/);
  });
});

describe("comparisons, the review and clause lists, the experiment", () => {
  const clauses = goldClauses(join(fixtures, "dev-3"));
  const units = learnUnits(clauses);
  const model = trainCoder(units, { seed: 1, scheme: "paper-m0", file: "dev-3", sha256: "0" });

  it("compares on corrections (cross-validated) and on held-out clauses, both against the same gold", () => {
    const c = compareOnCorrections(units, { seed: 1, folds: 3, scheme: "paper-m0" });
    expect([c.model.units, c.dictionary.units, c.folds]).toEqual([117, 117, 3]);
    const held = compareOnClauses(model, clauses.slice(0, 40), { seed: 1, replicates: 20 });
    expect([held.model.units, held.dictionary.units]).toEqual([40, 40]);
  });

  it("orders the review by margin and writes it with a BOM, formulas as text", () => {
    const order = reviewOrder(codeWithModel(model, units), model);
    const csv = reviewCsv([{ ...order[0], text: "=1+1", id: "+x", document: "@d" }, ...order.slice(1, 2)]);
    const lines = csv.split("\n");
    expect(lines[0]).toBe("\ufeffrank,id,document,margin,least_certain,probability,tools,themes,clause");
    expect(lines[1]).toMatch(/^1,'\+x,'@d,/);
    expect(lines[1].endsWith(",'=1+1")).toBe(true);
    expect(lines[2]).toMatch(/^2,/);
    const own = reviewOutput({}).isOwn!;
    expect([own(new TextEncoder().encode(csv)), own(new TextEncoder().encode("id,x\n"))]).toEqual([true, false]);
    expect(reviewRows(order, 3)).toHaveLength(3);
    expect(Object.keys(reviewRows(order, 1)[0])).toEqual(["clause", "least sure of", "probability", "tools"]);
  });

  it("lists coded clauses for notebooks and for spreadsheets", () => {
    const segments = codeTexts([{ id: "d", text: "某办法\n第一条 不得分割。\n为规范管理，制定本办法。" }]).segments;
    expect(codedClauseRows(segments)).toEqual([{ clause: "第一条 不得分割。", tools: "authority.constraint", themes: "property_rights", cues: "不得" }]);
    expect(codedClauseRows(segments, "other")).toEqual([]);
    const csv = clausesCsv(segments).split("\n");
    expect(csv.slice(1, 3)).toEqual(["d:02,d,2,authority.constraint,property_rights.subdivision.transfer_requirements,不得,第一条 不得分割。", "d:03,d,3,none,none,,为规范管理，制定本办法。"]);
    expect(clausesOutput({}).isOwn!(new TextEncoder().encode(csv.join("\n")))).toBe(true);
  });

  it("runs the corrections experiment: whole documents up to the clauses asked, the rest scored", () => {
    const run = correctionsExperiment(clauses, { seed: 2, trainClauses: 60, replicates: 10 });
    expect(run.trainClauses).toBeGreaterThanOrEqual(60);
    expect(run.trainClauses + run.testClauses).toBe(117);
    expect(run.model.units).toBe(run.testClauses);
    expect(run.trainDocuments).toBeLessThan(9);
    expect(correctionsExperiment(clauses, { seed: 2, trainClauses: 60, replicates: 10 })).toEqual(run);
  });

  it("reads corrections whose codes are named by node ids below a theme, and ignores other codes", () => {
    const texts = [{ id: "t", name: "t", text: "第一条 产业用房不得分割转让。" }];
    const project = correctedProject(texts, new Map([["t:01", { tools: ["authority.constraint"], themes: ["property_rights"] }]]));
    const extra = { ...project, codes: [...project.codes, { guid: "memo", name: "Memo", parent: null, codable: true }], codings: [...project.codings, { source: "t", code: "memo", start: 0, end: 3 }] };
    const read = correctionsFromProject(extra);
    expect(read.ignoredCodes).toEqual(["Memo"]);
    expect(read.clauses.map((c) => [c.id, c.tools, c.themes])).toEqual([["t:01", ["authority.constraint"], ["property_rights"]]]);
  });
});
