import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readReport, spawnCli, stopCli } from '../support/cli-process.ts';
import { waitRedisFixture, waitSamples as samples } from '../support/wait-redis.ts';

/** `enqueue --wait` when Redis stays away longer than --redis-timeout, or is not there when it starts (restarts: enqueue-wait-redis.test.ts). */
const { tempDir, inputFolder, redisServer } = waitRedisFixture();

describe('enqueue --wait gives up on Redis', () => {
  test('Redis gone for longer than --redis-timeout: one line, exit 2, and a run report naming the documents whose outcome is unknown; once Redis is back, the next wait publishes them and the editions', async () => {
    const redis = await redisServer();
    const [prefix, outDir] = [`wait-redis-${randomUUID()}`, await tempDir()];
    const [done, pending] = [samples[0]!, samples[2]!];
    const input = await inputFolder([done, pending]);
    const workerArgs = ['worker', '--redis', redis.url, '--prefix', prefix, '--out', outDir, '--no-ocr'];
    const enqueueArgs = ['enqueue', input, '--redis', redis.url, '--prefix', prefix, '--out', outDir, '--wait', '--redis-timeout', '2'];
    // One document is done before the wait; the other has no worker to run it.
    const worker = spawnCli(workerArgs);
    await worker.waitForLog('worker ready');
    const first = spawnCli(['enqueue', join(input, done), '--redis', redis.url, '--prefix', prefix, '--out', outDir, '--wait']);
    expect(await first.exited, first.output()).toBe(0);
    await stopCli(worker);

    const enqueue = spawnCli(enqueueArgs);
    await enqueue.waitForLog('document done');
    await redis.down('SIGKILL');

    expect(await enqueue.exited, enqueue.output()).toBe(2);
    const lines = enqueue.output().split('\n').filter((l) => l !== '' && !l.startsWith('{'));
    expect(lines).toEqual([expect.stringMatching(/^error: Redis at 127\.0\.0\.1:\d+ did not answer for \d+ s \(.+\): the outcome of 1 of 2 files is unknown/)]);
    expect(enqueue.output()).not.toMatch(/\n\s+at /);
    const report = await readReport(outDir);
    expect(Object.fromEntries(report.files.map((f) => [basename(f.file), f.status]))).toEqual({ [done]: 'published', [pending]: 'unknown' });
    expect(report.files.find((f) => f.status === 'unknown')?.error?.code).toBe('redis-unreachable');
    // No edition is published while a document may still be on its way.
    expect(report.editions).toEqual([]);

    // Redis back from its file, with the queued flow: a worker runs it, and the next wait publishes all.
    await redis.up();
    spawnCli(workerArgs);
    const again = spawnCli(enqueueArgs);
    expect(await again.exited, again.output()).toBe(0);
    const after = await readReport(outDir);
    expect(Object.fromEntries(after.files.map((f) => [basename(f.file), f.status]))).toEqual({ [done]: 'published', [pending]: 'published' });
    expect(after.editions.map((e) => e.status)).toContain('published');
  }, 120_000);

  test('Redis not there when enqueue starts: one line naming it, exit 2, once --redis-timeout has passed, and nothing written', async () => {
    const redis = await redisServer();
    await redis.down();
    const [input, outDir] = [await inputFolder(samples.slice(0, 1)), await tempDir()];
    const started = Date.now();
    const enqueue = spawnCli(['enqueue', input, '--redis', redis.url, '--out', outDir, '--wait', '--redis-timeout', '2']);
    expect(await enqueue.exited, enqueue.output()).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
    expect(enqueue.output().trim().split('\n')).toEqual([`error: Cannot reach Redis at 127.0.0.1:${redis.port} within 2 s: connect ECONNREFUSED 127.0.0.1:${redis.port}`]);
    expect(await readdir(outDir)).toEqual([]);
  });
});
