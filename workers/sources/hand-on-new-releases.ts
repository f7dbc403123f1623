import type { ProcessingLimits } from '../../pipeline/limits.ts';
import type { FileOutcome, SourcesFile } from '../../schemas/types.ts';
import { checkSources, type NewSourceFile, type SourcesCheck, type SourcesFetchOptions } from './check-sources.ts';
import { unsettledFiles } from './settled-outcomes.ts';

/**
 * Checks the sources and hands the new PDFs (maybe none) to `handOn`, which queues or processes
 * them; `outcomesOf` reads what became of each from its result. A file is remembered as seen once
 * published, or failed for a reason another try cannot change; the others are handed on again at
 * the next check. Returns the check and what `handOn` returned.
 */
export async function handOnNewReleases<T>(
  sources: SourcesFile,
  options: { cacheDir: string; limits?: ProcessingLimits; fetch?: SourcesFetchOptions },
  handOn: (files: readonly NewSourceFile[]) => Promise<T>,
  outcomesOf: (result: T) => readonly FileOutcome[],
): Promise<{ check: SourcesCheck; result: T }> {
  const results: T[] = [];
  const { cacheDir, limits, fetch } = options;
  const check = await checkSources(sources, {
    ...fetch,
    cacheDir,
    limits,
    deliver: async (files) => {
      const result = await handOn(files);
      results.push(result);
      return unsettledFiles(outcomesOf(result));
    },
  });
  return { check, result: results[0]! };
}
