/**
 * The parts of a .qdpx archive: its project .qde and its sources folder, found leniently.
 *
 * The standard names them `project.qde` and `sources/`, but vendors differ: NVivo for Windows
 * writes `Sources/`, NVivo for Mac `sources/` plus an empty `sources/.root`, ATLAS.ti 26 names the
 * .qde after the project (`Trial.qde`), and sky-loom's sample holds `Project.qde`. So: the .qde is
 * `project.qde` in any case, else the single `*.qde` at the top level; a source file
 * `internal://X` is `sources/X` with the folder and the file name matched case-insensitively.
 *
 * Reference: REFI-QDA 1.5 §8.1–8.5; qda-formats.md §1.2 (table of deviations).
 *
 * @example
 * const utf8 = (s: string) => new TextEncoder().encode(s);
 * const archive = openQdpx(writeZip({ "Project.qde": utf8("<Project/>"), "Sources/A.txt": utf8("政策") }), "p.qdpx");
 * archive.qdeName;                               // "Project.qde"
 * archive.sourceEntry("internal://a.TXT")?.name; // "Sources/A.txt"
 */
import { InputError } from "../errors";
import { qda } from "../messages";
import { readZip, type ZipLimits } from "./zip";

export interface QdpxArchive {
  qdeName: string;
  qde: Uint8Array;
  /** The archive entry a `plainTextPath` names, or undefined (external path, or not in the archive). */
  sourceEntry(path: string): { name: string; bytes: Uint8Array } | undefined;
  /** Number of files in the sources folder (the `.root` marker excluded). */
  sourceFiles: number;
}

/** Opens a .qdpx; throws {@link InputError} for a bad zip, no .qde or an ambiguous .qde. */
export function openQdpx(bytes: Uint8Array, file: string, limits?: ZipLimits): QdpxArchive {
  const entries = readZip(bytes, file, limits);
  const qdes = [...entries.keys()].filter((n) => !n.includes("/") && n.toLowerCase().endsWith(".qde"));
  const named = qdes.filter((n) => n.toLowerCase() === "project.qde");
  const pick = named.length === 1 ? named : qdes;
  if (pick.length === 0) throw new InputError([{ file, found: qda.found.entryList([...entries.keys()]), expected: qda.expected.qdeInArchive }]);
  if (pick.length > 1) throw new InputError([{ file, found: qda.found.entryList(pick), expected: qda.expected.oneQde }]);
  const sources = new Map<string, string>();
  for (const name of entries.keys()) {
    const slash = name.indexOf("/");
    if (slash < 0 || name.slice(0, slash).toLowerCase() !== "sources") continue;
    const rest = name.slice(slash + 1);
    if (rest === "" || rest === ".root") continue;
    sources.set(rest.toLowerCase(), name);
  }
  return {
    qdeName: pick[0],
    qde: entries.get(pick[0]) as Uint8Array,
    sourceFiles: sources.size,
    sourceEntry(path: string) {
      const match = /^internal:\/\/+(.*)$/i.exec(path.trim());
      if (!match) return undefined;
      const rest = match[1].replace(/^sources\//i, "").toLowerCase();
      const name = sources.get(rest);
      return name === undefined ? undefined : { name, bytes: entries.get(name) as Uint8Array };
    },
  };
}
