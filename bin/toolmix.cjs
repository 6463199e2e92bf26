#!/usr/bin/env node
"use strict";
// The CLI lives in the compiled library; `npm run setup` (or npm start / npm test) builds it.
// Exit codes: 0 ok, 1 an input or consistency error, 2 a usage mistake (see `toolmix help`).
const { existsSync } = require("node:fs");
const { join } = require("node:path");
const entry = join(__dirname, "..", "dist", "cli", "main.js");
if (!existsSync(entry)) {
  console.error("toolmix is not built yet: run `npm run setup` in " + join(__dirname, ".."));
  process.exit(2);
}
// A reader that stops early (`toolmix score … | head -1`) closes the pipe: that is not an error
// of the kit, so stop quietly instead of printing a stack for EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error && error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}
const argv = process.argv.slice(2);

/** main() turns every user mistake into a message; this is only reached if the kit itself is broken. */
function internal(error) {
  const message = error && error.message ? String(error.message).split("\n")[0] : String(error);
  let line = `internal error: ${message} (run with --debug for details)`;
  try {
    line = require(join(__dirname, "..", "dist", "messages.js")).cli.internalError(message);
  } catch {
    // The wording above stands in when the compiled messages cannot be loaded either.
  }
  console.error(argv.includes("--debug") && error && error.stack ? `toolmix: ${error.stack}` : `toolmix: ${line}`);
  process.exitCode = 1;
}

let cli;
try {
  cli = require(entry);
} catch (error) {
  internal(error);
}
if (cli)
  cli
    .main(argv)
    // Set the code and let Node exit by itself once stdout is flushed: process.exit() here would cut
    // a piped output at the pipe's buffer (64 KiB), and `--json | python3 -m json.tool` would fail.
    .then((code) => {
      process.exitCode = code;
    })
    .catch(internal);
