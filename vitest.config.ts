import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Temporary folders in one of the run's, removed at its end; tests that spawn the CLI run the
    // compiled dist/: built first when a source is newer.
    globalSetup: ['test/support/temp-root.ts', 'test/support/build-cli.ts'],
    // PDF parsing and OCR are CPU-bound: one fork per core, generous per-test time. Said outright:
    // vitest's default is one fork fewer than the cores, a single fork on a 2-core machine, which sat
    // idle while a test waited on a CLI process, Redis or a server.
    pool: 'forks',
    maxWorkers: availableParallelism(),
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
