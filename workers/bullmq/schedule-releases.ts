import { Queue, type RepeatOptions } from 'bullmq';
import type { CheckJobData, CheckJobResult } from './process-check-job.ts';
import { defaultPrefix, queueNames } from './queue-names.ts';
import { redisConnectionOptions } from './redis-connection.ts';

/** The one scheduler of release checks per prefix: registering again replaces it (upsert), never adds a second. */
export const releaseCheckSchedulerId = 'release-check';

export interface ScheduleReleasesOptions {
  redisUrl: string;
  /** @defaultValue `pdf-opendata` */
  prefix?: string;
  /** The sources file the checks read, registered in the workers' output folder (`registerSources`). */
  registered: CheckJobData;
  /** A cron pattern (`0 6 * * *`, with `tz` if not UTC), or `every` so many milliseconds. */
  repeat: { pattern: string; tz?: string } | { every: number };
}

/** Keeps the last checks' results for people to read (dashboard), not every one forever. */
const KEEP_CHECKS = 100;

/**
 * Registers (or replaces) the job scheduler that adds a release check to the `releases` queue on
 * the given repeat; any worker process runs it. Returns when the next check is due.
 */
export async function scheduleReleaseChecks(options: ScheduleReleasesOptions): Promise<{ next: Date | null }> {
  const { redisUrl, prefix = defaultPrefix, registered, repeat } = options;
  const queue = new Queue<CheckJobData, CheckJobResult>(queueNames.releases, { connection: redisConnectionOptions(redisUrl), prefix });
  try {
    const repeatOptions: Omit<RepeatOptions, 'key'> = repeat;
    await queue
      .upsertJobScheduler(releaseCheckSchedulerId, repeatOptions, {
        name: 'check',
        data: { sourcesId: registered.sourcesId, sha256: registered.sha256 },
        opts: {
          attempts: 3,
          backoff: { type: 'exponential', delay: 30_000 },
          removeOnComplete: { count: KEEP_CHECKS },
          removeOnFail: { count: KEEP_CHECKS },
        },
      })
      .catch((error: unknown) => {
        const why = error instanceof Error ? error.message : String(error);
        throw new Error(`Cannot schedule the release checks: ${why}`, { cause: error });
      });
    const next = (await queue.getJobScheduler(releaseCheckSchedulerId))?.next;
    return { next: next === undefined ? null : new Date(next) };
  } finally {
    await queue.close();
  }
}

/** Removes the scheduler; true when there was one. Checks already queued still run. */
export async function unscheduleReleaseChecks(options: { redisUrl: string; prefix?: string }): Promise<boolean> {
  const { redisUrl, prefix = defaultPrefix } = options;
  const queue = new Queue(queueNames.releases, { connection: redisConnectionOptions(redisUrl), prefix });
  try {
    return await queue.removeJobScheduler(releaseCheckSchedulerId);
  } finally {
    await queue.close();
  }
}
