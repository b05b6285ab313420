import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // the JSON report is what .ci/run counts; the default reporter is for people
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-results.json' },
  },
});
