/** Messages of a study's identity and pipeline (lib/dataset/identity.ts, lib/study): dataset ids and titles, the worked examples `toolmix run` writes. Part of lib/messages (see index.ts). */

/** Texts of dataset identity and of study runs. */
export const studyText = {
  expected: {
    datasetId: "a dataset id of 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit (e.g. sde-example)",
    datasetTitle: "a title of 1 to 200 characters on one line",
    seed: "a whole number from 0 to 4294967295 (2³² − 1)",
    draws: "a whole number of draws from 1 to 1 000 000",
    texts: "one or more .txt files",
    path: (folder: string) => `a file or folder that exists, relative to the study file's folder ${folder}`,
  },
  /** Default titles of datasets the kit writes. */
  codedTitle: (texts: number) => `Coded by the toolmix dictionary from ${texts} texts`,
  importedTitle: (file: string) => `Imported from ${file}`,
  /** What `toolmix run` prints for a worked example. */
  exampleWritten: (id: string, dir: string, folders: readonly string[], files: readonly string[]) =>
    `Study ${id} → ${dir}: ${folders.map((f) => `${f}/`).join(", ")}, ${files.join(", ")}`,
  needsFile: "study needs a study file (study.json), e.g. data/examples/sde-example/study.json",
} as const;
