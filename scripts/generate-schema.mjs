#!/usr/bin/env node
// `npm run schema`: writes scenarios/scenario.schema.json from the ScenarioFile type in
// lib/scenario/types.ts, so the schema and the types cannot drift (tests/scenario-schema.test.ts checks).
import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);

/** The schema as generated now (also used by the test). */
export function generateScenarioSchema() {
  const { createGenerator } = require("ts-json-schema-generator");
  const schema = createGenerator({
    path: join(root, "lib", "scenario", "types.ts"),
    tsconfig: join(root, "tsconfig.json"),
    type: "ScenarioFile",
    additionalProperties: false,
    skipTypeCheck: true,
  }).createSchema("ScenarioFile");
  schema.$id = "https://toolmix.local/scenario.schema.json";
  schema.title = "toolmix scenario";
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(join(root, "scenarios", "scenario.schema.json"), generateScenarioSchema());
  console.log("wrote scenarios/scenario.schema.json");
}
