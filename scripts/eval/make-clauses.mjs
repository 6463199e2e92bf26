#!/usr/bin/env node
// Cuts the texts of an evaluation set (SET/texts/*.txt) into the clause list its hand coders code
// (SET/clauses.csv): one row per clause or structural line after each text's # header, cut by the
// kit's segmenter, so the unit coded by hand is the unit the coder codes. Run once when a set is
// made; a frozen set's clause list is never regenerated (FROZEN.md records its checksum).
//   node scripts/eval/make-clauses.mjs tests/fixtures/coding/dev-2
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { clauseList } = require("../../dist/evaluation/clause-list.js");
const { csv } = require("../../dist/io/csv-write.js");

const set = process.argv[2];
if (!set) throw new Error("usage: make-clauses.mjs SET_FOLDER");
const out = join(set, "clauses.csv");
if (existsSync(out) && !process.argv.includes("--force")) throw new Error(`${out} exists (a set's clause list is made once; --force to remake a set that is not frozen)`);
const files = readdirSync(join(set, "texts")).filter((f) => f.endsWith(".txt")).sort();
const texts = files.map((f) => ({ id: basename(f, ".txt"), text: readFileSync(join(set, "texts", f), "utf8") }));
const rows = clauseList(texts);
writeFileSync(out, csv(["id", "document", "line", "clause"], rows.map((r) => [r.id, r.document, r.line, r.clause])));
console.log(`${out}: ${rows.length} clauses of ${texts.length} texts`);
