import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // PDF parsing and OCR are CPU-bound: one fork per core, generous per-test time.
    pool: 'forks',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
