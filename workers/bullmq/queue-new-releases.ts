import type { Logger } from 'pino';
import type { SourcesFile } from '../../schemas/types.ts';
import { sourcesCacheDir, type SourcesCheck } from '../sources/check-sources.ts';
import { handOnNewReleases } from '../sources/hand-on-new-releases.ts';
import { readSourcesFile } from '../sources/sources-file.ts';
import { enqueueDocuments, type EnqueueOptions, type EnqueueResult } from './enqueue-documents.ts';

export interface QueuedReleases {
  check: SourcesCheck;
  /** The new PDFs as `enqueueDocuments` queued them (empty when nothing was new). */
  enqueued: EnqueueResult;
}

/**
 * Checks the sources and queues what is new as the `enqueue` command does. The new PDFs are
 * remembered only once queued, so a Redis that fails mid-way loses nothing: the next check
 * finds them again.
 */
export async function queueNewReleases(sources: SourcesFile, options: EnqueueOptions): Promise<QueuedReleases> {
  // Downloads and what earlier checks saw live beside the documents (see `checkSources`).
  const { check, result } = await handOnNewReleases(sources, { cacheDir: sourcesCacheDir(options.outDir), limits: options.limits }, async (files) =>
    files.length === 0 ? { documents: [], duplicates: [] } : enqueueDocuments(files.map((f) => f.path), options),
  );
  return { check, enqueued: result };
}

/**
 * `enqueue --sources`: checks the sources file once and queues what is new, logging each source
 * that could not be read (one line each) and each link left alone because of its host.
 */
export async function enqueueNewReleases(file: string, options: EnqueueOptions, logger: Logger): Promise<EnqueueResult> {
  const { check, enqueued } = await queueNewReleases(await readSourcesFile(file), options);
  for (const failure of check.failures) logger.error({ family: failure.family, source: failure.source }, `${failure.source}: ${failure.message}`);
  for (const link of check.ignoredLinks) logger.info({ link }, 'not followed: the link leaves the allowed hosts');
  logger.info({ new: check.files.length, downloads: check.downloads, not_modified: check.notModified }, 'sources checked');
  return enqueued;
}
