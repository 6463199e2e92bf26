#!/usr/bin/env node
"use strict";
// The CLI lives in the compiled library; `npm run setup` (or npm start / npm test) builds it.
const { existsSync } = require("node:fs");
const { join } = require("node:path");
const entry = join(__dirname, "..", "dist", "cli", "main.js");
if (!existsSync(entry)) {
  console.error("toolmix is not built yet: run `npm run setup` in " + join(__dirname, ".."));
  process.exit(2);
}
require(entry)
  .main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(error && error.stack ? error.stack : String(error));
    process.exit(1);
  });
