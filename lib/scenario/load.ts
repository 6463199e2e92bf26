import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import Ajv from "ajv";
import { InputError, type InputIssue } from "../errors";
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

let validateSchema: ReturnType<Ajv["compile"]> | undefined;

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
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError([{ file, found: (error as Error).message, expected: "valid JSON" }]);
  }
  validateSchema ??= new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(kitPath("scenarios", "scenario.schema.json"), "utf8")));
  if (!validateSchema(json)) {
    const issues: InputIssue[] = relevantErrors(validateSchema.errors ?? [], json).map((e) => ({
      file,
      field: jsonPath(e.instancePath) || "(top level)",
      found: JSON.stringify(valueAt(json, e.instancePath)) ?? "undefined",
      expected: scenarioExpected.schema(`${e.message}${e.params && "additionalProperty" in e.params ? `: ${e.params.additionalProperty}` : ""}`),
    }));
    throw new InputError(dedupe(issues));
  }
  const scenario = json as ScenarioFile;
  const hash = createHash("sha256").update(readFileSync(file)).digest("hex");
  return { file, hash, scenario, datasetDir: resolveDataset(scenario.baseline.dataset, file) };
}

function resolveDataset(name: string, file: string): string {
  const shipped = kitPath("data", name);
  if (/^[a-z0-9-]+$/.test(name) && existsSync(join(shipped, "dataset.json"))) return shipped;
  const local = resolve(dirname(file), name);
  if (existsSync(join(local, "dataset.json"))) return local;
  throw new InputError([{ file, field: "baseline.dataset", found: name, expected: scenarioExpected.dataset }]);
}

/** `/operations/2/pp` → `operations[2].pp`, the way users read a JSON path. */
function jsonPath(pointer: string): string {
  return pointer
    .split("/")
    .slice(1)
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
    .join("")
    .replace(/^\./, "");
}

function valueAt(json: unknown, pointer: string): unknown {
  return pointer
    .split("/")
    .slice(1)
    .reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), json);
}

const OPERATION_KINDS = ["transfer", "reweight", "set", "toward", "add"];

/**
 * An operation is a union of five shapes, and a schema validator reports a failure against every
 * shape. Keep only the errors of the shape the operation names in `op` (or one error about `op`).
 */
function relevantErrors(errors: NonNullable<ReturnType<Ajv["compile"]>["errors"]>, json: unknown) {
  const operations = (json as { operations?: unknown[] }).operations ?? [];
  return errors.filter((e) => {
    const match = /^\/operations\/(\d+)/.exec(e.instancePath);
    if (!match) return e.keyword !== "anyOf";
    const kind = (operations[Number(match[1])] as { op?: unknown } | undefined)?.op;
    if (typeof kind !== "string" || !OPERATION_KINDS.includes(kind)) {
      return e.instancePath === `/operations/${match[1]}` && e.keyword === "anyOf";
    }
    const shape = `${kind[0].toUpperCase()}${kind.slice(1)}Operation`;
    return e.keyword !== "anyOf" && e.schemaPath.includes(`/${shape}/`);
  }).map((e) => (e.keyword === "anyOf" ? { ...e, instancePath: `${e.instancePath}/op`, message: `op must be one of ${OPERATION_KINDS.join(", ")}` } : e));
}

function dedupe(issues: InputIssue[]): InputIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => !seen.has(`${i.field}|${i.expected}`) && seen.add(`${i.field}|${i.expected}`));
}
