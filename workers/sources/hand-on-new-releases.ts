import type { ProcessingLimits } from '../../pipeline/limits.ts';
import type { SourcesFile } from '../../schemas/types.ts';
import { checkSources, type NewSourceFile, type SourcesCheck } from './check-sources.ts';

/**
 * Checks the sources and hands the new PDFs (maybe none) to `handOn`, which queues or processes
 * them; they are remembered as seen only once it has succeeded. Returns the check and what
 * `handOn` returned.
 */
export async function handOnNewReleases<T>(
  sources: SourcesFile,
  options: { cacheDir: string; limits?: ProcessingLimits },
  handOn: (files: readonly NewSourceFile[]) => Promise<T>,
): Promise<{ check: SourcesCheck; result: T }> {
  const results: T[] = [];
  const check = await checkSources(sources, { ...options, deliver: async (files) => void results.push(await handOn(files)) });
  return { check, result: results[0]! };
}
