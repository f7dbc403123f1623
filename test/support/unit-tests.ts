import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * What makes a test file more than a unit test: importing what starts a real part — the CLI as a
 * process, a redis-server, Chromium, an OCR engine, page threads, a queue client or a child process —
 * or reading the built dist/. The suite keeps all of them; `npm run test:fast` leaves these out.
 */
const REAL_PARTS =
  /from '[^']*\/(?:support\/cli|support\/cli-process|support\/chromium|tools\/redis-server|ocr\/ocr-pool|ocr\/engines|workers\/thread-pages)\.ts'|from '(?:bullmq|ioredis|node:child_process|node:worker_threads)'|'dist'/u;

/** The test files under `testDir` (paths relative to `root`) that use none of the real parts: the unit tests. */
export function unitTestFiles(root: string, testDir = 'test'): string[] {
  return readdirSync(join(root, testDir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !REAL_PARTS.test(readFileSync(path, 'utf8')))
    .map((path) => relative(root, path))
    .sort();
}
