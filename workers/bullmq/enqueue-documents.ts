import { Job, Queue, type FlowJob } from 'bullmq';
import { internalFailure, SourceError } from '../../pipeline/errors.ts';
import { ingestSources, type IngestResult, type SourceDocument } from '../../pipeline/ingest/ingest-sources.ts';
import type { UnreadablePath } from '../../pipeline/ingest/source-paths.ts';
import { checkFileSize, resolveLimits, type ProcessingLimits } from '../../pipeline/limits.ts';
import { isDocumentPublished } from '../../pipeline/publish/document-dataset.ts';
import type { FileOutcome } from '../../schemas/types.ts';
import type { FinishJobData, FinishJobResult, PagesJobData, PagesJobsPlan, SourceOrigin } from './job-types.ts';
import { defaultPrefix, documentJobId, documentJobName, pagesJobId, pagesJobName, queueNames } from './queue-names.ts';
import { isRedisOutage, RedisUnreachableError } from './reach-redis.ts';
import { redisConnectionOptions } from './redis-connection.ts';
import { SourceStore } from './source-store.ts';
import { failedOutcome } from '../../pipeline/run/run-report.ts';

export interface EnqueueOptions {
  redisUrl: string;
  /**
   * The workers' output folder. A PDF whose flow completed before is queued again when its
   * document folder is not there (deleted, or another folder): completed jobs are only a memory.
   */
  outDir: string;
  /** @defaultValue `pdf-opendata` */
  prefix?: string;
  /**
   * Pages a worker claims at a time from the document it reads (process-pages-job.ts): the grain at which
   * an idle worker can take over the end of a document another worker is reading (a text-layer page
   * about 15 ms, an OCR page seconds), and the pages read again when a worker dies.
   * @defaultValue 4
   */
  pagesPerJob?: number;
  /**
   * Tries per job before it fails for good, with exponential backoff (1 s, 2 s, 4 s …).
   * @defaultValue 3
   */
  attempts?: number;
  /** @defaultValue 1000 */
  backoffMs?: number;
  /** File size checked before a PDF is queued; its page count checked by the worker that counts its pages (the other limits are the workers' own). */
  limits?: ProcessingLimits;
  /** Where a sources check found each path: carried by the finish job (see `FinishJobData`). */
  origins?: ReadonlyMap<string, SourceOrigin>;
  /**
   * How long finished jobs (and so the memory of what was processed) are kept.
   * @defaultValue 7 days
   */
  keepSeconds?: number;
}

/** One source file of an enqueue: queued as a flow, or failed before any job (unreadable PDF). */
export interface EnqueuedDocument {
  path: string;
  fileName: string;
  sha256: string;
  /** The document's job, or `null` when the file failed at once. */
  jobId: string | null;
  /** `null` from `enqueue`, which opens no PDF: the worker that takes the document's job counts its pages. */
  pageCount: number | null;
  /** Set when the file could not be queued: its outcome for the report. */
  failure: FileOutcome | null;
}

export interface EnqueueResult {
  /** Paths that are no readable file (missing, permission denied, a FIFO, a symlink loop …): each reported, none queued. */
  unreadable: UnreadablePath[];
  documents: EnqueuedDocument[];
  duplicates: IngestResult['duplicates'];
}

type FlowOptions = Required<Omit<EnqueueOptions, 'redisUrl' | 'outDir' | 'limits' | 'origins'>>;

/** What every job of a flow is given: its tries, and how long it is remembered once finished. */
const retention = ({ attempts, backoffMs, keepSeconds }: Pick<PagesJobsPlan, 'attempts' | 'backoffMs' | 'keepSeconds'>) => ({
  attempts,
  backoff: { type: 'exponential', delay: backoffMs },
  removeOnComplete: { age: keepSeconds },
  removeOnFail: { age: keepSeconds },
});

/**
 * The pages jobs of a document of `pageCount` pages, named after the file: the children of its job,
 * one lane each (see process-pages-job.ts). Lane 1 is queued as any job; the others with a lower priority,
 * so that a worker takes them only when no document's first lane is waiting. Never more lanes than
 * claims of `pagesPerJob` pages.
 */
export function pagesJobs(source: { fileName: string; sha256: string }, pageCount: number, plan: Omit<PagesJobsPlan, 'maxPages'>, prefix: string, lanes: number, run: string): FlowJob[] {
  const count = Math.max(1, Math.min(lanes, Math.ceil(pageCount / plan.pagesPerJob)));
  return Array.from({ length: count }, (_, i): FlowJob => {
    const lane = i + 1;
    const data: PagesJobData = { sha256: source.sha256, fileName: source.fileName, pageCount, lane, lanes: count, pagesPerClaim: plan.pagesPerJob, run };
    return {
      name: pagesJobName(source.fileName, 1, pageCount, lane),
      queueName: queueNames.pages,
      prefix,
      data,
      // A lane that fails for good leaves the parent to finish and report it.
      opts: { ...retention(plan), jobId: pagesJobId(source.sha256, 1, pageCount, lane), ignoreDependencyOnFailure: true, ...(lane > 1 && { priority: HELPER_LANE_PRIORITY }) },
    };
  });
}

/** Below every job queued without a priority (BullMQ takes those first): lanes 2 and up wait for idle workers. */
const HELPER_LANE_PRIORITY = 1;

/**
 * The job of one PDF in `documents`, named after the file, as `enqueue` queues it: without its
 * pages, which the worker that takes it counts (the enqueuer opens no PDF) before adding their jobs.
 */
export function documentJob(source: SourceDocument, plan: PagesJobsPlan, prefix: string, origin?: SourceOrigin): FlowJob {
  const data: FinishJobData = { fileName: source.fileName, sha256: source.sha256, bytes: source.bytes.length, plan, ...(origin === undefined ? {} : { origin }) };
  return { name: documentJobName(source.fileName), queueName: queueNames.documents, prefix, data, opts: { ...retention(plan), jobId: documentJobId(source.sha256) } };
}

/** The flow of one PDF whose pages are known: its job in `documents` over its pages jobs, all queued at once. */
export function documentFlow(source: SourceDocument, pageCount: number, options: FlowOptions, origin?: SourceOrigin): FlowJob {
  const { prefix } = options;
  const job = documentJob(source, { ...options, maxPages: pageCount }, prefix, origin);
  const { plan: _plan, ...data } = job.data as FinishJobData;
  const run = String(Date.now());
  return { ...job, data: { ...data, pageCount, run }, children: pagesJobs(source, pageCount, options, prefix, 1, run) };
}

/**
 * Whether a document's earlier flow is to be cleared and run again: it failed, or it completed
 * but its folder is not in the output folder. A flow still running is left to finish.
 */
async function isRunToRepeat(queue: Queue<FinishJobData, FinishJobResult>, earlier: Job<FinishJobData, FinishJobResult>, outDir: string): Promise<boolean> {
  const state = await earlier.getState();
  if (state === 'failed') return true;
  if (state !== 'completed') return false;
  // Read again once finished: a job read while it ran says 'completed' a moment later but has no result.
  const result = (await Job.fromId<FinishJobData, FinishJobResult>(queue, earlier.id!))?.returnvalue;
  if (result === undefined || result === null) return false;
  return result.status === 'failed' || result.document_id === null || !(await isDocumentPublished(outDir, result.document_id));
}

/**
 * Queues PDFs for the workers: reads and hashes them, stores each one's bytes once in Redis, and
 * adds one job per PDF to `documents` (a worker counts its pages and adds its pages jobs: this
 * process never loads pdf.js). A path that is no readable file, and a file over the size limit,
 * fail here, at once, with no job; a PDF that cannot be opened fails its job; the others are queued. Redis lost on the way is a
 * `RedisUnreachableError` saying how many were queued. A PDF
 * already queued (same sha256) is not queued again: its jobs keep their ids, so BullMQ ignores
 * the repeat, unless its earlier run failed or its document folder is missing from `outDir`, in
 * which case that run is cleared and it runs again.
 */
export async function enqueueDocuments(paths: readonly string[], options: EnqueueOptions): Promise<EnqueueResult> {
  const { redisUrl, outDir, prefix = defaultPrefix, pagesPerJob = 4, attempts = 3, backoffMs = 1000, keepSeconds = 7 * 24 * 3600, limits, origins } = options;
  if (!Number.isInteger(pagesPerJob) || pagesPerJob < 1) throw new Error(`Cannot enqueue: pages per job must be a positive integer, not ${pagesPerJob}`);
  const resolved = resolveLimits(limits);
  const plan: PagesJobsPlan = { pagesPerJob, maxPages: resolved.maxPages, attempts, backoffMs, keepSeconds };
  const { documents, duplicates, unreadable } = await ingestSources(paths);
  const connection = redisConnectionOptions(redisUrl);
  const store = new SourceStore(connection, prefix, keepSeconds);
  const finishQueue = new Queue<FinishJobData, FinishJobResult>(queueNames.documents, { connection, prefix });
  // A lost connection is met where a command fails, below; unheard, each 'error' event is printed with its stack.
  finishQueue.on('error', () => undefined);
  const result: EnqueueResult = { unreadable, documents: [], duplicates };
  let redisGone = false;
  try {
    for (const source of documents) {
      const entry: EnqueuedDocument = { path: source.path, fileName: source.fileName, sha256: source.sha256, jobId: null, pageCount: null, failure: null };
      result.documents.push(entry);
      try {
        checkFileSize(source.bytes.length, resolved);
      } catch (error) {
        entry.failure = failedOutcome(source.path, source, error instanceof SourceError ? { code: error.code, message: error.message } : internalFailure(error));
        continue;
      }
      const jobId = documentJobId(source.sha256);
      const earlier = await Job.fromId<FinishJobData, FinishJobResult>(finishQueue, jobId);
      if (earlier !== undefined && (await isRunToRepeat(finishQueue, earlier, outDir))) {
        await earlier.remove({ removeChildren: true }).catch(async (error: unknown) => {
          // Another enqueue of the same PDF cleared it first (and may have queued it again).
          const now = await Job.fromId<FinishJobData, FinishJobResult>(finishQueue, jobId);
          if (now !== undefined && (await isRunToRepeat(finishQueue, now, outDir))) throw error;
        });
      }
      await store.put(source.sha256, source.bytes);
      const { name, data, opts } = documentJob(source, plan, prefix, origins?.get(source.path));
      const added = await finishQueue.add(name, data as FinishJobData, opts);
      entry.jobId = added.id ?? jobId;
    }
  } catch (error) {
    if (!isRedisOutage(error)) throw error;
    redisGone = true;
    const queued = result.documents.filter((d) => d.jobId !== null).length;
    throw new RedisUnreachableError(
      `Redis at ${connection.host}:${connection.port} stopped answering while the files were queued (${error instanceof Error ? error.message : String(error)}): ${queued} of ${documents.length} queued; enqueue them again once it is back`,
      { cause: error },
    );
  } finally {
    if (redisGone) {
      // Closing would wait for Redis, and reconnection tries keep the process alive: a Redis that is
      // gone is let go of at once, and the disconnections given a second (a client between two
      // tries may never say it ended).
      store.disconnect();
      await Promise.race([Promise.allSettled([finishQueue.disconnect()]), new Promise((resolve) => setTimeout(resolve, 1000))]);
    } else {
      await Promise.allSettled([finishQueue.close(), store.close()]);
    }
  }
  return result;
}
