import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FlowProducer } from 'bullmq';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SourceError } from '../../pipeline/errors.ts';
import { ingestSources } from '../../pipeline/ingest/ingest-sources.ts';
import { extractPages } from '../../workers/thread-pages.ts';
import { documentFlow } from '../../workers/bullmq/enqueue-documents.ts';
import { redisConnectionOptions } from '../../workers/bullmq/redis-connection.ts';
import { SourceStore } from '../../workers/bullmq/source-store.ts';
import { startWorker } from '../../workers/bullmq/start-worker.ts';
import { waitForDocuments } from '../../workers/bullmq/wait-for-documents.ts';
import { startRedisServer, type RedisServer } from '../../tools/redis-server.ts';
import { readReport, spawnCli, started, stopCli } from '../support/cli-process.ts';
import { runCli } from '../support/cli.ts';

/**
 * A bug is never blamed on the input: a document it stops is `internal-error` in the run report,
 * its stack in the log, exit status 2, and the other documents are published; pdf.js failing on a
 * damaged page is still the page's fault. The bug is planted with `--import` (test/support/stage-bug/):
 * the tables stage throws a TypeError on two-page documents.
 */

const buggy = 'samples/kangxi-radicals.pdf'; // two pages: the planted bug bites
const good = 'samples/borderless-table.pdf'; // one page
const twoBadPages = 'samples/bad-but-readable/pages-2-and-3-unreadable.pdf';
const plantBug = ['--import', './test/support/stage-bug/register.mjs'];
const internal = /^internal error \(a bug in pdf-opendata, not a fault of the input\): Cannot read properties of undefined/;

const tempDirs: string[] = [];
const tempDir = async (): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), 'pdf-opendata-internal-'));
  tempDirs.push(dir);
  return dir;
};
const publishedIds = async (outDir: string): Promise<string[]> => (await readdir(join(outDir, 'documents'))).filter((d) => d !== 'index.json' && !d.startsWith('.'));

afterAll(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('embedded run', () => {
  test('a bug fails its document as internal-error with its stack logged; the other document is published; exit 2', async () => {
    const outDir = await tempDir();
    const result = await runCli(['run', buggy, good, '--out', outDir, '--log', 'json', '--no-ocr'], { nodeOptions: plantBug });
    expect(result.code, result.stderr).toBe(2);
    const report = await readReport(outDir);
    const [bug, fine] = report.files;
    expect(bug).toMatchObject({ file: buggy, status: 'failed', error: { code: 'internal-error' } });
    expect(bug!.error!.message).toMatch(internal);
    expect(bug!.error!.message).not.toContain('cannot read the PDF');
    expect(fine).toMatchObject({ file: good, status: 'published', error: null });
    expect(await publishedIds(outDir)).toEqual([fine!.document_id]);

    const logged = result.stderr.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
    const line = logged.find((l) => l.code === 'internal-error');
    expect(line).toMatchObject({ level: 50, file: buggy });
    // The stack says where the bug is, for whoever fixes it.
    expect(String(line!.stack)).toMatch(/^TypeError: .*\n\s+at findTables \(.*find-tables-with-a-bug\.mjs/);
    expect(result.stderr).toMatch(/finished with 1 files failed, 1 by an internal error \(a bug: its stack is in the log\)/);
  });

  test('in the page thread, a failure of pdf.js on a damaged page quarantines it, and a bug (an invalid page request) is thrown with its stack', async () => {
    const { documents } = await ingestSources([twoBadPages, buggy]);
    const [damaged, twoPages] = documents;
    // Page 2 breaks pdf.js's parser (its RangeError comes back as an UnknownErrorException).
    const read = await extractPages(damaged!, [1, 2]);
    expect(read.layouts.map((l) => l.page.number)).toEqual([1]);
    expect(read.quarantined).toMatchObject([{ number: 2, code: 'damaged', message: 'damaged PDF: cannot read page 2: Maximum call stack size exceeded' }]);
    const error = await extractPages(twoPages!, [3]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(SourceError);
    expect((error as Error).message).toBe('Invalid page request.');
    expect((error as Error).stack).toMatch(/page-thread\.ts/);
  });
});

describe('BullMQ against a real redis-server', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => {
    await Promise.all(started.splice(0).map(stopCli));
    await redis?.stop();
  });

  test('a bug in a finish job: enqueue --wait reports internal-error, the worker logs its stack, the other document is published; exit 2', async () => {
    const prefix = `test-${randomUUID()}`;
    const outDir = await tempDir();
    const worker = spawnCli(['worker', '--redis', redis.url, '--prefix', prefix, '--out', outDir, '--no-ocr'], plantBug);
    await worker.waitForLog('worker ready', 60_000);
    const enqueue = spawnCli(['enqueue', buggy, good, '--redis', redis.url, '--prefix', prefix, '--out', outDir, '--wait']);
    expect(await enqueue.exited, enqueue.output()).toBe(2);

    const report = await readReport(outDir);
    const [bug, fine] = report.files;
    expect(bug).toMatchObject({ file: buggy, status: 'failed', error: { code: 'internal-error' } });
    expect(bug!.error!.message).toMatch(internal);
    expect(fine).toMatchObject({ file: good, status: 'published' });
    expect(enqueue.output()).toContain("1 by an internal error (a bug: its stack is in the worker's log)");
    const failed = worker.logs().filter((l) => l.msg === 'documents job failed: internal error');
    expect(failed.length).toBeGreaterThan(0);
    expect(String(failed[0]!.stack)).toMatch(/^TypeError: .*\n\s+at findTables \(.*find-tables-with-a-bug\.mjs/);
  });

  test('a bug in a pages job (a page the PDF does not have): the document fails as internal-error, not as unreadable', async () => {
    const prefix = `test-${randomUUID()}`;
    const outDir = await tempDir();
    const connection = redisConnectionOptions(redis.url);
    const { documents } = await ingestSources([buggy]);
    const source = documents[0]!;
    const store = new SourceStore(connection, prefix);
    await store.put(source.sha256, source.bytes);
    await store.close();
    // As if enqueue had a bug: three pages asked of a two-page PDF.
    const flows = new FlowProducer({ connection, prefix });
    const added = await flows.add(documentFlow(source, 3, { prefix, pagesPerJob: 1, attempts: 1, backoffMs: 1000, keepSeconds: 600 }));
    await flows.close();
    const worker = await startWorker({ redisUrl: redis.url, prefix, outDir, ocr: false, handleSignals: false, logger: pino({ level: 'silent' }) });
    try {
      const {
        files: [outcome],
      } = await waitForDocuments(
        { unreadable: [], documents: [{ path: buggy, fileName: source.fileName, sha256: source.sha256, jobId: added.job.id!, pageCount: 3, failure: null }], duplicates: [] },
        { redisUrl: redis.url, outDir, prefix },
      );
      expect(outcome).toMatchObject({ file: buggy, status: 'failed', error: { code: 'internal-error' } });
      expect(outcome!.error!.message).toBe('internal error (a bug in pdf-opendata, not a fault of the input): Invalid page request. (page 3 of 3)');
    } finally {
      await worker.close();
    }
  });
});
