import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../../pipeline/publish/atomic-folder.ts';

/**
 * A queued PDF that failed in a worker for a reason another try may not meet. A check counts a
 * queued PDF as known (its flow runs later, elsewhere); the worker that finishes it leaves this
 * mark, one file per PDF, and the next check forgets the PDF and lists it to be tried again.
 */
export interface UnsettledMark {
  sha256: string;
  family: string;
  /** The URL or path the check found it at. */
  source: string;
  reason: string;
}

const marksDir = (cacheDir: string): string => join(cacheDir, 'unsettled');

/** Written whole and renamed into place: a check never reads half a mark. */
export async function markUnsettled(cacheDir: string, mark: UnsettledMark): Promise<void> {
  await writeFileAtomic(join(marksDir(cacheDir), `${mark.sha256}.json`), `${JSON.stringify(mark)}\n`);
}

export async function readUnsettledMarks(cacheDir: string): Promise<UnsettledMark[]> {
  const names = await readdir(marksDir(cacheDir)).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const marks = await Promise.all(
    names.filter((name) => /^[0-9a-f]{64}\.json$/u.test(name)).map(async (name) => JSON.parse(await readFile(join(marksDir(cacheDir), name), 'utf8')) as UnsettledMark),
  );
  return marks.sort((a, b) => a.source.localeCompare(b.source));
}

/** Removes the marks a check has taken in; one a worker left since stays for the next. */
export async function removeUnsettledMarks(cacheDir: string, marks: readonly UnsettledMark[]): Promise<void> {
  await Promise.all(marks.map((mark) => rm(join(marksDir(cacheDir), `${mark.sha256}.json`), { force: true })));
}
