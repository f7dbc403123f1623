import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { startRedisServer, type RedisServer } from '../../tools/redis-server.ts';
import { pageNumbersOf, pagesRead, readReport, spawnCli, started, stopCli, type PagesRead } from '../support/cli-process.ts';
import { runCli } from '../support/cli.ts';

/**
 * Per-document affinity of pages jobs, with two real worker processes on a real redis-server: a
 * document's pages stay with the worker that opened it, and another worker reads some of them only
 * when it has nothing else to do, from the document's end.
 */
const documents = ['samples/soumu-juten-shisaku-2020.pdf', 'samples/digiden-koufukin-jireishu-2022.pdf'];

let redis: RedisServer;
let outDir: string;
beforeAll(async () => {
  redis = await startRedisServer();
  outDir = await mkdtemp(join(tmpdir(), 'pdf-opendata-affinity-'));
});
afterEach(async () => {
  await Promise.all(started.splice(0).map(stopCli));
});
afterAll(async () => {
  await redis?.stop();
  await rm(outDir, { recursive: true, force: true });
});

/** Whether `pages` are `first`, `first + 1` … with no gap. */
const isRun = (pages: readonly number[]): boolean => pages.every((page, i) => i === 0 || page === pages[i - 1]! + 1);

test('two workers and two documents: each document read by the worker that opened it, the other reading at most its end, every page once', async () => {
  const prefix = `affinity-${randomUUID()}`;
  const enqueueArgs = ['enqueue', ...documents, '--redis', redis.url, '--prefix', prefix, '--out', outDir, '--pages-per-job', '2'];
  // Both documents queued before any worker looks: a worker idle while the second is still being
  // queued rightly helps with the first.
  expect((await runCli(enqueueArgs)).code).toBe(0);
  const workers = [0, 1].map(() => spawnCli(['worker', '--redis', redis.url, '--prefix', prefix, '--out', outDir, '--no-ocr']));
  await Promise.all(workers.map((w) => w.waitForLog('worker ready')));
  // The same files, waited for: their jobs are the ones queued above.
  const enqueue = spawnCli([...enqueueArgs, '--wait']);
  expect(await enqueue.exited, enqueue.output()).toBe(0);
  const report = await readReport(outDir);
  expect(report.files.map((f) => f.status)).toEqual(['published', 'published']);

  const read = workers.map(pagesRead);
  const readers: number[] = [];
  for (const file of report.files) {
    const of = (runs: PagesRead[]): number[] => pageNumbersOf(runs.filter((r) => r.file === basename(file.file)));
    const [byFirst, bySecond] = read.map(of);
    // Every page once.
    expect([...byFirst!, ...bySecond!].sort((a, b) => a - b)).toEqual(Array.from({ length: file.pages! }, (_, i) => i + 1));
    // The worker that read page 1 read from the front, in order, with no gap; the other, if it
    // helped, a block at the end.
    const [owner, helper] = byFirst!.includes(1) ? [byFirst!, bySecond!] : [bySecond!, byFirst!];
    expect(isRun(owner)).toBe(true);
    expect(owner[0]).toBe(1);
    if (helper.length > 0) expect(isRun([...helper].sort((a, b) => a - b)) && Math.max(...helper) === file.pages).toBe(true);
    readers.push(helper.length > 0 ? 2 : 1);
  }
  // Pages jobs of 2 pages handed to whichever worker was free had both workers read both documents;
  // now the worker that finishes first helps with one document's end at most.
  const who = read.map((runs, i) => `worker ${i + 1}: ${runs.map((r) => `${r.file} p.${r.first}-${r.last}`).join(', ')}`);
  expect(readers.reduce((a, b) => a + b), who.join('\n')).toBeLessThanOrEqual(3);
}, 120_000);
