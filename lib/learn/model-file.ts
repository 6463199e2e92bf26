/**
 * The model file of the supervised coder: written as JSON with a fixed key order and numbers
 * rounded when trained (./train.ts), so the same inputs give the same bytes; read back with every
 * field checked, an error naming the file and the field.
 *
 * @example
 * writeFileSync("output/model.json", modelJson(model));
 * readModel("output/model.json").labels.length; // 14
 */
import { InputError, IssueCollector } from "../errors";
import { readJsonFile } from "../io/json";
import { evaluationText as text } from "../messages";
import { MODEL_LABELS } from "./train";
import type { CoderModel, LabelModel } from "./types";

/** The model as the bytes of its file. */
export function modelJson(model: CoderModel): string {
  // Labels one per block, each label's weights on one line: diffable, and a tenth of the size of one weight a line.
  const { labels, ...head } = model;
  const headJson = JSON.stringify(head, null, 2).replace(/\n}$/, "");
  const labelJson = labels.map((l) => `    {"label": ${JSON.stringify(l.label)}, "positives": ${l.positives}, "source": ${JSON.stringify(l.source)}, "bias": ${l.bias},\n     "weights": ${JSON.stringify(l.weights)}}`);
  return `${headJson},\n  "labels": [\n${labelJson.join(",\n")}\n  ]\n}\n`;
}

/** A value as the message shows it: "missing" for an absent field, else its JSON (shortened). */
const shown = (v: unknown) => (v === undefined ? "missing" : (JSON.stringify(v)?.slice(0, 60) ?? String(v)));

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Reads and checks a model file. */
export function readModel(file: string): CoderModel {
  const raw = readJsonFile(file);
  if (!isObject(raw) || raw.format !== "toolmix-coder-model") throw new InputError([{ file, field: "format", found: isObject(raw) ? shown(raw.format) : Array.isArray(raw) ? "an array" : typeof raw, expected: text.expected.modelFile }]);
  if (raw.formatVersion !== 1) throw new InputError([{ file, field: "formatVersion", found: shown(raw.formatVersion), expected: text.expected.modelVersion }]);
  const issues = new IssueCollector();
  const need = (ok: boolean, field: string, found: unknown, what: string) => ok || issues.add({ file, field, found: shown(found), expected: text.expected.modelField(field, what) });
  need(typeof raw.scheme === "string", "scheme", raw.scheme, "a scheme id");
  need(raw.unit === "clause", "unit", raw.unit, '"clause"');
  need(Number.isInteger(raw.seed), "seed", raw.seed, "a whole number");
  const s = raw.settings;
  const settingsOk = isObject(s) && Array.isArray(s.ngrams) && s.ngrams.length === 2 && s.ngrams.every((n) => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 5) && (s.ngrams[0] as number) <= (s.ngrams[1] as number) && typeof s.prior === "number" && Number.isFinite(s.prior);
  need(settingsOk, "settings", s, "ngrams [low, high] with 1 ≤ low ≤ high ≤ 5 and a finite prior");
  const t = raw.trainedOn;
  need(isObject(t) && typeof t.file === "string" && typeof t.sha256 === "string" && Array.isArray(t.documents) && Number.isInteger(t.clauses), "trainedOn", t, text.expected.modelTrainedOn);
  const labels = Array.isArray(raw.labels) ? raw.labels : [];
  need(Array.isArray(raw.labels) && labels.length === MODEL_LABELS.length, "labels", raw.labels, `${MODEL_LABELS.length} labels (${MODEL_LABELS.join(", ")})`);
  labels.forEach((l: unknown, i) => {
    const field = `labels[${i}]`;
    if (!isObject(l)) return need(false, field, l, "a label object");
    need(l.label === MODEL_LABELS[i], `${field}.label`, l.label, `"${MODEL_LABELS[i]}"`);
    need(l.source === "model" || l.source === "dictionary", `${field}.source`, l.source, '"model" or "dictionary"');
    need(typeof l.bias === "number" && Number.isFinite(l.bias), `${field}.bias`, l.bias, "a finite number");
    const weightsOk = isObject(l.weights) && Object.values(l.weights).every((w) => typeof w === "number" && Number.isFinite(w));
    need(weightsOk, `${field}.weights`, "…", "an object of finite numbers by feature");
  });
  issues.throwIfAny();
  // Weights are user data: copied into null-prototype records, so a feature named "__proto__" is a key like any other.
  const clean = labels.map((l) => {
    const x = l as LabelModel;
    const weights: Record<string, number> = Object.create(null);
    for (const [k, w] of Object.entries(x.weights)) weights[k] = w;
    return { ...x, weights };
  });
  return { ...(raw as unknown as CoderModel), labels: clean };
}
