import { Command, InvalidArgumentError } from 'commander';
import { pino } from 'pino';
import { defaultPrefix } from './bullmq/queue-names.ts';
import { addEditionDateOption, addFetchOptions, addLimitOptions, fetchOptionsOf, limitsOf, type FetchFlags, type LimitFlags } from './cli-limits.ts';
import { addPublishingOptions, publishingOf, type PublishingFlags } from './cli-publishing.ts';
import { ocrLayersOption, type OcrLayersFlag } from './cli-ocr-layers.ts';
import { threadsOption, type ThreadsFlag } from './cli-threads.ts';
import { escapeControls } from './escape-controls.ts';
import { editionsNote, internalErrorCount, internalErrorNote, quarantinedPageLines, recordsWarningLines, runSummary } from './run-summary.ts';

// The queue modules (BullMQ, ioredis) are loaded when a queue command runs: every other command,
// an unchanged re-run above all, would pay for them at start-up.

/** Exit statuses, as the `run` command: 1 finished with some files failed; 2 fatal (Redis out of reach past `--redis-timeout`) or a bug (an internal error). */
const EXIT_SOME_FAILED = 1;
const EXIT_FATAL = 2;

const positiveInteger = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive integer');
  return n;
};

/** `--redis` falls back on REDIS_URL: the CLI is the one place that reads the environment. */
export const redisOption = (command: Command): Command =>
  process.env.REDIS_URL
    ? command.option('--redis <url>', 'Redis URL (redis:// or rediss://, password included)', process.env.REDIS_URL)
    : command.requiredOption('--redis <url>', 'Redis URL (redis:// or rediss://, password included; or set REDIS_URL)');

/** The distributed mode's commands: `worker`, `enqueue`, `status`. */
export function addQueueCommands(program: Command): void {
  redisOption(
    addFetchOptions(addLimitOptions(program
      .command('worker')))
      .description('Process queued pages and documents (distributed mode) until SIGTERM/SIGINT')
      .option('--concurrency <n>', 'pages jobs run at once by this process', positiveInteger, 1)
      .addOption(threadsOption())
      .option('--prefix <prefix>', 'Redis key prefix shared by the pipeline', defaultPrefix)
      .option('--out <dir>', 'output folder (the same for every worker)', 'output/')
      .option('--no-ocr', 'keep the text layer of every page, even when it is missing or garbled')
      .addOption(ocrLayersOption())
      .option('--lock-seconds <n>', 'how long a job stays with a worker that stopped answering (killed, lost) before another takes it', positiveInteger, 60)
      .option('--profiles <dir>', 'a folder of profile files read before the built-in ones (the same for every worker)'),
  ).action(async (opts: { redis: string; concurrency: number; prefix: string; out: string; ocr: boolean; lockSeconds: number; profiles?: string } & OcrLayersFlag & ThreadsFlag & LimitFlags & FetchFlags) => {
    const { startWorker } = await import('./bullmq/start-worker.ts');
    const profiles = opts.profiles === undefined ? undefined : (await import('../pipeline/structure/profiles/index.ts')).profileRegistry([opts.profiles]);
    const worker = await startWorker({
      redisUrl: opts.redis,
      concurrency: opts.concurrency,
      prefix: opts.prefix,
      outDir: opts.out,
      ocr: opts.ocr ? {} : false,
      ocrLayers: opts.ocrLayers,
      lockDurationMs: opts.lockSeconds * 1000,
      limits: limitsOf(opts),
      threads: opts.threads,
      fetch: fetchOptionsOf(opts),
      ...(profiles === undefined ? {} : { profiles }),
    });
    await worker.closed;
  });

  redisOption(
    addPublishingOptions(addEditionDateOption(addFetchOptions(addLimitOptions(program
      .command('enqueue'))))
      .description('Queue PDFs (files, or folders of *.pdf, or what is new in --sources) for the workers; --wait for them and write the run report')
      .argument('[paths...]', 'PDF files or folders')
      .option('--sources <file>', 'instead of paths: check this sources file (YAML or JSON) and queue the PDFs not seen before')
      .option('--prefix <prefix>', 'Redis key prefix shared by the pipeline', defaultPrefix)
      .option('--wait', 'wait until every document is finished, then write run-report.json')
      .option('--out <dir>', 'output folder the workers publish into: a PDF whose document is not there is processed again', 'output/')
      .option('--pages-per-job <n>', 'pages a worker claims at a time from the document it reads', positiveInteger, 4)
      .option('--redis-timeout <seconds>', 'how long Redis may be out of reach, at the start or while --wait waits, before enqueue gives up (exit 2)', positiveInteger, 300)),
  ).action(async (paths: string[], opts: { redis: string; prefix: string; wait?: boolean; out: string; pagesPerJob: number; redisTimeout: number; sources?: string } & PublishingFlags & LimitFlags & FetchFlags, command: Command) => {
    if ((opts.sources === undefined) === (paths.length === 0)) command.error('error: give PDF paths or --sources <file>, one of the two', { exitCode: 2 });
    // How --wait publishes, checked before anything is queued. (A sources file that cannot be read is reported by the check itself.)
    const sourcesFile = opts.sources === undefined ? undefined : await (await import('./sources/sources-file.ts')).readSourcesFile(opts.sources).catch(() => undefined);
    const publishing = publishingOf(opts, sourcesFile?.ckan);
    const logger = pino({ name: 'pdf-opendata' }, pino.destination(2));
    const startedAt = new Date().toISOString();
    const enqueueOptions = { redisUrl: opts.redis, prefix: opts.prefix, outDir: opts.out, pagesPerJob: opts.pagesPerJob, limits: limitsOf(opts) };
    const [{ enqueueDocuments }, { enqueueNewReleases }, { waitForDocuments, writeQueuedRunReport }, { reachRedis, RedisUnreachableError }] = await Promise.all([
      import('./bullmq/enqueue-documents.ts'),
      import('./bullmq/queue-new-releases.ts'),
      import('./bullmq/wait-for-documents.ts'),
      import('./bullmq/reach-redis.ts'),
    ]);
    try {
      await reachRedis(opts.redis, opts.redisTimeout * 1000);
    } catch (error) {
      if (!(error instanceof RedisUnreachableError)) throw error;
      process.stderr.write(`error: ${error.message}\n`);
      process.exitCode = EXIT_FATAL;
      return;
    }
    let enqueued: Awaited<ReturnType<typeof enqueueDocuments>>;
    try {
      enqueued =
        opts.sources === undefined
          ? await enqueueDocuments(paths, enqueueOptions)
          : await enqueueNewReleases(opts.sources, { ...enqueueOptions, fetch: fetchOptionsOf(opts) }, logger);
    } catch (error) {
      if (!(error instanceof RedisUnreachableError)) throw error;
      process.stderr.write(`error: ${escapeControls(error.message)}\n`);
      process.exitCode = EXIT_FATAL;
      return;
    }
    // One line per path that is no file, as `run` says it; names escaped on every line.
    for (const { path, error } of enqueued.unreadable) logger.error({ file: escapeControls(path), code: error.code }, escapeControls(`${path}: ${error.message}`));
    for (const d of enqueued.documents) {
      if (d.failure !== null) logger.error({ file: escapeControls(d.path), code: d.failure.error?.code }, escapeControls(`${d.path}: ${d.failure.error?.message}`));
      else logger.info({ file: escapeControls(d.path), job: d.jobId }, 'queued');
    }
    for (const d of enqueued.duplicates) logger.info({ file: escapeControls(d.path), duplicate_of: escapeControls(d.duplicateOf) }, 'duplicate: not queued');
    if (opts.wait !== true) {
      const queued = enqueued.documents.filter((d) => d.jobId !== null).length;
      const failed = enqueued.unreadable.length + enqueued.documents.length - queued;
      process.stderr.write(`queued ${queued} files${failed > 0 ? `, ${failed} failed at once` : ''}\n`);
      if (failed > 0) process.exitCode = EXIT_SOME_FAILED;
      return;
    }
    // Failure until the report is written: should a lost connection leave the wait unsettled, the
    // process ends with nothing left to do, and must not say 0.
    process.exitCode = EXIT_FATAL;
    const { files, redisLost } = await waitForDocuments(enqueued, {
      redisUrl: opts.redis,
      outDir: opts.out,
      prefix: opts.prefix,
      reconnectMs: opts.redisTimeout * 1000,
      onDocument: (f) =>
        f.status === 'failed'
          ? logger.error({ file: escapeControls(f.file), code: f.error?.code }, escapeControls(`${f.file}: ${f.error?.message}`))
          : logger.info({ file: escapeControls(f.file), status: f.status, pages: f.pages }, 'document done'),
      onRedis: (event, detail) => (event === 'lost' ? logger.warn({ detail }, 'Redis lost: reconnecting') : logger.info({ detail }, 'Redis back')),
    });
    const report = await writeQueuedRunReport(opts.out, files, startedAt, publishing);
    if (redisLost !== null) {
      const unknown = files.filter((f) => f.status === 'unknown').length;
      process.stderr.write(`error: ${redisLost}: the outcome of ${unknown} of ${files.length} files is unknown (run-report.json lists them; no edition published)\n`);
      process.exitCode = EXIT_FATAL;
      return;
    }
    for (const { file, page, code, line } of quarantinedPageLines(report)) logger.warn({ file, page, code }, line);
    for (const { file, line } of recordsWarningLines(report)) logger.warn({ file }, line);
    const summary = `${runSummary(report)}; ${editionsNote(report)}`;
    if (report.totals.failed > 0) {
      const bugs = internalErrorNote(report, "the worker's log");
      process.stderr.write(`finished with ${report.totals.failed} files failed${bugs} (${summary})\n`);
      process.exitCode = internalErrorCount(report) > 0 ? EXIT_FATAL : EXIT_SOME_FAILED;
    } else {
      process.stderr.write(`finished (${summary})\n`);
      process.exitCode = 0;
    }
  });

  redisOption(
    program
      .command('status')
      .description('Job counts of the queues and the progress of recent documents')
      .option('--prefix <prefix>', 'Redis key prefix shared by the pipeline', defaultPrefix)
      .option('--json', 'print JSON instead of text'),
  ).action(async (opts: { redis: string; prefix: string; json?: boolean }) => {
    const { readQueueStatus } = await import('./bullmq/queue-status.ts');
    const status = await readQueueStatus({ redisUrl: opts.redis, prefix: opts.prefix });
    if (opts.json === true) {
      process.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
      return;
    }
    const lines: string[] = [];
    for (const [queue, counts] of Object.entries(status.queues)) {
      lines.push(`${queue}: ${Object.entries(counts).map(([state, n]) => `${n} ${state}`).join(', ')}`);
    }
    for (const d of status.documents) {
      const total = d.pageJobs.done + d.pageJobs.failed + d.pageJobs.pending;
      const failed = d.pageJobs.failed > 0 ? `, ${d.pageJobs.failed} failed` : '';
      const pages = d.pageCount === null ? 'pages not counted yet' : `${d.pageCount} pages`;
      lines.push(`${d.fileName} (${pages}): ${d.outcome ?? d.state}, page jobs ${d.pageJobs.done}/${total} done${failed}`);
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  });
}
