import { Job, Queue, QueueEvents } from 'bullmq';
import { isDocumentPublished } from '../../pipeline/publish/document-dataset.ts';
import type { FileOutcome, RunReport } from '../../schemas/types.ts';
import { duplicateOutcome, failedOutcome, finishRun } from '../finish-run.ts';
import type { EnqueueResult, EnqueuedDocument } from './enqueue-documents.ts';
import { decodeFailure, type FinishJobData, type FinishJobResult } from './job-types.ts';
import { defaultPrefix, queueNames } from './queue-names.ts';
import { redisConnectionOptions } from './redis-connection.ts';

export interface WaitOptions {
  redisUrl: string;
  /** The workers' output folder: a document is said published only when its folder is there. */
  outDir: string;
  /** @defaultValue `pdf-opendata` */
  prefix?: string;
  /**
   * Longest wait between two looks at the unfinished documents; a document job that ends wakes the
   * wait at once.
   * @defaultValue 1000
   */
  pollMs?: number;
  /** Called as each queued document finishes, in the order they finish. */
  onDocument?: (outcome: FileOutcome) => void;
}

/** The outcome of a finished flow, under the path it was enqueued as; `undefined` while it runs. */
async function outcomeOf(queue: Queue<FinishJobData, FinishJobResult>, document: EnqueuedDocument, outDir: string): Promise<FileOutcome | undefined> {
  // Keys in the embedded report's order, so both reports read (and diff) the same.
  const outcome = (result: FinishJobResult): FileOutcome => ({
    file: document.path,
    sha256: result.sha256,
    status: result.status,
    document_id: result.document_id,
    pages: result.pages,
    profile: result.profile,
    records: result.records,
    quarantined: result.quarantined,
    quarantined_pages: result.quarantined_pages,
    duplicate_of: null,
    error: result.error,
  });
  const failed = (code: string, message: string): FileOutcome => failedOutcome(document.path, document, { code, message });
  const removed = (): FileOutcome => failed('unreadable', 'cannot read the PDF: its job was removed before it finished');
  const state = await queue.getJobState(document.jobId!);
  if (state === 'unknown') return removed();
  if (state !== 'completed' && state !== 'failed') return undefined;
  // Read once finished: a job read while it ran says 'completed' a moment later but has no result.
  const job = await Job.fromId<FinishJobData, FinishJobResult>(queue, document.jobId!);
  if (job === undefined) return removed();
  if (state === 'completed') {
    const result = job.returnvalue;
    // A worker publishing into another folder (or one deleted since) would otherwise be believed.
    if (result.status !== 'failed' && (result.document_id === null || !(await isDocumentPublished(outDir, result.document_id)))) {
      return failed('not-published', `a worker finished it, but its folder is not in ${outDir}: does every worker use this --out?`);
    }
    return outcome(result);
  }
  const { code, message } = decodeFailure(job.failedReason);
  return failed(code, message);
}

/**
 * Waits until the flow of every queued document has finished and returns every file's outcome
 * in the order of the enqueue (failed-at-once files in place), then the duplicates, as the
 * embedded run orders them. Looks whenever a document job ends, and polls, so a flow that
 * finished before the wait began counts too.
 */
export async function waitForDocuments(enqueued: EnqueueResult, options: WaitOptions): Promise<FileOutcome[]> {
  const { redisUrl, outDir, prefix = defaultPrefix, pollMs = 1000, onDocument } = options;
  const queue = new Queue<FinishJobData, FinishJobResult>(queueNames.documents, { connection: redisConnectionOptions(redisUrl), prefix });
  // A poll every 250 ms left the last document's outcome unseen for 125 ms on average, and polling
  // faster costs a Redis call per unfinished document each time: the queue's events say when to look.
  const events = new QueueEvents(queueNames.documents, { connection: redisConnectionOptions(redisUrl, { worker: true }), prefix });
  let ended = 0;
  let wake = (): void => undefined;
  const onEnded = (): void => {
    ended++;
    wake();
  };
  events.on('completed', onEnded).on('failed', onEnded);
  const outcomes = new Map<EnqueuedDocument, FileOutcome>();
  try {
    await events.waitUntilReady();
    // Files that failed at enqueue were reported then: they are in the outcomes, not in `onDocument`.
    for (const document of enqueued.documents) if (document.failure !== null) outcomes.set(document, document.failure);
    for (;;) {
      const endedBefore = ended;
      for (const document of enqueued.documents.filter((d) => !outcomes.has(d))) {
        const outcome = await outcomeOf(queue, document, outDir);
        if (outcome === undefined) continue;
        outcomes.set(document, outcome);
        onDocument?.(outcome);
      }
      if (outcomes.size === enqueued.documents.length) break;
      // A job that ended while the documents were being looked at is looked at now, not after a sleep.
      if (ended !== endedBefore) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  } finally {
    await Promise.allSettled([queue.close(), events.close()]);
  }
  const files = enqueued.documents.map((d) => outcomes.get(d)!);
  files.push(...enqueued.duplicates.map(duplicateOutcome));
  return files;
}

/** Writes the same `run-report.json`, documents index and editions as the embedded run, from queued outcomes. */
export async function writeQueuedRunReport(outDir: string, files: FileOutcome[], startedAt: string): Promise<RunReport> {
  return finishRun(outDir, files, startedAt);
}
