import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { FlowProducer, Job, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { ingestSources } from '../../pipeline/ingest/ingest-sources.ts';
import { documentFlow } from '../../workers/bullmq/enqueue-documents.ts';
import { pagesJobId, queueNames } from '../../workers/bullmq/queue-names.ts';
import { redisConnectionOptions } from '../../workers/bullmq/redis-connection.ts';
import { SourceStore } from '../../workers/bullmq/source-store.ts';
import { startWorker } from '../../workers/bullmq/start-worker.ts';
import { waitForDocuments } from '../../workers/bullmq/wait-for-documents.ts';
import { startRedisServer, type RedisServer } from '../../tools/redis-server.ts';
import { pageNumbersOf, pagesJobsDone, pagesRead, readReport, readTree, spawnCli, started, stopCli, withoutTimes } from '../support/cli-process.ts';

const kangxi = 'samples/kangxi-radicals.pdf';
const calcList = 'samples/calc-list-local5g-jisshou.pdf';
const encrypted = 'samples/bad/encrypted-user-password.pdf';
const twoBadPages = 'samples/bad-but-readable/pages-2-and-3-unreadable.pdf';

describe('BullMQ distributed mode against a real redis-server', () => {
  let redis: RedisServer;
  let prefix: string;
  let tempDirs: string[] = [];

  const tempDir = async (): Promise<string> => {
    const dir = await mkdtemp(join(tmpdir(), 'pdf-opendata-bullmq-'));
    tempDirs.push(dir);
    return dir;
  };
  const workerArgs = (outDir: string): string[] => ['worker', '--redis', redis.url, '--prefix', prefix, '--out', outDir];

  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => {
    await Promise.all(started.map(stopCli));
    await redis?.stop();
  });

  // Each test its own prefix, and everything under it deleted after.
  afterEach(async () => {
    await Promise.all(started.splice(0).map(stopCli));
    const client = new Redis(redisConnectionOptions(redis.url));
    const keys = await client.keys(`${prefix}:*`);
    if (keys.length > 0) await client.del(...keys);
    await client.quit();
    await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
    tempDirs = [];
  });
  const newPrefix = (): void => {
    prefix = `test-${randomUUID()}`;
  };

  test('two workers publish files byte-identical to the embedded run', async () => {
    newPrefix();
    const [queuedOut, embeddedOut] = [await tempDir(), await tempDir()];
    const workers = [spawnCli(workerArgs(queuedOut)), spawnCli(workerArgs(queuedOut))];
    await Promise.all(workers.map((w) => w.waitForLog('worker ready')));

    const [enqueue, embedded] = await Promise.all([
      (async () => {
        const cli = spawnCli(['enqueue', kangxi, calcList, '--redis', redis.url, '--prefix', prefix, '--out', queuedOut, '--wait', '--pages-per-job', '1']);
        return { code: await cli.exited, output: cli.output() };
      })(),
      (async () => {
        const cli = spawnCli(['run', kangxi, calcList, '--out', embeddedOut, '--log', 'json']);
        return { code: await cli.exited, output: cli.output() };
      })(),
    ]);
    expect(enqueue.code, enqueue.output).toBe(0);
    expect(embedded.code, embedded.output).toBe(0);

    const queuedFiles = await readTree(join(queuedOut, 'documents'));
    const embeddedFiles = await readTree(join(embeddedOut, 'documents'));
    expect([...queuedFiles.keys()].sort()).toEqual([...embeddedFiles.keys()].sort());
    expect(queuedFiles.size).toBeGreaterThanOrEqual(5); // two documents × (document.json, text.txt) + index.json
    for (const [path, bytes] of embeddedFiles) expect(queuedFiles.get(path)?.equals(bytes), path).toBe(true);
    expect(withoutTimes(await readReport(queuedOut))).toEqual(withoutTimes(await readReport(embeddedOut)));

    // Every page of each document read exactly once across the two workers (2 + 5), a lane each run once.
    const read = workers.flatMap(pagesRead);
    for (const [file, pages] of [[kangxi, 2], [calcList, 5]] as const) {
      expect(pageNumbersOf(read.filter((r) => r.file === basename(file))).sort((a, b) => a - b)).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
    }
    const done = workers.flatMap(pagesJobsDone);
    expect(new Set(done).size).toBe(done.length);
  });

  test('a PDF with two unreadable pages publishes the other two, the bad ones quarantined, as the embedded run does', async () => {
    newPrefix();
    const [queuedOut, embeddedOut] = [await tempDir(), await tempDir()];
    // The bomb on page 3 is stopped by the memory limit, well inside the default 60 s page clock: a
    // shorter clock raced the memory watch under load, and the two runs then gave page 3 different reasons.
    const worker = spawnCli(workerArgs(queuedOut));
    await worker.waitForLog('worker ready');
    // Two pages a job: page 2 fails inside the first job's thread, page 3 stops the second job's thread and page 4 is read in a new one.
    const enqueue = spawnCli(['enqueue', twoBadPages, '--redis', redis.url, '--prefix', prefix, '--out', queuedOut, '--wait', '--pages-per-job', '2']);
    const embedded = spawnCli(['run', twoBadPages, '--out', embeddedOut, '--log', 'json']);
    expect(await enqueue.exited, enqueue.output()).toBe(0);
    expect(await embedded.exited, embedded.output()).toBe(0);

    const report = await readReport(queuedOut);
    expect(report.files[0]).toMatchObject({ status: 'published', pages: 4, quarantined_pages: [{ number: 2, code: 'damaged' }, { number: 3, code: 'page-too-large' }] });
    expect(enqueue.output()).toContain(`${twoBadPages}: page 3 quarantined: `);
    const queuedFiles = await readTree(join(queuedOut, 'documents'));
    const embeddedFiles = await readTree(join(embeddedOut, 'documents'));
    expect([...queuedFiles.keys()].sort()).toEqual([...embeddedFiles.keys()].sort());
    for (const [path, bytes] of embeddedFiles) expect(queuedFiles.get(path)?.toString(), path).toBe(bytes.toString());
    expect(withoutTimes(report)).toEqual(withoutTimes(await readReport(embeddedOut)));
    // One lane, its two claims read once each: a quarantined page is a result, not a failure to retry.
    expect(pagesJobsDone(worker)).toHaveLength(1);
    expect(pagesRead(worker).map(({ first, last }) => `${first}-${last}`)).toEqual(['1-2', '3-4']);
  });

  test('the same PDF enqueued twice is processed once', async () => {
    newPrefix();
    const outDir = await tempDir();
    const worker = spawnCli(workerArgs(outDir));
    await worker.waitForLog('worker ready');
    const enqueue = (): Promise<number | null> =>
      spawnCli(['enqueue', calcList, '--redis', redis.url, '--prefix', prefix, '--out', outDir, '--wait', '--pages-per-job', '2']).exited;

    // Twice at once, then once more after both finished.
    expect(await Promise.all([enqueue(), enqueue()])).toEqual([0, 0]);
    expect(await enqueue()).toBe(0);

    const report = await readReport(outDir);
    expect(report.files).toHaveLength(1);
    expect(report.files[0]).toMatchObject({ file: calcList, status: 'published', pages: 5, error: null });
    // 5 pages in claims of 2 by one worker's lane: three claims, one lane and one finishing job, each run once.
    expect(pagesJobsDone(worker)).toHaveLength(1);
    expect(pagesRead(worker).map(({ first, last }) => `${first}-${last}`)).toEqual(['1-2', '3-4', '5-5']);
    expect(worker.logs().filter((l) => l.msg === 'documents job done')).toHaveLength(1);
  });

  test('an encrypted PDF fails with its code, and no job is retried', async () => {
    newPrefix();
    const outDir = await tempDir();
    const worker = spawnCli(workerArgs(outDir));
    await worker.waitForLog('worker ready');
    const cli = spawnCli(['enqueue', encrypted, '--redis', redis.url, '--prefix', prefix, '--out', outDir, '--wait']);
    expect(await cli.exited).toBe(1);
    expect(cli.output()).toContain('finished with 1 files failed');
    const report = await readReport(outDir);
    expect(report.files[0]).toMatchObject({ file: encrypted, status: 'failed', error: { code: 'encrypted' } });
    // Caught when the worker counted its pages: its job failed once, and no pages job was queued.
    const connection = redisConnectionOptions(redis.url);
    const [documents, pages] = [new Queue(queueNames.documents, { connection, prefix }), new Queue(queueNames.pages, { connection, prefix })];
    expect(await documents.getJobCounts('failed', 'completed', 'wait')).toEqual({ failed: 1, completed: 0, wait: 0 });
    expect((await documents.getJobs(['failed']))[0]!.attemptsMade).toBe(1);
    expect(Object.values(await pages.getJobCounts()).every((n) => n === 0)).toBe(true);
    await Promise.all([documents.close(), pages.close()]);
  });

  test('a SourceError inside a pages job is an UnrecoverableError: one attempt, and the document still finishes', async () => {
    newPrefix();
    const outDir = await tempDir();
    const connection = redisConnectionOptions(redis.url);
    const { documents } = await ingestSources([encrypted]);
    const source = documents[0]!;
    // As if the PDF had opened at enqueue and broke in the worker.
    const store = new SourceStore(connection, prefix);
    await store.put(source.sha256, source.bytes);
    await store.close();
    const flows = new FlowProducer({ connection, prefix });
    const added = await flows.add(documentFlow(source, 1, { prefix, pagesPerJob: 1, attempts: 3, backoffMs: 5_000, keepSeconds: 600 }));
    await flows.close();

    // Waiting before any worker runs, with a poll far longer than the test's time: the document's
    // job ending has to wake the wait.
    const waiting = waitForDocuments(
      { unreadable: [], documents: [{ path: encrypted, fileName: source.fileName, sha256: source.sha256, jobId: added.job.id!, pageCount: 1, failure: null }], duplicates: [] },
      { redisUrl: redis.url, outDir, prefix, pollMs: 600_000 },
    );
    const worker = await startWorker({ redisUrl: redis.url, prefix, outDir, ocr: false, handleSignals: false, logger: (await import('pino')).pino({ level: 'silent' }) });
    try {
      const {
        files: [outcome],
      } = await waiting;
      expect(outcome).toMatchObject({ file: encrypted, status: 'failed', error: { code: 'encrypted' } });
      expect(outcome!.error!.message).toContain('page 1 of 1');
      const pages = new Queue(queueNames.pages, { connection, prefix });
      const job = await Job.fromId(pages, pagesJobId(source.sha256, 1, 1));
      // One attempt: a retry would have made two (after a 5 s backoff) before the document finished.
      expect(job?.attemptsMade).toBe(1);
      expect(await job?.getState()).toBe('failed');
      await pages.close();
    } finally {
      await worker.close();
    }
  });

  test('SIGTERM stops a worker cleanly and the run completes on the other', async () => {
    newPrefix();
    const outDir = await tempDir();
    const [first, second] = [spawnCli(workerArgs(outDir)), spawnCli(workerArgs(outDir))];
    await Promise.all([first.waitForLog('worker ready'), second.waitForLog('worker ready')]);
    const enqueue = spawnCli(['enqueue', 'samples/soumu-juten-shisaku-2020.pdf', '--redis', redis.url, '--prefix', prefix, '--out', outDir, '--wait', '--pages-per-job', '1']);

    await first.waitForLog('pages read');
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.logs().map((l) => l.msg)).toContain('worker closed');

    expect(await enqueue.exited, enqueue.output()).toBe(0);
    const report = await readReport(outDir);
    expect(report.files[0]).toMatchObject({ status: 'published', error: null });
    const pageCount = report.files[0]!.pages!;
    // Every page once, some on each worker: none lost with the worker that left (it finished the lane it had).
    const [firstRead, secondRead] = [pageNumbersOf(pagesRead(first)), pageNumbersOf(pagesRead(second))];
    expect(firstRead.length).toBeGreaterThan(0);
    expect(secondRead.length).toBeGreaterThan(0);
    expect([...firstRead, ...secondRead].sort((a, b) => a - b)).toEqual(Array.from({ length: pageCount }, (_, i) => i + 1));
  });
});
