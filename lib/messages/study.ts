/** Messages of a study's identity and pipeline (lib/dataset/identity.ts, lib/study): dataset ids and titles, the worked examples `toolmix run` writes. Part of lib/messages (see index.ts). */

/** Texts of dataset identity and of study runs. */
export const studyText = {
  expected: {
    datasetId: "a dataset id of 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit (e.g. sde-example)",
    datasetTitle: "a title of 1 to 200 characters on one line",
  },
  /** Default titles of datasets the kit writes. */
  codedTitle: (texts: number) => `Coded by the toolmix dictionary from ${texts} texts`,
  importedTitle: (file: string) => `Imported from ${file}`,
  /** What `toolmix run` prints for a worked example. */
  exampleWritten: (id: string, dir: string, files: number) => `Worked example ${id}: ${files} files in ${dir}`,
} as const;
