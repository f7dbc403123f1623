import { UnrecoverableError, type Job } from 'bullmq';
import type { Logger } from 'pino';
import { sourcesCacheDir, type RetryingSource, type SourceFailure, type SourcesFetchOptions } from '../sources/check-sources.ts';
import { refusedLinkCount, refusedLinksNote, retryLine } from '../sources/check-lines.ts';
import { loadRegisteredSources, UnregisteredSourcesError, type RegisteredSources } from '../sources/registered-sources.ts';
import { queueNewReleases } from './queue-new-releases.ts';

/** Data of a release check: the sources file registered by `schedule`, by id and content hash. */
export type CheckJobData = RegisteredSources;

/** What a check found, kept on the job (the dashboard shows it). */
export interface CheckJobResult {
  queued: { family: string; file: string; url: string | null; sha256: string; job_id: string | null; error: string | null }[];
  failures: SourceFailure[];
  /** Every source that failed (failures, files that could not be queued), tried again at the next check. */
  retrying: RetryingSource[];
  /** Links on release pages not followed: to hosts not allowed, or past the link cap. */
  links_refused: number;
  downloads: number;
  not_modified: number;
}

export interface CheckJobOptions {
  redisUrl: string;
  prefix: string;
  /** The workers' output folder: downloads and the check's memory live in its hidden `.sources/`. */
  outDir: string;
  /** Timeout, page size and link cap of the checks (see `checkSources`). */
  fetch?: SourcesFetchOptions;
  logger: Logger;
}

/**
 * The processor of the `releases` queue, whose jobs the release scheduler adds: checks the sources
 * for PDFs not seen before and queues each as a document flow. A source that cannot be reached is
 * reported in the result; the job fails only when the new PDFs could not be queued.
 */
export function processCheckJob(options: CheckJobOptions) {
  const { redisUrl, prefix, outDir, fetch, logger } = options;
  const cacheDir = sourcesCacheDir(outDir);
  return async (job: Job<CheckJobData, CheckJobResult>): Promise<CheckJobResult> => {
    // The job's data is only a name: whatever else it holds (a `sources` written into Redis by
    // someone else) is never read.
    const sources = await loadRegisteredSources(cacheDir, job.data).catch((error: unknown) => {
      if (error instanceof UnregisteredSourcesError) throw new UnrecoverableError(error.message);
      throw error;
    });
    const { check, enqueued } = await queueNewReleases(sources, { redisUrl, prefix, outDir, fetch });
    for (const r of check.retrying) logger.warn({ family: r.family, source: r.source, attempts: r.attempts }, retryLine(r));
    for (const link of check.ignoredLinks) logger.debug({ link }, 'not followed: the link leaves the allowed hosts');
    const refused = refusedLinksNote(check);
    logger.info(
      { job: job.id, new: check.files.length, downloads: check.downloads, not_modified: check.notModified, links_refused: refusedLinkCount(check) },
      refused === null ? 'release check done' : `release check done; ${refused}`,
    );
    const byPath = new Map(enqueued.documents.map((d) => [d.path, d]));
    return {
      queued: check.files.map((file) => {
        const document = byPath.get(file.path);
        return {
          family: file.family,
          file: file.path,
          url: file.url,
          sha256: file.sha256,
          job_id: document?.jobId ?? null,
          error: document?.failure?.error?.message ?? null,
        };
      }),
      failures: check.failures,
      retrying: check.retrying,
      links_refused: refusedLinkCount(check),
      downloads: check.downloads,
      not_modified: check.notModified,
    };
  };
}
