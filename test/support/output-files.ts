import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** The document folders a run published in `outDir` (none when it has no documents/). */
export const publishedIds = async (outDir: string): Promise<string[]> =>
  (await readdir(join(outDir, 'documents')).catch(() => [] as string[])).filter((d) => d !== 'index.json' && !d.startsWith('.')).sort();

/** Every file under `dir`, as paths relative to it. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))).sort();
}
