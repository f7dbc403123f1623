import type { ProfileRegistry } from '../../pipeline/structure/profiles/index.ts';
import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import { pino, type Logger } from 'pino';
import type { ProcessingLimits } from '../../pipeline/limits.ts';
import type { SourcesFetchOptions } from '../sources/check-sources.ts';
import { DEFAULT_OCR_LAYERS, ocrLayersRead, type OcrLayerMode } from '../../pipeline/extract/ocr-layer-check.ts';
import type { OcrEngine } from '../../pipeline/ocr/engine.ts';
import { withOcrEngine, type OcrEngineOptions } from '../../pipeline/ocr/engines.ts';
import type { FinishJobData, FinishJobResult, PagesJobData, PagesJobResult } from './job-types.ts';
import { processCheckJob, type CheckJobData, type CheckJobResult } from './process-check-job.ts';
import { processFinishJob } from './process-finish-job.ts';
import { processPagesJob } from './process-pages-job.ts';
import { PageClaims } from './page-claims.ts';
import { defaultPrefix, queueNames } from './queue-names.ts';
import { redisConnectionOptions } from './redis-connection.ts';
import { SourceStore } from './source-store.ts';
import { DEFAULT_PAGE_THREADS, warmPageThreads } from '../page-threads.ts';

export interface StartWorkerOptions {
  /** `redis://` or `rediss://` URL, with the password if any. */
  redisUrl: string;
  /**
   * Pages jobs this process runs at once (OCR runs in the pool's threads, so more than 1 helps
   * on OCR-heavy documents).
   * @defaultValue 1
   */
  concurrency?: number;
  /** @defaultValue `pdf-opendata` */
  prefix?: string;
  /**
   * Folder documents are published into; every worker of a prefix must see the same folder.
   * @defaultValue `output/`
   */
  outDir?: string;
  /**
   * OCR workers of this process; `false` keeps every page's text layer.
   * @defaultValue `{}` (one per core, started when a page needs OCR)
   */
  ocr?: OcrEngineOptions | false;
  /** What OCR does with an invisible OCR layer over a scan. @defaultValue 'check' */
  ocrLayers?: OcrLayerMode;
  /**
   * Close gracefully on SIGTERM / SIGINT (a second signal stops at once, leaving active jobs to
   * be taken over by other workers once their lock expires).
   * @defaultValue true
   */
  handleSignals?: boolean;
  /**
   * How long a job's lock lasts without renewal, in ms: a worker that dies (kill -9, a lost
   * machine) holds its jobs that long before another worker takes them over. Long enough for a
   * page whose rendering blocks the event loop.
   * @defaultValue 60000
   */
  lockDurationMs?: number;
  /** Page size and time per page (a page over a limit is quarantined); see `ProcessingLimits` for the defaults. */
  limits?: ProcessingLimits;
  /** Page threads reading the pages of one pages job at once. @defaultValue `DEFAULT_PAGE_THREADS` (1) */
  threads?: number;
  /** Timeout, page size and link cap of release checks; see `SourcesFetchOptions` for the defaults. */
  fetch?: SourcesFetchOptions;
  /** The families known to this worker (`--profiles`): every worker of a prefix must know the same. @defaultValue the built-in profiles */
  profiles?: ProfileRegistry;
  /** @defaultValue JSON lines on stderr */
  logger?: Logger;
}

export interface RunningWorker {
  /** Stops taking jobs and waits for the active ones (`force`: does not wait). */
  close(force?: boolean): Promise<void>;
  /** Settles once the worker has closed and its OCR pool is gone. */
  closed: Promise<void>;
}

/**
 * A worker process of the distributed mode: one BullMQ worker per queue (pages, documents)
 * sharing one OCR pool. Resolves once both are connected.
 */
export async function startWorker(options: StartWorkerOptions): Promise<RunningWorker> {
  const {
    redisUrl,
    concurrency = 1,
    prefix = defaultPrefix,
    outDir = 'output/',
    ocr = {},
    ocrLayers = DEFAULT_OCR_LAYERS,
    handleSignals = true,
    lockDurationMs = 60_000,
    limits,
    threads,
    fetch,
    logger = pino({ name: 'pdf-opendata-worker' }, pino.destination(2)),
  } = options;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`Cannot start the worker: concurrency must be a positive integer, not ${concurrency}`);
  const connection = redisConnectionOptions(redisUrl, { worker: true });
  // Stalled jobs are looked for at least once per lock, so a dead worker's jobs move on within two locks.
  const lease = { lockDuration: lockDurationMs, stalledInterval: Math.min(30_000, lockDurationMs) };
  const store = new SourceStore(connection, prefix);
  const claims = new PageClaims(connection);

  let requestStop!: (force: boolean) => void;
  const stopRequested = new Promise<boolean>((resolve) => (requestStop = resolve));
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const run = async (pool: OcrEngine | undefined): Promise<void> => {
    // Where a document's job adds its pages jobs once it has counted them, and its first lane calls the others forward.
    const pagesQueue = new Queue<PagesJobData, PagesJobResult>(queueNames.pages, { connection, prefix });
    // Where a helper lane looks for documents still to split.
    const documentsQueue = new Queue<FinishJobData, FinishJobResult>(queueNames.documents, { connection, prefix });
    for (const queue of [pagesQueue, documentsQueue] as Queue[]) queue.on('error', (error: Error) => logger.error({ queue: queue.name, error: error.message }, 'queue error'));
    const pages = new Worker<PagesJobData, PagesJobResult>(
      queueNames.pages,
      processPagesJob({ store, claims, documents: documentsQueue, pages: pagesQueue, ocr: pool, reading: { limits, ocrLayers, threads }, logger }),
      { connection, prefix, concurrency, ...lease },
    );
    const documents = new Worker<FinishJobData, FinishJobResult>(
      queueNames.documents,
      processFinishJob(outDir, store, pagesQueue, claims, { profiles: options.profiles, ocrLayers: ocrLayersRead(ocr !== false, ocrLayers), limits }),
      { connection, prefix, concurrency: 1, ...lease },
    );
    const releases = new Worker<CheckJobData, CheckJobResult>(queueNames.releases, processCheckJob({ redisUrl, prefix, outDir, fetch, logger }), {
      connection,
      prefix,
      concurrency: 1,
      ...lease,
    });
    const started = new Map<string, number>();
    for (const worker of [pages, documents, releases] as Worker[]) {
      worker.on('active', (job: Job) => started.set(`${worker.name}/${job.id}`, Date.now()));
      worker.on('completed', (job: Job) => {
        const ms = Date.now() - (started.get(`${worker.name}/${job.id}`) ?? Date.now());
        started.delete(`${worker.name}/${job.id}`);
        logger.info({ queue: worker.name, job: job.id, file: job.data.fileName, lane: job.data.lane, ms }, `${worker.name} job done`);
      });
      // An UnrecoverableError carries a fault of the input; anything else is a bug, whose stack is logged for whoever fixes it.
      worker.on('failed', (job: Job | undefined, error: Error) =>
        error instanceof UnrecoverableError
          ? logger.warn({ queue: worker.name, job: job?.id, attempt: job?.attemptsMade, error: error.message }, `${worker.name} job failed`)
          : logger.error({ queue: worker.name, job: job?.id, attempt: job?.attemptsMade, error: error.message, stack: error.stack }, `${worker.name} job failed: internal error`),
      );
      worker.on('error', (error: Error) => logger.error({ queue: worker.name, error: error.message }, 'worker error'));
    }
    await Promise.all([pages.waitUntilReady(), documents.waitUntilReady(), releases.waitUntilReady(), warmPageThreads(concurrency * (threads ?? DEFAULT_PAGE_THREADS))]);
    logger.info({ prefix, concurrency, outDir }, 'worker ready');
    markReady();
    const force = await stopRequested;
    logger.info({ force }, 'worker closing');
    await Promise.all([pages.close(force), documents.close(force), releases.close(force)]);
    await Promise.all([pagesQueue.close(), documentsQueue.close(), store.close(), claims.close()]);
  };

  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) {
      // A second signal: leave at once; the active jobs' locks expire and other workers take them.
      logger.warn({ signal }, 'second signal: exiting without waiting for active jobs');
      process.exit(130);
    }
    stopping = true;
    logger.info({ signal }, 'signal received: finishing active jobs, taking no new ones');
    requestStop(false);
  };
  if (handleSignals) {
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  }
  const closed = (ocr === false ? run(undefined) : withOcrEngine(ocr, run)).finally(() => {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
    logger.info('worker closed');
  });
  // A worker that cannot start (bad URL, Redis refusing the password) rejects here, not later.
  await Promise.race([ready, closed]);
  return {
    close: async (force = false) => {
      requestStop(force);
      await closed;
    },
    closed,
  };
}
