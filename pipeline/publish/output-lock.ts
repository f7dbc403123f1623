import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { lock } from 'proper-lockfile';
import { OutputError } from '../errors.ts';
import { asOutputError } from './output-errors.ts';

/** Up to about ten minutes: longer than any publication of the editions takes. */
const WAIT_MS = 10 * 60_000;

/** Takes the lock, waiting while another writer holds it; any other failure is the output folder's. */
async function acquire(outDir: string): Promise<() => Promise<void>> {
  const lockPath = join(outDir, '.publish.lock');
  const deadline = Date.now() + WAIT_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      return await lock(join(outDir, '.publish'), { realpath: false, stale: 60_000, update: 10_000, retries: 0 });
    } catch (error) {
      // proper-lockfile's own retries would wait ten minutes on a folder that cannot be written.
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw asOutputError(error, lockPath);
      if (Date.now() > deadline) throw new OutputError('ELOCKED', lockPath, `cannot write ${outDir}: its lock has been held by another process for more than ${WAIT_MS / 60_000} minutes`);
      await sleep(Math.min(500, 50 * 2 ** attempt));
    }
  }
}

/**
 * Runs `publish` while this process holds the output folder's lock, so that writers of one folder
 * publish one after the other: runs finishing at the same moment (two `enqueue --wait` of the same
 * PDF woken by the same job's end, a manual run beside a scheduled one) swapped the same edition
 * folder at once and one of them failed, and a worker publishing a document swaps a folder that a
 * run's editions read. The lock is a folder (`.publish.lock`) that a crashed holder leaves stale
 * after a minute. Not re-entrant: a holder must not publish a document inside `publish`.
 */
export async function withOutputLock<T>(outDir: string, publish: () => Promise<T>): Promise<T> {
  await mkdir(outDir, { recursive: true }).catch((error: unknown) => {
    throw asOutputError(error, outDir);
  });
  const release = await acquire(outDir);
  try {
    return await publish();
  } finally {
    await release();
  }
}
