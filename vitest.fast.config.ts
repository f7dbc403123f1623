import { defineConfig } from 'vitest/config';
import suite from './vitest.config.ts';
import { unitTestFiles } from './test/support/unit-tests.ts';

// `npm run test:fast`, the edit loop: the unit tests only (test/support/unit-tests.ts says which),
// and no build of dist/, which only the tests of the CLI run.
export default defineConfig({ ...suite, test: { ...suite.test, include: unitTestFiles(import.meta.dirname), globalSetup: ['test/support/temp-root.ts'] } });
