import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { RecordSet } from '../../schemas/types.ts';
import { queueNames } from '../../workers/bullmq/queue-names.ts';
import { redisConnectionOptions } from '../../workers/bullmq/redis-connection.ts';
import { startRedisServer, type RedisServer } from '../../tools/redis-server.ts';
import { pageNumbersOf, pagesRead, readReport, readTree, spawnCli, started, stopCli, withoutTimes } from '../support/cli-process.ts';

/**
 * Faults a distributed run must survive, with a real redis-server and real worker processes: a
 * worker killed in the middle of a document, Redis restarted in the middle of a run. Either way
 * the run completes, and publishes what an embedded run publishes.
 */
const catalogue = 'samples/soumu-juten-shisaku-2020.pdf';
let embeddedOut: string;
let tempDirs: string[] = [];

const tempDir = async (): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), 'pdf-opendata-faults-'));
  tempDirs.push(dir);
  return dir;
};

/** The queued run's documents and report equal the embedded run's, byte for byte; its records once each. */
async function expectSameAsEmbedded(queuedOut: string): Promise<void> {
  const queued = await readTree(join(queuedOut, 'documents'));
  const embedded = await readTree(join(embeddedOut, 'documents'));
  expect([...queued.keys()].sort()).toEqual([...embedded.keys()].sort());
  for (const [path, bytes] of embedded) expect(queued.get(path)?.equals(bytes), path).toBe(true);
  expect(withoutTimes(await readReport(queuedOut))).toEqual(withoutTimes(await readReport(embeddedOut)));
  const [file] = (await readReport(queuedOut)).files;
  const records = JSON.parse(await readFile(join(queuedOut, 'documents', file!.document_id!, 'records.json'), 'utf8')) as RecordSet;
  const ids = records.records.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toHaveLength(50);
}

beforeAll(async () => {
  embeddedOut = await mkdtemp(join(tmpdir(), 'pdf-opendata-faults-embedded-'));
  const run = spawnCli(['run', catalogue, '--out', embeddedOut, '--log', 'json']);
  expect(await run.exited, run.output()).toBe(0);
}, 120_000);

afterEach(async () => {
  await Promise.all(started.splice(0).map(stopCli));
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  tempDirs = [];
});

afterAll(() => rm(embeddedOut, { recursive: true, force: true }));

describe('a distributed run under faults', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedisServer({ appendOnly: true });
  });
  afterAll(() => redis?.stop());

  // A short lock, so the killed worker's jobs are taken over soon; not so short that a live worker busy
  // reading records on a loaded machine misses renewing it (at 2 s a finish job lapsed and ran twice).
  const workerArgs = (outDir: string, prefix: string): string[] => ['worker', '--redis', redis.url, '--prefix', prefix, '--out', outDir, '--lock-seconds', '5'];
  const enqueueArgs = (outDir: string, prefix: string): string[] => ['enqueue', catalogue, '--redis', redis.url, '--prefix', prefix, '--out', outDir, '--wait', '--pages-per-job', '1'];

  test('a worker killed with SIGKILL in the middle of a document: the other finishes it, and the output is as a clean run', async () => {
    const prefix = `faults-${randomUUID()}`;
    const outDir = await tempDir();
    const [doomed, survivor] = [spawnCli(workerArgs(outDir, prefix)), spawnCli(workerArgs(outDir, prefix))];
    await Promise.all([doomed.waitForLog('worker ready'), survivor.waitForLog('worker ready')]);
    const enqueue = spawnCli(enqueueArgs(outDir, prefix));

    // Mid-lane: the doomed worker has read a page of the document and claimed more.
    await doomed.waitForLog('pages read');
    doomed.child.kill('SIGKILL');
    await doomed.exited;
    expect(doomed.logs().map((l) => l.msg)).not.toContain('worker closed');

    expect(await enqueue.exited, enqueue.output()).toBe(0);
    await expectSameAsEmbedded(outDir);
    // The document's finish job ran on the survivor; the lane the killed worker held was taken over
    // once its lock ran out, and done once: the survivor read its claims again, in the order they
    // were made, then went on.
    expect(survivor.logs().filter((l) => l.msg === 'documents job done')).toHaveLength(1);
    const pages = new Queue(queueNames.pages, { connection: redisConnectionOptions(redis.url), prefix });
    const completed = await pages.getJobs(['completed']);
    await pages.close();
    const takenOver = completed.filter((job) => job.stalledCounter > 0);
    expect(takenOver).toHaveLength(1);
    const doomedRead = pagesRead(doomed).filter((r) => r.job === takenOver[0]!.id);
    const survivorRead = pagesRead(survivor).filter((r) => r.job === takenOver[0]!.id);
    expect(doomedRead.length).toBeGreaterThan(0);
    expect(survivorRead.slice(0, doomedRead.length)).toEqual(doomedRead);
    // Every page read once but for those read again, and each lane's claims in order from its end.
    const pageCount = (await readReport(outDir)).files[0]!.pages!;
    const everyPage = Array.from({ length: pageCount }, (_, i) => i + 1);
    expect([...new Set(pageNumbersOf([...pagesRead(doomed), ...pagesRead(survivor)]))].sort((a, b) => a - b)).toEqual(everyPage);
    const survivorPages = pageNumbersOf(survivorRead);
    expect(survivorPages).toEqual([...survivorPages].sort((a, b) => (takenOver[0]!.data.lane === 1 ? a - b : b - a)));
  }, 180_000);

  test('Redis restarted (append-only file on) in the middle of a run: no job is lost and the run completes', async () => {
    const prefix = `faults-${randomUUID()}`;
    const outDir = await tempDir();
    const worker = spawnCli(workerArgs(outDir, prefix));
    await worker.waitForLog('worker ready');
    const enqueue = spawnCli(enqueueArgs(outDir, prefix));

    await worker.waitForLog('pages job done');
    await redis.restart(1_000);

    expect(await enqueue.exited, enqueue.output()).toBe(0);
    await expectSameAsEmbedded(outDir);
    expect(worker.child.exitCode).toBeNull();
  }, 180_000);
});
