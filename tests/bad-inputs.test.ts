/**
 * The bad-input catalogue of issue 10 (points 3 and 6), one `it` per class of user mistake: every
 * one exits 1 (input) or 2 (usage) with a message naming the file or option, what was found and
 * what was expected, without a stack trace, and leaves every input byte for byte as it was.
 * Output-path classes live in tests/output-safety.test.ts, size limits in tests/limits.test.ts.
 *
 * @example
 * npx vitest run tests/bad-inputs.test.ts
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import { expectClearError, root, runBad, scratch } from "./support/bad-input";

const paper = join(root, "data", "paper-m0");
const baseline = join(root, "scenarios", "baseline.json");
const qdpx = join(root, "data", "examples", "m0-example.qdpx");
const tmp = scratch();
const catalogue = JSON.parse(readFileSync(join(root, "data", "recommendations.json"), "utf8"));
const codebook = JSON.parse(readFileSync(join(paper, "codebook.json"), "utf8"));

/** A copy of the paper's dataset folder with one file replaced. */
function dataset(name: string, file: string, body: string): string {
  const dir = join(tmp, name);
  cpSync(paper, dir, { recursive: true });
  writeFileSync(join(dir, file), body);
  return dir;
}

/** A JSON (or raw text) file in the scratch folder. */
function json(name: string, value: unknown): string {
  const file = join(tmp, name);
  writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value));
  return file;
}

const counts = readFileSync(join(paper, "counts.csv"), "utf8");
const withFirstCriterion = (change: Record<string, unknown>) => ({
  ...catalogue,
  recommendations: [{ ...catalogue.recommendations[0], criteria: [{ ...catalogue.recommendations[0].criteria[0], ...change }] }],
});
const T = { timeout: 60_000 };

describe("command-line mistakes exit 2 with the option, the value and what is accepted", () => {
  it("an unknown command", T, () => {
    expectClearError(runBad({ args: ["tabels"] }), { exit: 2, mentions: ['unknown command "tabels"', "toolmix help"] });
  });

  it("a command named like an Object.prototype property (constructor, __proto__)", T, () => {
    expectClearError(runBad({ args: ["constructor"] }), { exit: 2, mentions: ['unknown command "constructor"'] });
    // With an option the command's spec is looked up: an inherited Object function there would crash.
    expectClearError(runBad({ args: ["hasOwnProperty", "--json"] }), { exit: 2, mentions: ["hasOwnProperty"] });
    expectClearError(runBad({ args: ["tables", "--__proto__", "x"] }), { exit: 2, mentions: ['unknown option "--__proto__"', "toolmix tables"] });
  });

  it("a typo'd option", T, () => {
    expectClearError(runBad({ args: ["score", baseline, "--seed", "1", "--draw", "5"] }), { exit: 2, mentions: ['unknown option "--draw"', "toolmix score"] });
  });

  it("a single-dash option", T, () => {
    expectClearError(runBad({ args: ["tables", "-j"] }), { exit: 2, mentions: ['unknown option "-j"'] });
  });

  it("an option without its value, also when the next option would be taken as it", T, () => {
    expectClearError(runBad({ args: ["simulate", baseline, "--seed"] }), { exit: 2, mentions: ["--seed needs a value"] });
    expectClearError(runBad({ args: ["simulate", baseline, "--seed", "--json"] }), { exit: 2, mentions: ["--seed needs a value"] });
  });

  it("an option given twice", T, () => {
    expectClearError(runBad({ args: ["simulate", baseline, "--seed", "1", "--seed", "2"] }), { exit: 2, mentions: ["--seed is given twice"] });
  });

  it("a flag given a value", T, () => {
    expectClearError(runBad({ args: ["tables", "--json=yes"] }), { exit: 2, mentions: ["--json takes no value"] });
  });

  it("an argument a command does not take", T, () => {
    expectClearError(runBad({ args: ["tables", "extra"] }), { exit: 2, mentions: ["toolmix tables", "unexpected: extra"] });
    expectClearError(runBad({ args: ["validate", paper, paper] }), { exit: 2, mentions: ["at most 1 argument"] });
  });

  it("a non-numeric --draws", T, () => {
    expectClearError(runBad({ args: ["simulate", baseline, "--seed", "1", "--draws", "many"] }), { exit: 2, mentions: ["--draws", '"many"', "a whole number", "between 1 and 100000000"] });
  });

  it("a --seed in hex, negative or beyond 32 bits", T, () => {
    expectClearError(runBad({ args: ["simulate", baseline, "--seed", "0x10"] }), { exit: 2, mentions: ["--seed", '"0x10"', "decimal digits", "between 0 and 4294967295"] });
    expectClearError(runBad({ args: ["score", baseline, "--seed", "-1"] }), { exit: 2, mentions: ["--seed", '"-1"'] });
    expectClearError(runBad({ args: ["synth", "--seed", "1".repeat(400)] }), { exit: 2, mentions: ["--seed", "between 0 and 4294967295"] });
  });

  it("a fractional --draws or --weight-draws", T, () => {
    expectClearError(runBad({ args: ["simulate", baseline, "--seed", "1", "--draws", "2.5"] }), { exit: 2, mentions: ["--draws", '"2.5"', "a whole number"] });
    expectClearError(runBad({ args: ["score", baseline, "--seed", "1", "--weight-draws", "0"] }), { exit: 2, mentions: ["--weight-draws", '"0"', "between 1 and 10000000"] });
  });

  it("a zero or negative --prior, and one beyond a million", T, () => {
    expectClearError(runBad({ args: ["simulate", baseline, "--seed", "1", "--prior", "0"] }), { exit: 2, mentions: ["--prior", '"0"', "> 0 and at most 1000000"] });
    expectClearError(runBad({ args: ["simulate", baseline, "--seed", "1", "--prior", "1e308"] }), { exit: 2, mentions: ["--prior", '"1e308"'] });
  });

  it("a --deff below 1 (the expected range names no Infinity)", T, () => {
    expectClearError(runBad({ args: ["simulate", baseline, "--seed", "1", "--deff", "0.5"] }), { exit: 2, mentions: ["--deff", '"0.5"', "between 1 and 1000000"] });
  });

  it("a missing seed, and no scenario file at all", T, () => {
    expectClearError(runBad({ args: ["score", baseline] }), { exit: 2, mentions: ["score needs --seed"] });
    expectClearError(runBad({ args: ["simulate", "--seed", "1"] }), { exit: 2, mentions: ["simulate needs at least one scenario file"] });
  });
});

describe("input mistakes exit 1 naming file, field, found and expected", () => {
  it("an empty glob (the shell passes the pattern itself)", T, () => {
    const pattern = join(tmp, "no-such-*.json");
    expectClearError(runBad({ args: ["simulate", pattern, "--seed", "1"] }), { exit: 1, mentions: [pattern, "no such file", "a readable file"] });
  });

  it("a folder given where a file belongs", T, () => {
    expectClearError(runBad({ args: ["simulate", tmp, "--seed", "1"] }), { exit: 1, mentions: [tmp, "a readable file"] });
  });

  it("two text files with the same name (code a/x.txt b/x.txt)", T, () => {
    mkdirSync(join(tmp, "a"), { recursive: true });
    mkdirSync(join(tmp, "b"), { recursive: true });
    writeFileSync(join(tmp, "a", "x.txt"), "第一条 必须\n");
    writeFileSync(join(tmp, "b", "x.txt"), "第二条 禁止\n");
    const run = runBad({ args: ["code", join(tmp, "a", "x.txt"), join(tmp, "b", "x.txt"), "--out", join(tmp, "coded")], inputs: [join(tmp, "a"), join(tmp, "b")] });
    expectClearError(run, { exit: 1, mentions: [join(tmp, "b", "x.txt"), 'document id "x"', `not used by ${join(tmp, "a", "x.txt")}`] });
  });

  it("two scenario files with one id", T, () => {
    const scenario = { id: "same", title: "t", rationale: "r", baseline: { dataset: paper }, operations: [] };
    const one = json("one.json", scenario);
    const two = json("two.json", { ...scenario, title: "other" });
    expectClearError(runBad({ args: ["simulate", one, two, "--seed", "1", "--draws", "10"], inputs: [one, two] }), { exit: 1, mentions: [two, 'field "id"', 'scenario id "same"', `not used by ${one}`] });
  });

  it("one scenario file given twice", T, () => {
    expectClearError(runBad({ args: ["score", baseline, baseline, "--seed", "1", "--draws", "10"] }), { exit: 1, mentions: [baseline, "the same file given again", "each input file once"] });
  });

  it("null where the dataset.json object belongs", T, () => {
    const dir = dataset("meta-null", "dataset.json", "null");
    expectClearError(runBad({ args: ["validate", dir], inputs: [dir] }), { exit: 1, mentions: [join(dir, "dataset.json"), 'found "null"', "a JSON object"] });
  });

  it("null where codebook.json or one of its themes belongs", T, () => {
    const whole = dataset("codebook-null", "codebook.json", "null");
    expectClearError(runBad({ args: ["tables", "--data", whole], inputs: [whole] }), { exit: 1, mentions: ["codebook.json", 'found "null"', "directions, tools and themes"] });
    const child = dataset("theme-null", "codebook.json", JSON.stringify({ ...codebook, themes: [{ ...codebook.themes[0], children: [null] }] }));
    expectClearError(runBad({ args: ["validate", child], inputs: [child] }), { exit: 1, mentions: ['field "themes[0].children[0]"', 'found "null"', "a JSON object"] });
  });

  it("null where a scenario belongs", T, () => {
    const file = json("scenario-null.json", "null");
    expectClearError(runBad({ args: ["simulate", file, "--seed", "1"], inputs: [file] }), { exit: 1, mentions: [file, "(top level)", 'found "null"', "scenario.schema.json", "must be object"] });
  });

  it("null where the mapping file or its codes belong", T, () => {
    const whole = json("map-null.json", "null");
    expectClearError(runBad({ args: ["import", qdpx, "--map", whole, "--out", join(tmp, "imp1")], inputs: [whole] }), { exit: 1, mentions: [whole, 'found "null"', '{"codes"'] });
    const codes = json("map-codes-null.json", { codes: null });
    expectClearError(runBad({ args: ["import", qdpx, "--map", codes, "--out", join(tmp, "imp2")], inputs: [codes] }), { exit: 1, mentions: [codes, 'field "codes"', 'found "null"', "schemas/mapping.schema.json", "must be object"] });
  });

  it("a misspelt key of a mapping file", T, () => {
    const file = json("map-typo.json", { code: { "Topics/Supply": "land_supply" } });
    expectClearError(runBad({ args: ["import", qdpx, "--map", file, "--out", join(tmp, "imp3")], inputs: [file] }), { exit: 1, mentions: [file, 'field "code"', 'no property "code"'] });
  });

  it("null where a recommendation of the catalogue belongs", T, () => {
    const file = json("catalogue-null.json", { ...catalogue, recommendations: [null] });
    expectClearError(runBad({ args: ["score", baseline, "--seed", "1", "--draws", "10", "--catalogue", file], inputs: [file] }), { exit: 1, mentions: [file, 'field "recommendations[0]"', 'found "null"', "schemas/catalogue.schema.json"] });
  });

  it("catalogue marks of the wrong type", T, () => {
    const file = json("catalogue-marks.json", { ...catalogue, marks: { pass: "high", partial: 30 } });
    expectClearError(runBad({ args: ["score", baseline, "--seed", "1", "--draws", "10", "--catalogue", file], inputs: [file] }), { exit: 1, mentions: [file, 'field "marks.pass"', '"high"', "must be number"] });
  });

  it("a catalogue indicator named like an Object.prototype property", T, () => {
    const file = json("catalogue-proto.json", withFirstCriterion({ indicator: "constructor" }));
    expectClearError(runBad({ args: ["score", baseline, "--seed", "1", "--draws", "10", "--catalogue", file], inputs: [file] }), { exit: 1, mentions: [file, 'field "recommendations[0].criteria[0].indicator"', '"constructor"', "an indicator the simulation produces"] });
  });

  it("a catalogue whose criteria all weigh 0", T, () => {
    const zero = { ...catalogue, recommendations: catalogue.recommendations.map((r: { criteria?: object[] }) => ({ ...r, ...(r.criteria ? { criteria: r.criteria.map((c) => ({ ...c, weight: 0 })) } : {}) })) };
    const file = json("catalogue-zero.json", zero);
    expectClearError(runBad({ args: ["score", baseline, "--seed", "1", "--draws", "10", "--catalogue", file], inputs: [file] }), { exit: 1, mentions: [file, 'field "recommendations"', "weights sum to more than 0"] });
  });

  it("null where the weights object belongs, and a __proto__ criterion", T, () => {
    const weights = json("weights-null.json", { weights: null });
    expectClearError(runBad({ args: ["score", baseline, "--seed", "1", "--draws", "10", "--weights", weights], inputs: [weights] }), { exit: 1, mentions: [weights, 'field "weights"', 'found "null"', "schemas/weights.schema.json"] });
    const proto = json("weights-proto.json", '{"weights": {"__proto__": 1}}');
    expectClearError(runBad({ args: ["score", baseline, "--seed", "1", "--draws", "10", "--weights", proto], inputs: [proto] }), { exit: 1, mentions: [proto, 'field "weights.__proto__"', "a criterion id of the catalogue"] });
  });

  it("a 400-digit count", T, () => {
    const dir = dataset("count-400", "counts.csv", counts.replace(",68,993,", `,68,${"9".repeat(400)},`));
    expectClearError(runBad({ args: ["tables", "--data", dir], inputs: [dir] }), { exit: 1, mentions: [join(dir, "counts.csv"), "row 2", 'field "points"', "(400 digits)", "at most 9007199254740991"] });
  });

  it("a count just above Number.MAX_SAFE_INTEGER", T, () => {
    const dir = dataset("count-max", "counts.csv", counts.replace(",68,993,", ",68,9007199254740993,"));
    expectClearError(runBad({ args: ["validate", dir], inputs: [dir] }), { exit: 1, mentions: ["counts.csv", "row 2", 'found "9007199254740993"', "a whole number ≥ 0 and at most 9007199254740991"] });
  });

  it("a 50 000-deep codebook", T, () => {
    let theme = '{"id":"z","label_zh":"z","label_en":"z"}';
    for (let i = 0; i < 50_000; i++) theme = `{"id":"z${i}","label_zh":"z","label_en":"z","children":[${theme}]}`;
    const dir = dataset("codebook-deep", "codebook.json", JSON.stringify(codebook).replace(/\]\}$/, `,${theme}]}`));
    expectClearError(runBad({ args: ["validate", dir], inputs: [dir] }), { exit: 1, mentions: [join(dir, "codebook.json"), /deep/, /at most \d+ (levels|deep)/] });
  });

  it("a node id named like an Object.prototype property in counts.csv", T, () => {
    const dir = dataset("node-proto", "counts.csv", `${counts}table2,constructor,x,1,1,\n`);
    expectClearError(runBad({ args: ["validate", dir], inputs: [dir] }), { exit: 1, mentions: ["counts.csv", 'field "node_id"', 'found "constructor"', "a node id defined in codebook.json"] });
  });

  it("a mapping onto a node named like an Object.prototype property", T, () => {
    const file = json("map-proto.json", { codes: { "Topics/Supply": "toString" } });
    expectClearError(runBad({ args: ["import", qdpx, "--map", file, "--out", join(tmp, "imp4")], inputs: [file] }), { exit: 1, mentions: [file, 'field "codes.Topics/Supply"', 'found "toString"', "a kit node id"] });
  });

  it("region figures asked of a dataset without document-level counts", T, () => {
    expectClearError(runBad({ args: ["figures", "--documents", paper, "--out", join(tmp, "figs"), "--format", "svg", "--lang", "en"] }), { exit: 1, mentions: [paper, "no document_counts.csv", "document-level data"] });
  });
});
