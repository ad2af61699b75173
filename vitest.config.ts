import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // Runs anywhere after `npm install`.
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'src/**/*.test.ts'], testTimeout: 60_000 } },
      // Needs the built CLI (dist/), ../shared/eval, and Debian tools where a test says so: run by .ci/run.
      { test: { name: 'system', include: ['test/system/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 120_000 } },
    ],
  },
});
