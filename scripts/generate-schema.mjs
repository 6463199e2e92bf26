#!/usr/bin/env node
// `npm run schema`: writes the JSON Schemas of the kit's JSON inputs from their TypeScript types, so
// schema and types cannot drift (tests/scenario-schema.test.ts and tests/input-schemas.test.ts check):
//   scenarios/scenario.schema.json  ← ScenarioFile   (lib/scenario/types.ts)
//   schemas/catalogue.schema.json   ← CatalogueFile  (lib/score/catalogue-file.ts), for --catalogue
//   schemas/mapping.schema.json     ← MappingFile    (lib/import/types.ts), for import --map
//   schemas/weights.schema.json     ← WeightsFile    (lib/score/catalogue-file.ts), for score --weights
//   schemas/codebook.schema.json    ← CodebookFile   (lib/dataset/codebook-file.ts), for codebook.json
//   schemas/study.schema.json       ← StudyFile      (lib/study/types.ts), for study.json of a worked example
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);

/** Every generated schema: where it is written, the type it comes from, its id and title. */
export const SCHEMAS = [
  { out: "scenarios/scenario.schema.json", path: "lib/scenario/types.ts", type: "ScenarioFile", id: "scenario.schema.json", title: "toolmix scenario" },
  { out: "schemas/catalogue.schema.json", path: "lib/score/catalogue-file.ts", type: "CatalogueFile", id: "catalogue.schema.json", title: "toolmix recommendation catalogue (--catalogue)" },
  { out: "schemas/mapping.schema.json", path: "lib/import/types.ts", type: "MappingFile", id: "mapping.schema.json", title: "toolmix mapping file (import --map)" },
  { out: "schemas/weights.schema.json", path: "lib/score/catalogue-file.ts", type: "WeightsFile", id: "weights.schema.json", title: "toolmix weights file (score --weights)" },
  { out: "schemas/codebook.schema.json", path: "lib/dataset/codebook-file.ts", type: "CodebookFile", id: "codebook.schema.json", title: "toolmix codebook (codebook.json of a dataset folder)" },
  { out: "schemas/study.schema.json", path: "lib/study/types.ts", type: "StudyFile", id: "study.schema.json", title: "toolmix study (study.json of a worked example)" },
];

/** One schema as generated now (also used by the drift tests). */
export function generateSchema(entry) {
  const { createGenerator } = require("ts-json-schema-generator");
  const schema = createGenerator({
    path: join(root, entry.path),
    tsconfig: join(root, "tsconfig.json"),
    type: entry.type,
    additionalProperties: false,
    skipTypeCheck: true,
  }).createSchema(entry.type);
  schema.$id = `https://toolmix.local/${entry.id}`;
  schema.title = entry.title;
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** The scenario schema as generated now (kept for tests/scenario-schema.test.ts). */
export function generateScenarioSchema() {
  return generateSchema(SCHEMAS[0]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const entry of SCHEMAS) {
    mkdirSync(dirname(join(root, entry.out)), { recursive: true });
    writeFileSync(join(root, entry.out), generateSchema(entry));
    console.log(`wrote ${entry.out}`);
  }
}
