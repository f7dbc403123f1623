import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../publish/atomic-folder.ts';

/** Edition dates given with `--edition-date`, by the PDF's sha256: used only where the cover prints no date. */
export type CoverlessDates = Readonly<Record<string, string>>;

/**
 * Kept in the output folder, so that every later run (and every runner sharing the folder) dates
 * those documents' editions the same, flag or no flag.
 */
const datesPath = (outDir: string): string => join(outDir, '.edition-dates.json');

export async function readCoverlessDates(outDir: string): Promise<CoverlessDates> {
  const text = await readFile(datesPath(outDir), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  return text === undefined ? {} : (JSON.parse(text) as CoverlessDates);
}

/** Gives `date` to the documents of these hashes (a later date given for one replaces the earlier); writes only a change. */
export async function recordCoverlessDates(outDir: string, sha256s: readonly string[], date: string): Promise<void> {
  const dates = { ...(await readCoverlessDates(outDir)) };
  if (sha256s.every((sha256) => dates[sha256] === date)) return;
  for (const sha256 of sha256s) dates[sha256] = date;
  const sorted = Object.fromEntries(Object.entries(dates).sort(([a], [b]) => a.localeCompare(b)));
  await writeFileAtomic(datesPath(outDir), `${JSON.stringify(sorted, null, 2)}\n`);
}
