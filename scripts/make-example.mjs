#!/usr/bin/env node
// Maintainer script: writes data/examples/m0-example.qdpx from data/examples/m0-example/
// (texts + hand codings). The kit never writes into data/ when it runs; this regenerates a
// shipped input, like `npm run schema`. tests/import.test.ts checks the shipped file matches.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, "..");
const { exampleProject } = require(join(root, "dist", "import", "example.js"));
const { writeQdpx } = require(join(root, "dist", "qda", "qdpx-write.js"));
const bytes = writeQdpx(exampleProject(join(root, "data", "examples", "m0-example")), { name: "toolmix example project" });
writeFileSync(join(root, "data", "examples", "m0-example.qdpx"), bytes);
console.log(`wrote data/examples/m0-example.qdpx (${bytes.length} bytes)`);
