/**
 * Runs a study file end to end (`toolmix run` does it for every shipped study), writing into one
 * folder what a researcher would make by hand with the CLI, with its seed and hashes.
 *
 * The pipeline, in order:
 *  1. load     — study.json checked (lib/study/load.ts); the output folder checked before any work
 *  2. code     — the texts coded in the scheme with the study's words → dataset/ and ID.qdpx
 *  3. read back — the .qdpx imported again by node ids (what a reviewer's corrected copy goes through)
 *  4. matrices — each X–Y matrix of the coded clauses → matrix-ROWS-COLS/ (CSV, JSON, heatmap)
 *  5. simulate — the scenarios → simulation.json and simulation.txt
 *  6. score    — against the study's catalogue → score.json and score.txt
 *  7. figures  — every figure of the scheme → figures/ (lib/figures/scheme-write.ts)
 *  8. manifest — study-run.json: kit version, seed, draws, the study file's SHA-256, every file's
 *
 * Same study file and kit, same bytes.
 *
 * @example
 * await runStudy(loadStudy("data/examples/sde-example/study.json"), "output/examples/sde-example");
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { codeFiles } from "../coding/code-files";
import { writeSchemeFigures } from "../figures/scheme-write";
import { prepareOutputFolder, sha256, writeOutputFolder, type FolderOptions, type OutputFile } from "../io/output";
import { buildMatrix, chiSquareTest, dimensionSpec, formatMatrix, matrixSource } from "../matrix";
import { matrixOutputFiles } from "../matrix/output-files";
import { writeQdpx } from "../qda/qdpx-write";
import { loadCatalogue } from "../score/catalogue";
import { formatScoreReport } from "../score/format";
import { scoreResults, scoringNeeds } from "../score/run";
import { formatSimulation } from "../simulate/format-text";
import { simulateFiles } from "../simulate/run";
import type { ScenarioResult } from "../simulate/types";
import { kitVersion } from "../util/version";
import type { LoadedStudy } from "./load";

/** What {@link runStudy} wrote: the folder and the files of its top level (subfolders hold their own markers). */
export interface StudyRun {
  out: string;
  folders: string[];
  files: string[];
}

export async function runStudy(study: LoadedStudy, out: string, options: { force?: boolean } = {}): Promise<StudyRun> {
  const inputs = [study.file, ...study.texts, study.scheme, ...study.scenarios, ...[study.dictionary, study.catalogue].filter((f): f is string => f !== undefined)];
  const root: FolderOptions = { kind: "study", option: "--out", force: options.force, inputs };
  prepareOutputFolder(out, root);
  // The folder is marked as this study's before its subfolders appear, so that it stays the kit's own.
  writeOutputFolder(out, [], root);
  const sub = (kind: FolderOptions["kind"]): FolderOptions => ({ kind, option: "--out", force: options.force, inputs });
  const coded = codeFiles(study.texts, { out: join(out, "dataset"), scheme: study.scheme, dictionary: study.dictionary, id: study.id, title: study.title, force: options.force });
  const qdpx: OutputFile = { file: `${study.id}.qdpx`, body: writeQdpx(coded.project, { name: `${study.title} (toolmix coding, for review)` }) };
  const files: OutputFile[] = [qdpx];
  const folders = ["dataset"];
  const source = matrixSource(study.texts, { scheme: study.scheme, dictionary: study.dictionary });
  for (const [i, spec] of study.matrices.entries()) {
    const name = `matrix-${spec.rows}-${spec.cols}`;
    const rows = dimensionSpec(spec.rows, spec.levelRows, `matrices[${i}].rows`, study.file);
    const cols = dimensionSpec(spec.cols, spec.levelCols, `matrices[${i}].cols`, study.file);
    const m = buildMatrix(source.segments, { ...source, rows, cols });
    const test = chiSquareTest(m.counts);
    writeOutputFolder(join(out, name), [...(await matrixOutputFiles(m, test)), { file: "matrix.txt", body: formatMatrix(m, test) }], sub("matrix"));
    folders.push(name);
  }
  if (study.scenarios.length > 0) {
    const catalogue = study.catalogue ? loadCatalogue(study.catalogue) : undefined;
    const results = simulateFiles(study.scenarios, { draws: study.draws, seed: study.seed, ...(catalogue ? scoringNeeds(catalogue) : {}) });
    files.push({ file: "simulation.json", body: `${JSON.stringify(results.map(withoutDraws), null, 2)}\n` }, { file: "simulation.txt", body: `${formatSimulation(results)}\n` });
    if (catalogue) {
      const report = scoreResults(results, { draws: study.draws, seed: study.seed, catalogue });
      files.push({ file: "score.json", body: `${JSON.stringify(report, null, 2)}\n` }, { file: "score.txt", body: `${formatScoreReport(report)}\n` });
    }
  }
  // The figures read the coded dataset just written, and their matrix codes the study's texts as
  // the matrices above do (clauses), so figures/matrix.png and matrix-tools-themes/ agree.
  writeOutputFolder(out, files, root);
  await writeSchemeFigures({ data: join(out, "dataset"), source: study.texts, dictionary: study.dictionary, scenarios: study.scenarios, catalogue: study.catalogue, out: join(out, "figures"), seed: study.seed, draws: study.draws, force: options.force });
  folders.push("figures");
  const manifest = { kitVersion: kitVersion(), study: { id: study.id, file: study.file, sha256: sha256(readFileSync(study.file)) }, seed: study.seed, draws: study.draws, folders, files: files.map((f) => ({ file: f.file, sha256: sha256(f.body) })) };
  const all = [...files, { file: "study-run.json", body: `${JSON.stringify(manifest, null, 2)}\n` }];
  writeOutputFolder(out, all, root);
  return { out, folders, files: all.map((f) => f.file) };
}

/** A result as saved: its summaries, without the per-draw arrays kept for scoring. */
function withoutDraws(r: ScenarioResult): ScenarioResult {
  const { baselineDraws: _b, scenarioDraws: _s, ...rest } = r;
  return rest;
}
