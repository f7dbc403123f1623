import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { lock } from 'proper-lockfile';

/**
 * Runs `publish` while this process holds the output folder's lock, so that writers of one folder
 * publish one after the other: runs finishing at the same moment (two `enqueue --wait` of the same
 * PDF woken by the same job's end, a manual run beside a scheduled one) swapped the same edition
 * folder at once and one of them failed, and a worker publishing a document swaps a folder that a
 * run's editions read. The lock is a folder (`.publish.lock`) that a crashed holder leaves stale
 * after a minute. Not re-entrant: a holder must not publish a document inside `publish`.
 */
export async function withOutputLock<T>(outDir: string, publish: () => Promise<T>): Promise<T> {
  await mkdir(outDir, { recursive: true });
  const release = await lock(join(outDir, '.publish'), {
    realpath: false,
    stale: 60_000,
    update: 10_000,
    // Up to about ten minutes: longer than any publication of the editions takes.
    retries: { retries: 1200, minTimeout: 50, maxTimeout: 500 },
  });
  try {
    return await publish();
  } finally {
    await release();
  }
}
