/**
 * The kit's read-only folders, kept here for the modules that imported them before lib/io/output.ts
 * existed; the rules themselves live in lib/io/output-guard.ts.
 *
 * @example
 * protectedFolderOf("data/paper-m0/x"); // "/…/toolmix/data"
 * protectedFolderOf("output/figures");   // undefined
 */
export { protectedFolderOf, protectedFolders } from "../io/output-guard";
