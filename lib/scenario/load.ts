import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import Ajv from "ajv";
import { InputError, type InputIssue } from "../errors";
import { parseJson } from "../io/json";
import { foundText, jsonPath, valueAt } from "../io/json-schema";
import { readUtf8 } from "../io/read-text";
import { scenarioExpected } from "../messages";
import { kitPath } from "../util/paths";
import type { ScenarioFile } from "./types";

/** A scenario as read from its file: the data, where it came from, and a hash of its bytes. */
export interface LoadedScenario {
  file: string;
  /** SHA-256 of the file's bytes: results carry it, so a changed file is never mistaken for the old one. */
  hash: string;
  scenario: ScenarioFile;
  /** The baseline dataset folder, resolved. */
  datasetDir: string;
}

type Validator = ReturnType<Ajv["compile"]>;
type SchemaError = NonNullable<Validator["errors"]>[number];
let validators: { scenario: Validator; operation: (kind: string) => Validator | undefined } | undefined;

/** The schema's validators: the whole file, and each operation shape on its own. */
function schemaValidators() {
  if (validators) return validators;
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addSchema(JSON.parse(readFileSync(kitPath("scenarios", "scenario.schema.json"), "utf8")), "scenario");
  validators = {
    scenario: ajv.getSchema("scenario")!,
    operation: (kind) => (OPERATION_KINDS.includes(kind) ? ajv.getSchema(`scenario#/definitions/${kind[0].toUpperCase()}${kind.slice(1)}Operation`) : undefined),
  };
  return validators;
}

/**
 * Reads a scenario file and checks it against scenarios/scenario.schema.json (generated from the
 * TypeScript types). Problems name the file, the JSON path (`operations[2].pp`) and the value.
 * Semantic checks against the dataset (nodes exist, amounts fit) follow in `compileScenario`.
 *
 * @example
 * loadScenario("scenarios/incentive-and-learning.json").scenario.operations.length; // 2
 */
export function loadScenario(file: string): LoadedScenario {
  const text = readUtf8(file);
  return checkScenario(parseJson(text, file), file, readFileSync(file), dirname(file));
}

/**
 * A scenario written in code (a notebook cell) rather than a file: checked against the same
 * schema; `name` stands in for the file name in errors, and a relative dataset path is taken
 * from the current folder. Its hash is that of its JSON text.
 *
 * @example
 * defineScenario({ id: "mine", title: "Mine", rationale: "…", baseline: { dataset: "paper-m0" }, operations: [] });
 */
export function defineScenario(scenario: ScenarioFile, name = `(scenario ${scenario.id})`): LoadedScenario {
  const text = JSON.stringify(scenario);
  return checkScenario(JSON.parse(text), name, Buffer.from(text), process.cwd());
}

function checkScenario(json: unknown, file: string, bytes: Buffer, baseDir: string): LoadedScenario {
  const { scenario: validate } = schemaValidators();
  if (!validate(json)) {
    const issues: InputIssue[] = relevantErrors(validate.errors ?? [], json).map((e) => ({
      file,
      field: jsonPath(e.instancePath) || "(top level)",
      found: foundText(valueAt(json, e.instancePath)),
      expected: scenarioExpected.schema(`${e.message}${e.params && "additionalProperty" in e.params ? `: ${e.params.additionalProperty}` : ""}`),
    }));
    throw new InputError(dedupe(issues));
  }
  const scenario = json as ScenarioFile;
  const hash = createHash("sha256").update(bytes).digest("hex");
  return { file, hash, scenario, datasetDir: resolveDataset(scenario.baseline.dataset, file, baseDir) };
}

function resolveDataset(name: string, file: string, baseDir: string): string {
  const shipped = kitPath("data", name);
  if (/^[a-z0-9-]+$/.test(name) && existsSync(join(shipped, "dataset.json"))) return shipped;
  const local = resolve(baseDir, name);
  if (existsSync(join(local, "dataset.json"))) return local;
  throw new InputError([{ file, field: "baseline.dataset", found: name, expected: scenarioExpected.dataset }]);
}

const OPERATION_KINDS = ["transfer", "reweight", "set", "toward", "add"];

/**
 * An operation is a union of five shapes, and a schema validator reports a failure against every
 * shape. Errors inside an operation are replaced by those of the one shape its `op` names (or one
 * error about `op` when it names none).
 */
function relevantErrors(errors: SchemaError[], json: unknown): SchemaError[] {
  // The file may be null or an array (the schema reports that); only an object has operations.
  const operations = (json !== null && typeof json === "object" && Array.isArray((json as { operations?: unknown }).operations) ? (json as { operations: unknown[] }).operations : []);
  const inOperation = (e: SchemaError) => /^\/operations\/\d+/.exec(e.instancePath)?.[0];
  const failing = [...new Set(errors.map(inOperation).filter((p): p is string => p !== undefined))];
  const own = failing.flatMap((prefix) => {
    const op = operations[Number(prefix.split("/")[2])] as { op?: unknown } | undefined;
    const validate = typeof op?.op === "string" ? schemaValidators().operation(op.op) : undefined;
    if (!validate) return [{ ...errors.find((e) => inOperation(e) === prefix)!, instancePath: `${prefix}/op`, message: `op must be one of ${OPERATION_KINDS.join(", ")}` }];
    validate(op);
    return (validate.errors ?? []).map((e) => ({ ...e, instancePath: `${prefix}${e.instancePath}` }));
  });
  return [...errors.filter((e) => inOperation(e) === undefined), ...own];
}

function dedupe(issues: InputIssue[]): InputIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => !seen.has(`${i.field}|${i.expected}`) && seen.add(`${i.field}|${i.expected}`));
}
