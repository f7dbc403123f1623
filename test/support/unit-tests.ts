import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * What makes a test file more than a unit test: importing what starts a real part — the CLI as a
 * process, a redis-server, Chromium, an OCR engine, page threads, a queue client or a child process —
 * or reading the built dist/, itself or through the test/ helpers it imports. The suite keeps all of
 * them; `npm run test:fast` leaves these out.
 */
const REAL_PARTS =
  /from '[^']*\/(?:support\/cli|support\/cli-process|support\/chromium|tools\/redis-server|ocr\/ocr-pool|ocr\/engines|workers\/thread-pages)\.ts'|from '(?:bullmq|ioredis|node:child_process|node:worker_threads)'|'dist'/u;
const LOCAL_IMPORT = /from '(\.{1,2}\/[^']+\.ts)'/gu;

/** Whether `path`, or a module under `testRoot` it imports (at any depth), uses a real part. */
function usesRealParts(path: string, testRoot: string, seen = new Set<string>()): boolean {
  if (seen.has(path)) return false;
  seen.add(path);
  const source = readFileSync(path, 'utf8');
  if (REAL_PARTS.test(source)) return true;
  return [...source.matchAll(LOCAL_IMPORT)]
    .map((match) => resolve(dirname(path), match[1]!))
    .some((imported) => !relative(testRoot, imported).startsWith('..') && usesRealParts(imported, testRoot, seen));
}

/** The test files under `testDir` (paths relative to `root`) that use none of the real parts: the unit tests. */
export function unitTestFiles(root: string, testDir = 'test'): string[] {
  const testRoot = join(root, testDir);
  return readdirSync(testRoot, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !usesRealParts(path, testRoot))
    .map((path) => relative(root, path))
    .sort();
}
