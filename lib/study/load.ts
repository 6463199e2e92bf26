/**
 * Reads a study file (study.json, lib/study/types.ts): checked against schemas/study.schema.json,
 * then its id and title as a dataset's, its seed as every seed of the kit, and its paths resolved
 * against the file's folder, each of which must exist.
 *
 * @example
 * const study = loadStudy("data/examples/sde-example/study.json");
 * study.texts.length; // 6
 */
import { foundText } from "../io/json-schema";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { datasetIdentity } from "../dataset/identity";
import { readJson } from "../dataset/load";
import { InputError, type InputIssue } from "../errors";
import { checkSchema } from "../io/json-schema";
import { studyText } from "../messages";
import type { StudyFile } from "./types";

/** A study as loaded: every path absolute or relative to the working folder, defaults filled in. */
export interface LoadedStudy extends StudyFile {
  file: string;
  draws: number;
}

export function loadStudy(file: string): LoadedStudy {
  const json = readJson(file);
  checkSchema(json, "study", file);
  const study = json as StudyFile;
  datasetIdentity(study, study, file, { id: "id", title: "title" });
  const issues: InputIssue[] = [];
  if (!Number.isInteger(study.seed) || study.seed < 0 || study.seed > 0xffffffff) issues.push({ file, field: "seed", found: String(study.seed), expected: studyText.expected.seed });
  const draws = study.draws ?? 10_000;
  if (!Number.isInteger(draws) || draws < 1 || draws > 1e6) issues.push({ file, field: "draws", found: String(draws), expected: studyText.expected.draws });
  if (study.texts.length === 0) issues.push({ file, field: "texts", found: "[]", expected: studyText.expected.texts });
  const here = dirname(file);
  const resolve = (path: string, field: string) => {
    const full = join(here, path);
    if (!existsSync(full)) issues.push({ file, field, found: foundText(path), expected: studyText.expected.path(here) });
    return full;
  };
  const loaded: LoadedStudy = {
    ...study,
    file,
    draws,
    texts: study.texts.map((t, i) => resolve(t, `texts[${i}]`)),
    scheme: resolve(study.scheme, "scheme"),
    ...(study.dictionary !== undefined ? { dictionary: resolve(study.dictionary, "dictionary") } : {}),
    scenarios: study.scenarios.map((s, i) => resolve(s, `scenarios[${i}]`)),
    ...(study.catalogue !== undefined ? { catalogue: resolve(study.catalogue, "catalogue") } : {}),
  };
  if (issues.length > 0) throw new InputError(issues);
  return loaded;
}
