import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readReport, readTree, spawnCli, started, stopCli, withoutTimes, type CliProcess } from '../support/cli-process.ts';
import { waitRedisFixture, waitSamples as samples } from '../support/wait-redis.ts';

/**
 * `enqueue --wait` against a Redis that goes away: a real redis-server (append-only file on) shut
 * down and started again from its file on the same port, real worker processes. Redis gone for
 * good, or not there at the start: enqueue-wait-redis-timeout.test.ts.
 */
const { tempDir, inputFolder, redisServer } = waitRedisFixture();

/** Waits until a process has logged `msg` at least `count` times. */
const logged = async (cli: CliProcess, msg: string, count: number, timeoutMs = 60_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (cli.logs().filter((l) => l.msg === msg).length < count) {
    if (cli.child.exitCode !== null || Date.now() > deadline) throw new Error(`Not ${count} "${msg}" log lines:\n${cli.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

/** The output folder's files but the run report, as text, with each edition manifest's `published_at` left out. */
const publishedFiles = async (outDir: string): Promise<Map<string, string>> => {
  const files = new Map<string, string>();
  for (const [path, bytes] of await readTree(outDir)) {
    if (path === 'run-report.json') continue;
    files.set(path, basename(path) === 'manifest.json' ? bytes.toString('utf8').replace(/"published_at": "[^"]*"/, '') : bytes.toString('base64'));
  }
  return files;
};

describe('enqueue --wait survives Redis', () => {
  test('Redis shut down while the wait has nothing yet, then killed in the middle of the run, each time restarted from its append-only file: the same run report and editions as a run without a restart', async () => {
    const redis = await redisServer();
    const input = await inputFolder(samples);
    const workerArgs = (prefix: string, outDir: string): string[] => ['worker', '--redis', redis.url, '--prefix', prefix, '--out', outDir, '--no-ocr'];
    const enqueueArgs = (prefix: string, outDir: string): string[] => ['enqueue', input, '--redis', redis.url, '--prefix', prefix, '--out', outDir, '--wait', '--pages-per-job', '1'];

    // The run without a restart.
    const [cleanPrefix, cleanOut] = [`wait-redis-${randomUUID()}`, await tempDir()];
    await spawnCli(workerArgs(cleanPrefix, cleanOut)).waitForLog('worker ready');
    const clean = spawnCli(enqueueArgs(cleanPrefix, cleanOut));
    expect(await clean.exited, clean.output()).toBe(0);
    await Promise.all(started.splice(0).map(stopCli));

    const [prefix, outDir] = [`wait-redis-${randomUUID()}`, await tempDir()];
    const enqueue = spawnCli(enqueueArgs(prefix, outDir));
    await logged(enqueue, 'queued', samples.length);
    // Redis' own SHUTDOWN (SIGTERM) while the wait has every document to come: no worker runs yet.
    await redis.down('SIGTERM');
    await enqueue.waitForLog('Redis lost: reconnecting');
    await redis.up();
    await enqueue.waitForLog('Redis back');

    // A crash (SIGKILL) once the worker is in the middle of the run.
    const worker = spawnCli(workerArgs(prefix, outDir));
    await logged(worker, 'pages job done', 3);
    await redis.down('SIGKILL');
    await redis.up();

    expect(await enqueue.exited, enqueue.output()).toBe(0);
    expect(enqueue.output()).toContain('finished (3 files');
    const [report, cleanReport] = [await readReport(outDir), await readReport(cleanOut)];
    expect(report.files.map((f) => f.status)).toEqual(['published', 'published', 'published']);
    expect(report.files.find((f) => f.file.endsWith('soumu-shisaku-fy2021.pdf'))?.records).toBe(21);
    expect(withoutTimes(report)).toEqual(withoutTimes(cleanReport));
    expect(report.editions.length).toBeGreaterThan(0);
    // Every published file, editions included, byte for byte; but the time a manifest was written.
    const [tree, cleanTree] = [await publishedFiles(outDir), await publishedFiles(cleanOut)];
    expect([...tree.keys()].sort()).toEqual([...cleanTree.keys()].sort());
    for (const [path, text] of cleanTree) expect(tree.get(path), path).toBe(text);
    expect(worker.child.exitCode).toBeNull();
  }, 240_000);
});
