import { Job, Queue, QueueEvents } from 'bullmq';
import { isDocumentPublished } from '../../pipeline/publish/document-dataset.ts';
import type { FileOutcome, RunReport } from '../../schemas/types.ts';
import { finishRun, type PublishingOptions } from '../../pipeline/run/finish-run.ts';
import { duplicateOutcome, failedOutcome, fileOutcome, unreadablePathOutcome } from '../../pipeline/run/run-report.ts';
import { sourcesEditionDates } from '../sources/edition-dates.ts';
import type { EnqueueResult, EnqueuedDocument } from './enqueue-documents.ts';
import { decodeFailure, type FinishJobData, type FinishJobResult } from './job-types.ts';
import { defaultPrefix, queueNames } from './queue-names.ts';
import { isRedisOutage } from './reach-redis.ts';
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
  /**
   * How long Redis may stay unreachable before the wait gives up on the documents not seen
   * finished (they are reported `unknown`); it reconnects and reads their state again before that.
   * @defaultValue 300 000 (5 minutes)
   */
  reconnectMs?: number;
  /** Called as each queued document finishes, in the order they finish. */
  onDocument?: (outcome: FileOutcome) => void;
  /** Called when Redis stops answering (with why) and when it answers again. */
  onRedis?: (event: 'lost' | 'back', detail: string) => void;
}

/** What a wait saw: every file's outcome, and why it gave up when Redis stayed away (else `null`). */
export interface WaitResult {
  files: FileOutcome[];
  /** `Redis at host:port did not answer for 300 s (…)`: set when some files are `unknown`. */
  redisLost: string | null;
}

/** The outcome of a finished flow, under the path it was enqueued as; `undefined` while it runs. */
async function outcomeOf(queue: Queue<FinishJobData, FinishJobResult>, document: EnqueuedDocument, outDir: string): Promise<FileOutcome | undefined> {
  const failed = (code: string, message: string): FileOutcome => failedOutcome(document.path, document, { code, message });
  // Not the PDF's fault: someone (a dashboard, a clean-up) removed the job.
  const removed = (): FileOutcome => failed('job-removed', 'its job was removed from Redis before it finished (enqueue it again)');
  const state = await queue.getJobState(document.jobId!);
  if (state === 'unknown') {
    // No state list holds it: lost only when its hash is gone too, so that a document is never
    // reported failed while its job exists.
    return (await Job.fromId(queue, document.jobId!)) === undefined ? removed() : undefined;
  }
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
    return fileOutcome(document.path, result);
  }
  const { code, message } = decodeFailure(job.failedReason);
  return failed(code, message);
}

/**
 * Whether an error met while reading a job comes from Redis being out of reach (stopped,
 * restarting, still loading its append-only file) rather than from what was asked: the wait then
 * reconnects and reads again instead of failing.
 */
async function isOutage(error: unknown, queue: Queue): Promise<boolean> {
  // Failed while down, and reconnected since: told by the error.
  return (await queue.backend.client).status !== 'ready' || isRedisOutage(error);
}

/**
 * Closes the wait's connections, whether Redis is gone or back. Closing waits for ioredis' 'end'
 * event, which a client between two reconnection tries never emits: the promise would stay
 * unsettled, and a process with nothing else to do exits with no report. After Redis restarted,
 * the events' client may still be between two tries when the last document is seen finished
 * (enqueue --wait then ended with status 2 and no report, the run complete). The clients are
 * dropped first (no more reconnection tries), and the close is given a second.
 */
async function dropConnections(queue: Queue, events: QueueEvents): Promise<void> {
  for (const client of await Promise.all([queue.backend.client, events.backend.client])) client.disconnect();
  await Promise.race([Promise.allSettled([queue.close(), events.close()]), new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
}

/**
 * Waits until the flow of every queued document has finished and returns every file's outcome
 * in the order of the enqueue (failed-at-once files in place), then the duplicates, as the
 * embedded run orders them. Looks whenever a document job ends, and polls, so a flow that
 * finished before the wait began counts too. When Redis stops answering, it keeps reconnecting
 * (with backoff) and, once Redis is back, reads the state of every unfinished document again;
 * after `reconnectMs` without Redis the documents not seen finished are `unknown`.
 */
export async function waitForDocuments(enqueued: EnqueueResult, options: WaitOptions): Promise<WaitResult> {
  const { redisUrl, outDir, prefix = defaultPrefix, pollMs = 1000, reconnectMs = 300_000, onDocument, onRedis } = options;
  const connection = redisConnectionOptions(redisUrl);
  const queue = new Queue<FinishJobData, FinishJobResult>(queueNames.documents, { connection, prefix });
  // A poll every 250 ms left the last document's outcome unseen for 125 ms on average, and polling
  // faster costs a Redis call per unfinished document each time: the queue's events say when to look.
  const events = new QueueEvents(queueNames.documents, { connection: redisConnectionOptions(redisUrl, { worker: true }), prefix });
  // A lost connection is met where a command fails, below; unheard, its 'error' event would end the process.
  let connectionError = 'no answer';
  const onError = (error: Error): void => {
    connectionError = error.message;
  };
  queue.on('error', onError);
  events.on('error', onError);
  let ended = 0;
  let wake = (): void => undefined;
  const onEnded = (): void => {
    ended++;
    wake();
  };
  events.on('completed', onEnded).on('failed', onEnded);
  const pause = (): Promise<void> =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, pollMs);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const outcomes = new Map<EnqueuedDocument, FileOutcome>();
  /** When the first look that failed for want of Redis began; `null` while Redis answers. */
  let lostAt: number | null = null;
  let redisLost: string | null = null;
  try {
    await events.waitUntilReady();
    // Files that failed at enqueue were reported then: they are in the outcomes, not in `onDocument`.
    for (const document of enqueued.documents) if (document.failure !== null) outcomes.set(document, document.failure);
    for (;;) {
      const endedBefore = ended;
      const lookedAt = Date.now();
      try {
        for (const document of enqueued.documents.filter((d) => !outcomes.has(d))) {
          const outcome = await outcomeOf(queue, document, outDir);
          if (outcome === undefined) continue;
          outcomes.set(document, outcome);
          onDocument?.(outcome);
        }
      } catch (error) {
        if (!(await isOutage(error, queue))) throw error;
        if (lostAt === null) onRedis?.('lost', connectionError);
        lostAt ??= lookedAt;
        if (Date.now() - lostAt >= reconnectMs) {
          redisLost = `Redis at ${connection.host}:${connection.port} did not answer for ${Math.round((Date.now() - lostAt) / 1000)} s (${connectionError})`;
          break;
        }
        // ioredis reconnects on its own, with backoff; the next look waits for it.
        await pause();
        continue;
      }
      if (lostAt !== null) {
        lostAt = null;
        onRedis?.('back', 'reading the state of every unfinished document again');
      }
      if (outcomes.size === enqueued.documents.length) break;
      // A job that ended while the documents were being looked at is looked at now, not after a sleep.
      if (ended !== endedBefore) continue;
      await pause();
    }
  } finally {
    await dropConnections(queue, events);
  }
  const unknown = (document: EnqueuedDocument): FileOutcome =>
    failedOutcome(document.path, document, { code: 'redis-unreachable', message: `outcome unknown: ${redisLost}; its job may still finish (enqueue it again with --wait to see)` }, 'unknown');
  // In the embedded run's order: the paths that are no file first, then the documents, then the duplicates.
  const files = [...enqueued.unreadable.map(unreadablePathOutcome), ...enqueued.documents.map((d) => outcomes.get(d) ?? unknown(d))];
  files.push(...enqueued.duplicates.map(duplicateOutcome));
  return { files, redisLost };
}

/** Writes the same `run-report.json`, documents index and editions as the embedded run, from queued outcomes. */
export async function writeQueuedRunReport(outDir: string, files: FileOutcome[], startedAt: string, publishing: PublishingOptions = {}): Promise<RunReport> {
  return finishRun(outDir, files, startedAt, { publishing, editionDates: sourcesEditionDates(outDir) });
}
