import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { queueNames } from '../../workers/bullmq/queue-names.ts';
import { redisConnectionOptions } from '../../workers/bullmq/redis-connection.ts';
import { startRedisServer, type RedisServer } from '../../tools/redis-server.ts';
import { pagesJobsDone, pagesRead, readReport, spawnCli, started, stopCli } from '../support/cli-process.ts';
import { runCli } from '../support/cli.ts';

const calcList = 'samples/calc-list-local5g-jisshou.pdf';
const encrypted = 'samples/bad/encrypted-user-password.pdf';

/** The documents job is split by the worker that takes it: `enqueue` queues a document without opening it. */
describe('a document split into pages jobs by a worker', () => {
  let redis: RedisServer;
  let outDir: string;
  const prefix = `test-${randomUUID()}`;
  beforeAll(async () => {
    redis = await startRedisServer();
    outDir = await mkdtemp(join(tmpdir(), 'pdf-opendata-split-'));
  });
  afterAll(async () => {
    await Promise.all(started.splice(0).map(stopCli));
    await redis?.stop();
    await rm(outDir, { recursive: true, force: true });
  });

  test('enqueue loads no pdf.js; the worker counts the pages, runs their jobs and publishes; a PDF that cannot be opened fails its job', async () => {
    const queue = ['enqueue', calcList, encrypted, '--redis', redis.url, '--prefix', prefix, '--out', outDir, '--pages-per-job', '2'];
    const log = `${outDir}-enqueue-modules.txt`;
    const queued = await runCli(queue, { nodeOptions: ['--import', './test/support/module-log/register.mjs'], env: { PDF_OPENDATA_MODULE_LOG: log } });
    expect(queued.code, queued.stderr).toBe(0);
    const modules = (await readFile(log, 'utf8')).split('\n').filter(Boolean);
    await rm(log);
    expect(modules.some((url) => /\/workers\/bullmq\/enqueue-documents\.(js|ts)$/.test(url))).toBe(true);
    expect(modules.filter((url) => /\/node_modules\/pdfjs-dist\//.test(url))).toEqual([]);

    // No worker yet: nobody has counted the pages.
    const before = await runCli(['status', '--redis', redis.url, '--prefix', prefix]);
    expect(before.stdout).toContain('calc-list-local5g-jisshou.pdf (pages not counted yet): waiting, page jobs 0/0 done');

    const worker = spawnCli(['worker', '--redis', redis.url, '--prefix', prefix, '--out', outDir]);
    await worker.waitForLog('worker ready');
    // The same files again, waited for: their jobs are the ones queued above.
    const waited = await runCli([...queue, '--wait']);
    expect(waited.code, waited.stderr).toBe(1);
    const report = await readReport(outDir);
    expect(report.files.map((f) => [f.file, f.status, f.pages, f.error?.code ?? null])).toEqual([
      [calcList, 'published', 5, null],
      [encrypted, 'failed', null, 'encrypted'],
    ]);
    // One worker, one lane over the five pages, claimed two at a time: pages 1-2, 3-4 and 5, in order, each once.
    expect(pagesJobsDone(worker)).toEqual([expect.stringMatching(/^pages-[0-9a-f]{64}-1-5$/)]);
    expect(pagesRead(worker).map(({ first, last }) => `${first}-${last}`)).toEqual(['1-2', '3-4', '5-5']);
    // Listed by their file and pages, as on the dashboard.
    const pages = new Queue(queueNames.pages, { connection: redisConnectionOptions(redis.url), prefix });
    expect((await pages.getJobs(['completed'])).map((job) => job.name)).toEqual(['calc-list-local5g-jisshou.pdf p.1-5']);
    await pages.close();
    const after = await runCli(['status', '--redis', redis.url, '--prefix', prefix]);
    expect(after.stdout).toContain('calc-list-local5g-jisshou.pdf (5 pages): published, page jobs 1/1 done');
  });
});
