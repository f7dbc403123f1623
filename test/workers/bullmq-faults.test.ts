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
import { pagesJobsDone, readReport, readTree, spawnCli, started, stopCli, withoutTimes } from '../support/cli-process.ts';

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

  const workerArgs = (outDir: string, prefix: string): string[] => ['worker', '--redis', redis.url, '--prefix', prefix, '--out', outDir, '--lock-seconds', '2'];
  const enqueueArgs = (outDir: string, prefix: string): string[] => ['enqueue', catalogue, '--redis', redis.url, '--prefix', prefix, '--out', outDir, '--wait', '--pages-per-job', '1'];

  test('a worker killed with SIGKILL in the middle of a document: the other finishes it, and the output is as a clean run', async () => {
    const prefix = `faults-${randomUUID()}`;
    const outDir = await tempDir();
    const [doomed, survivor] = [spawnCli(workerArgs(outDir, prefix)), spawnCli(workerArgs(outDir, prefix))];
    await Promise.all([doomed.waitForLog('worker ready'), survivor.waitForLog('worker ready')]);
    const enqueue = spawnCli(enqueueArgs(outDir, prefix));

    await doomed.waitForLog('pages job done');
    doomed.child.kill('SIGKILL');
    await doomed.exited;
    expect(doomed.logs().map((l) => l.msg)).not.toContain('worker closed');

    expect(await enqueue.exited, enqueue.output()).toBe(0);
    await expectSameAsEmbedded(outDir);
    // Every page was done by one worker or the other; the document's finish job ran on the survivor.
    // (A worker killed after Redis took its job as done but before it logged so loses that line: the
    // jobs' own record in Redis, below, is the count; the logs say at least who did the rest.)
    const pageCount = (await readReport(outDir)).files[0]!.pages!;
    expect(new Set([...pagesJobsDone(doomed), ...pagesJobsDone(survivor)]).size).toBeGreaterThanOrEqual(pageCount - 1);
    expect(survivor.logs().filter((l) => l.msg === 'documents job done')).toHaveLength(1);
    // The page the killed worker held was taken over once its lock ran out, and done once.
    const pages = new Queue(queueNames.pages, { connection: redisConnectionOptions(redis.url), prefix });
    const completed = await pages.getJobs(['completed']);
    await pages.close();
    expect(completed).toHaveLength(pageCount);
    expect(completed.filter((job) => job.stalledCounter > 0)).toHaveLength(1);
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
