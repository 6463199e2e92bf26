/**
 * How the kit knows it wrote a folder: `.toolmix-output.json`, written last into every output
 * folder, names the kind of output and lists each file the kit wrote with its SHA-256. A folder
 * is the kit's when the marker says so for the same kind, or (outputs written before the marker
 * existed) when its own files say so: a dataset.json with the id of an imported, coded or
 * synthetic dataset, a figures manifest.json, the report, executed notebooks.
 *
 * @example
 * markerJson("dataset", [{ file: "dataset.json", body: "{}" }]);
 * // '{ "toolmix": "0.1.0", "kind": "dataset", "files": [{ "file": "dataset.json", "sha256": "44136fa3…" }] }'
 * ownedBy("output/synthetic-1", "dataset"); // true
 */
import { createHash } from "node:crypto";
import { existsSync, lstatSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { kitPath } from "../util/paths";
import { kitVersion } from "../util/version";

/** The marker's file name. */
export const MARKER = ".toolmix-output.json";

/** The lock file that serialises two runs committing into one folder. */
export const LOCK = ".toolmix-output.lock";

/** What a folder holds: a dataset (import, code, synth), figures, the notebooks of `run`, the root of `run`, an X–Y matrix (`matrix --out`), a study's run (lib/study/run.ts), tables as CSV (`tables --csv`). */
export type OutputKind = "dataset" | "figures" | "notebooks" | "run" | "matrix" | "study" | "tables" | "simulation" | "scores" | "explore";

/** One file of an output, as it will be written. */
export interface OutputFile {
  /** A plain file name inside the folder (no slash). */
  file: string;
  body: string | Uint8Array;
}

/** The marker's content. */
export interface Marker {
  toolmix: string;
  kind: OutputKind;
  files: Array<{ file: string; sha256: string }>;
}

export const sha256 = (body: string | Uint8Array): string => createHash("sha256").update(body).digest("hex");

/** The marker text for the files an output writes. */
export function markerJson(kind: OutputKind, files: readonly OutputFile[]): string {
  const marker: Marker = { toolmix: kitVersion(), kind, files: files.map((f) => ({ file: f.file, sha256: sha256(f.body) })) };
  return `${JSON.stringify(marker, null, 2)}\n`;
}

/** The marker of a folder, or undefined when there is none or it is not one. */
export function readMarker(dir: string): Marker | undefined {
  const json = readJsonQuietly(join(dir, MARKER)) as Partial<Marker> | undefined;
  if (!json || typeof json !== "object" || typeof json.kind !== "string" || !Array.isArray(json.files)) return undefined;
  return json as Marker;
}

/** The folder's entries other than the kit's lock and marker (and temporary files of a run in progress). */
export function foreignEntries(dir: string): string[] {
  return readdirSync(dir).filter((name) => name !== MARKER && name !== LOCK && !isTemporary(name)).sort();
}

/** Whether the folder is an output of `kind` that the kit wrote (see the module comment). */
export function ownedBy(dir: string, kind: OutputKind): boolean {
  const marker = readMarker(dir);
  if (marker) return marker.kind === kind;
  return LEGACY[kind](dir);
}

/** Temporary names of staged files: `.NAME.PID-RANDOM.tmp`. */
export function isTemporary(name: string): boolean {
  return /^\..+\.\d+-[0-9a-f]+\.tmp$/.test(name);
}

// Outputs written before the marker existed: recognised by what only the kit writes.
const LEGACY: Record<OutputKind, (dir: string) => boolean> = {
  dataset: (dir) => {
    const meta = readJsonQuietly(join(dir, "dataset.json")) as { id?: unknown; synthetic?: unknown } | undefined;
    return meta?.id === "imported" || meta?.id === "coded" || (meta?.id === "synthetic-m0" && meta.synthetic === true);
  },
  figures: (dir) => {
    const manifest = readJsonQuietly(join(dir, "manifest.json")) as { kitVersion?: unknown; figures?: unknown } | undefined;
    return typeof manifest?.kitVersion === "string" && Array.isArray(manifest.figures);
  },
  notebooks: (dir) => {
    // Only the executed copies of the kit's own notebooks: NAME.ipynb and NAME.html.
    const ours = new Set(readdirSync(kitPath("notebooks")).filter((n) => n.endsWith(".ipynb")).flatMap((n) => [n, n.replace(/\.ipynb$/, ".html")]));
    return readdirSync(dir).every((name) => ours.has(name));
  },
  run: (dir) => ["figures", "notebooks"].some((kind) => existsSync(join(dir, kind)) && ownedBy(join(dir, kind), kind as OutputKind)),
  // Newer than the marker: a matrix folder is the kit's only by its marker.
  matrix: () => false,
  study: () => false,
  tables: () => false,
  simulation: () => false,
  scores: () => false,
  explore: () => false,
};

function readJsonQuietly(file: string): unknown {
  try {
    if (!existsSync(file) || !lstatSync(file).isFile()) return undefined;
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined; // unreadable: not the kit's
  }
}
