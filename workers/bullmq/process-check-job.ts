import type { Job } from 'bullmq';
import type { Logger } from 'pino';
import type { SourcesFile } from '../../schemas/types.ts';
import { sourcesCacheDir, type SourceFailure } from '../sources/check-sources.ts';
import { queueNewReleases } from './queue-new-releases.ts';

/** Data of a release check: the sources file as read where it was scheduled (folders absolute there). */
export interface CheckJobData {
  sources: SourcesFile;
}

/** What a check found, kept on the job (the dashboard shows it). */
export interface CheckJobResult {
  queued: { family: string; file: string; url: string | null; sha256: string; job_id: string | null; error: string | null }[];
  failures: SourceFailure[];
  downloads: number;
  not_modified: number;
}

export interface CheckJobOptions {
  redisUrl: string;
  prefix: string;
  /** The workers' output folder: downloads and the check's memory live in its hidden `.sources/`. */
  outDir: string;
  logger: Logger;
}

/**
 * The processor of the `releases` queue, whose jobs the release scheduler adds: checks the sources
 * for PDFs not seen before and queues each as a document flow. A source that cannot be reached is
 * reported in the result; the job fails only when the new PDFs could not be queued.
 */
export function processCheckJob(options: CheckJobOptions) {
  const { redisUrl, prefix, outDir, logger } = options;
  return async (job: Job<CheckJobData, CheckJobResult>): Promise<CheckJobResult> => {
    const { check, enqueued } = await queueNewReleases(job.data.sources, { redisUrl, prefix, cacheDir: sourcesCacheDir(outDir) });
    for (const failure of check.failures) logger.warn({ family: failure.family, source: failure.source }, `${failure.source}: ${failure.message}`);
    logger.info({ job: job.id, new: check.files.length, downloads: check.downloads, not_modified: check.notModified }, 'release check done');
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
      downloads: check.downloads,
      not_modified: check.notModified,
    };
  };
}
