/** Types of generate-schema.mjs for the tests. */
export function generateScenarioSchema(): string;
