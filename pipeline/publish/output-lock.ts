import * as fs from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { lock } from 'proper-lockfile';
import { OutputError } from '../errors.ts';
import { asOutputError } from './output-errors.ts';

/** Who holds an output folder's lock, as a process waiting for it sees it. */
export interface LockHolder {
  /** The lock folder. */
  lock: string;
  /** The holder's process id and host, null when it did not say (it has just taken the lock, or is older than this file). */
  pid: number | null;
  host: string | null;
  /** How long it has held the lock, null when unknown. */
  heldSeconds: number | null;
  /** Since the holder last refreshed the lock: past `STALE_MS`, it is taken over. */
  silentSeconds: number;
}

export interface OutputLockOptions {
  /** Called once per holder when the lock is held by another process and this one waits. */
  onWait?: (holder: LockHolder) => void;
}

/** A holder that has not refreshed the lock for a minute is taken to have crashed. */
export const STALE_MS = 60_000;
/** Up to about ten minutes: longer than any publication of the editions takes. */
const WAIT_MS = 10 * 60_000;
const HOLDER_FILE = 'holder.json';
/** The lock folder, inside the output folder; its holder file changes with every run, so it is no part of the folder's state. */
export const LOCK_FOLDER = '.publish.lock';

/** proper-lockfile removes its lock folder with rmdir; this one holds the holder's file too. */
const lockFs = {
  ...fs,
  rmdir: (path: string, callback: (error: NodeJS.ErrnoException | null) => void) => fs.rm(path, { recursive: true, force: true }, callback),
  rmdirSync: (path: string) => fs.rmSync(path, { recursive: true, force: true }),
};

const seconds = (ms: number): number => Math.max(0, Math.round(ms / 1000));

async function readHolder(lockPath: string): Promise<LockHolder | undefined> {
  const folder = await stat(lockPath).catch(() => undefined);
  if (folder === undefined) return undefined;
  // A holder writing its file as we read it (or that died doing so) has said nothing yet.
  const said = await readFile(join(lockPath, HOLDER_FILE), 'utf8').then(
    (text) => {
      try {
        return JSON.parse(text) as { pid: number; host: string; since: string };
      } catch {
        return undefined;
      }
    },
    () => undefined,
  );
  const now = Date.now();
  return {
    lock: lockPath,
    pid: said?.pid ?? null,
    host: said?.host ?? null,
    heldSeconds: said === undefined ? null : seconds(now - Date.parse(said.since)),
    silentSeconds: seconds(now - folder.mtimeMs),
  };
}

/** Takes the lock, telling `onWait` once per other holder it waits for. */
async function acquire(outDir: string, onWait: OutputLockOptions['onWait']): Promise<() => Promise<void>> {
  const lockPath = join(outDir, LOCK_FOLDER);
  const deadline = Date.now() + WAIT_MS;
  let announced: string | undefined;
  for (let attempt = 0; ; attempt++) {
    try {
      const release = await lock(join(outDir, '.publish'), { realpath: false, stale: STALE_MS, update: 10_000, retries: 0, fs: lockFs });
      const holder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
      await writeFile(join(lockPath, HOLDER_FILE), JSON.stringify(holder)).catch(async (error: unknown) => {
        await release();
        throw error;
      });
      return release;
    } catch (error) {
      // proper-lockfile's own retries would wait ten minutes on a folder that cannot be written.
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw asOutputError(error, lockPath);
      const holder = await readHolder(lockPath);
      // A holder says who it is a moment after taking the lock; until then it is not announced as unknown.
      const key = holder === undefined || (holder.pid === null && holder.silentSeconds < 1) ? undefined : `${holder.pid}@${holder.host}`;
      if (holder !== undefined && key !== undefined && key !== announced && key !== `${process.pid}@${hostname()}`) {
        announced = key;
        onWait?.(holder);
      }
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
 * run's editions read. The lock is a folder (`.publish.lock`, with the holder's pid, host and
 * start in `holder.json`) that a crashed holder leaves stale after a minute. Not re-entrant: a
 * holder must not publish a document inside `publish`.
 */
export async function withOutputLock<T>(outDir: string, publish: () => Promise<T>, options: OutputLockOptions = {}): Promise<T> {
  await mkdir(outDir, { recursive: true }).catch((error: unknown) => {
    throw asOutputError(error, outDir);
  });
  const release = await acquire(outDir, options.onWait);
  try {
    return await publish();
  } finally {
    await release();
  }
}
