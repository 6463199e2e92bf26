/**
 * A dataset's id and title as a user names them (`toolmix code|import --id ID --title TEXT`, or
 * the options of `codeFiles`): checked before anything is written, so dataset.json never carries
 * an id that breaks a file name, a figure subtitle or a scenario's provenance. Without them, the
 * command's defaults ("coded", "imported" and a title saying where the data came from).
 *
 * @example
 * datasetIdentity({ id: "sde-example" }, { id: "coded", title: "Coded from 6 texts" }, "output/sde");
 * // { id: "sde-example", title: "Coded from 6 texts" }
 */
import { foundText } from "../io/json-schema";
import { InputError } from "../errors";
import { studyText } from "../messages";

/** Letters, digits, dots, dashes and underscores; a letter or digit first; at most 64. */
const DATASET_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** The id and title of a dataset to write: the given ones, checked, else the defaults. */
export function datasetIdentity(given: { id?: string; title?: string }, defaults: { id: string; title: string }, out: string, fields = { id: "--id", title: "--title" }): { id: string; title: string } {
  const id = given.id ?? defaults.id;
  const title = given.title ?? defaults.title;
  if (!DATASET_ID.test(id)) throw new InputError([{ file: out, field: fields.id, found: foundText(id), expected: studyText.expected.datasetId }]);
  const chars = [...title].length;
  if (chars === 0 || chars > 200 || /[\u0000-\u001f\u007f]/.test(title) || title.trim() === "") {
    throw new InputError([{ file: out, field: fields.title, found: foundText(title), expected: studyText.expected.datasetTitle }]);
  }
  return { id, title };
}
