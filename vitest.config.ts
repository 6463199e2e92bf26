import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Notebook tests start real tslab kernels; two cores run them best one file at a time.
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
