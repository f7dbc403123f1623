import { Queue } from 'bullmq';
import type { FinishJobData, FinishJobResult } from './job-types.ts';
import { defaultPrefix, queueNames } from './queue-names.ts';
import { redisConnectionOptions } from './redis-connection.ts';

export interface DocumentProgress {
  fileName: string;
  sha256: string;
  /** `null` until a worker has counted its pages. */
  pageCount: number | null;
  /** BullMQ state of the document's finishing job: `waiting-children` while its pages run. */
  state: string;
  pageJobs: { done: number; failed: number; pending: number };
  /** The outcome's status once finished (`published`, `unchanged`, `failed`). */
  outcome: string | null;
}

export interface QueueStatus {
  queues: Record<string, Record<string, number>>;
  documents: DocumentProgress[];
}

export interface QueueStatusOptions {
  redisUrl: string;
  /** @defaultValue `pdf-opendata` */
  prefix?: string;
  /**
   * Documents listed, newest first.
   * @defaultValue 50
   */
  limit?: number;
}

/** Job counts of both queues and the progress of the most recent documents. */
export async function readQueueStatus(options: QueueStatusOptions): Promise<QueueStatus> {
  const { redisUrl, prefix = defaultPrefix, limit = 50 } = options;
  const connection = redisConnectionOptions(redisUrl);
  const pages = new Queue(queueNames.pages, { connection, prefix });
  const documents = new Queue<FinishJobData, FinishJobResult>(queueNames.documents, { connection, prefix });
  try {
    const states = ['waiting-children', 'wait', 'active', 'delayed', 'completed', 'failed'] as const;
    const status: QueueStatus = {
      queues: {
        [queueNames.pages]: await pages.getJobCounts(...states),
        [queueNames.documents]: await documents.getJobCounts(...states),
      },
      documents: [],
    };
    const jobs = (await documents.getJobs([...states], 0, limit - 1, false)).filter((job) => job !== undefined);
    for (const job of jobs.sort((a, b) => b.timestamp - a.timestamp).slice(0, limit)) {
      const counts = await job.getDependenciesCount();
      status.documents.push({
        fileName: job.data.fileName,
        sha256: job.data.sha256,
        pageCount: job.data.pageCount ?? null,
        state: await job.getState(),
        pageJobs: { done: counts.processed ?? 0, failed: counts.ignored ?? 0, pending: counts.unprocessed ?? 0 },
        outcome: (job.returnvalue as FinishJobResult | null | undefined)?.status ?? (job.failedReason ? 'failed' : null),
      });
    }
    return status;
  } finally {
    await Promise.allSettled([pages.close(), documents.close()]);
  }
}
