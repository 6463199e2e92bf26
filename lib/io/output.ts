/**
 * Writing outputs safely: where the kit may write (output-guard.ts), how it knows a folder is its own
 * (output-marker.ts), and writing through temporary names, renames and a lock (output-write.ts).
 *
 * @example
 * writeOutputFolder("output/x", [{ file: "dataset.json", body: "{}" }], { kind: "dataset", option: "--out" });
 */
export { canonical, checkOutputPath, isInside, protectedFolderOf, protectedFolders, type OutputCheck } from "./output-guard";
export { isTemporary, LOCK, MARKER, markerJson, ownedBy, readMarker, sha256, type Marker, type OutputFile, type OutputKind } from "./output-marker";
export { prepareOutputFile, prepareOutputFolder, writeOutputFile, writeOutputFolder, type FileOptions, type FolderOptions } from "./output-write";
