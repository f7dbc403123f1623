import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../../pipeline/publish/atomic-folder.ts';
import type { SourcesFile } from '../../schemas/types.ts';

/** Edition dates given by a sources file, by PDF file name: they take the place of the cover's date. */
export type EditionDates = Readonly<Record<string, string>>;

const editionDatesPath = (cacheDir: string): string => join(cacheDir, 'edition-dates.json');

/** Every family's `editions` in one map (the sources file is checked to give a name one date only). */
export function editionDatesOf(sources: SourcesFile): EditionDates {
  const entries = sources.families.flatMap((family) => Object.entries(family.editions ?? {}));
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

/** Written by every check, so that publication (in any runner sharing the output folder) sees the file's current dates. */
export async function writeEditionDates(cacheDir: string, dates: EditionDates): Promise<void> {
  await writeFileAtomic(editionDatesPath(cacheDir), `${JSON.stringify(dates, null, 2)}\n`);
}

/** The dates the last sources check recorded; none when no sources file was used. */
export async function readEditionDates(cacheDir: string): Promise<EditionDates> {
  const text = await readFile(editionDatesPath(cacheDir), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  return text === undefined ? {} : (JSON.parse(text) as EditionDates);
}

/**
 * The dates of the last sources check into `outDir`, read when `finishRun` publishes editions (a
 * run without a sources file finds none). check-sources.ts, which knows the cache folder, is loaded
 * only then: an unchanged re-run does without it.
 */
export const sourcesEditionDates =
  (outDir: string) =>
  async (): Promise<EditionDates> =>
    readEditionDates((await import('./check-sources.ts')).sourcesCacheDir(outDir));
