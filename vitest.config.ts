import { defineConfig } from 'vitest/config';

// CI asks for a JSON report too (VITEST_JSON_REPORT), to print a closing pass/fail line.
const jsonReport = process.env.VITEST_JSON_REPORT;

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Test files share their worker's modules (src/ transformed and loaded once per worker, pdfjs
    // loaded once): no test relies on module state another leaves behind. The cold suite took 61 s
    // isolated, 47 s shared (2 cores).
    isolate: false,
    // Many tests wait on a child process (the shipped CLI, Chromium): two files at a time keep both cores busy.
    maxWorkers: 2,
    reporters: jsonReport ? ['default', 'json'] : ['default'],
    outputFile: jsonReport ? { json: jsonReport } : undefined,
  },
});
