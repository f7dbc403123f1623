import type { Logger } from 'pino';
import type { SourcesFile } from '../../schemas/types.ts';
import { sourcesCacheDir, type SourcesCheck, type SourcesFetchOptions } from '../sources/check-sources.ts';
import { refusedLinkCount, refusedLinksNote, retryLine } from '../sources/check-lines.ts';
import { handOnNewReleases } from '../sources/hand-on-new-releases.ts';
import { readSourcesFile } from '../sources/sources-file.ts';
import { unreadablePathOutcome } from '../../pipeline/run/run-report.ts';
import { enqueueDocuments, type EnqueueOptions, type EnqueueResult } from './enqueue-documents.ts';

export interface QueueReleasesOptions extends EnqueueOptions {
  /** Timeout, page size and link cap of the check (see `checkSources`). */
  fetch?: SourcesFetchOptions;
}

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
export async function queueNewReleases(sources: SourcesFile, options: QueueReleasesOptions): Promise<QueuedReleases> {
  const { fetch, ...enqueueOptions } = options;
  // Downloads and what earlier checks saw live beside the documents (see `checkSources`). A queued
  // file counts as settled; the worker that finishes it marks it unsettled if it fails for a
  // reason that may pass (`unsettled-marks.ts`), and the next check hands it on again.
  const { check, result } = await handOnNewReleases(
    sources,
    { cacheDir: sourcesCacheDir(options.outDir), limits: options.limits, fetch },
    async (files) => {
      if (files.length === 0) return { unreadable: [], documents: [], duplicates: [] };
      const origins = new Map(files.map((f) => [f.path, { family: f.family, source: f.url ?? f.path }]));
      return enqueueDocuments(
        files.map((f) => f.path),
        { ...enqueueOptions, origins },
      );
    },
    (enqueued) => [...enqueued.unreadable.map(unreadablePathOutcome), ...enqueued.documents.flatMap((d) => (d.failure === null ? [] : [d.failure]))],
  );
  return { check, enqueued: result };
}

/**
 * `enqueue --sources`: checks the sources file once and queues what is new, logging each source
 * that could not be read or queued (one line each, to be tried again), and how many links were
 * refused (each at debug level).
 */
export async function enqueueNewReleases(file: string, options: QueueReleasesOptions, logger: Logger): Promise<EnqueueResult> {
  const { check, enqueued } = await queueNewReleases(await readSourcesFile(file), options);
  for (const r of check.retrying) logger.error({ family: r.family, source: r.source, attempts: r.attempts }, retryLine(r));
  for (const link of check.ignoredLinks) logger.debug({ link }, 'not followed: the link leaves the allowed hosts');
  const refused = refusedLinksNote(check);
  logger.info({ new: check.files.length, downloads: check.downloads, not_modified: check.notModified, links_refused: refusedLinkCount(check) }, refused === null ? 'sources checked' : `sources checked; ${refused}`);
  return enqueued;
}
