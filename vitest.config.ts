import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests that spawn the CLI run the compiled dist/: built first when a source is newer.
    globalSetup: ['test/support/build-cli.ts'],
    // PDF parsing and OCR are CPU-bound: one fork per core, generous per-test time.
    pool: 'forks',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
