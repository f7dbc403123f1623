import { randomUUID } from 'node:crypto';
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { startRedisServer, type RedisServer } from '../../tools/redis-server.ts';
import { readReport, readTree, spawnCli, started, stopCli, withoutTimes, type CliProcess } from '../support/cli-process.ts';
import { samplesDir } from '../support/samples.ts';

/**
 * `enqueue --wait` against a Redis that goes away: a real redis-server (append-only file on) shut
 * down and started again from its file on the same port, real worker processes, copies of three
 * small text-layer samples (2, 5 and 27 pages; the last a 施策集 with records and an edition).
 */
const samples = ['kangxi-radicals.pdf', 'calc-list-local5g-jisshou.pdf', 'soumu-shisaku-fy2021.pdf'];

let tempDirs: string[] = [];
let servers: RedisServer[] = [];
const tempDir = async (): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), 'pdf-opendata-wait-redis-'));
  tempDirs.push(dir);
  return dir;
};
const inputFolder = async (names: readonly string[]): Promise<string> => {
  const dir = await tempDir();
  await Promise.all(names.map((name) => copyFile(join(samplesDir, name), join(dir, name))));
  return dir;
};
const redisServer = async (): Promise<RedisServer> => {
  const server = await startRedisServer({ appendOnly: true });
  servers.push(server);
  return server;
};
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

/** SIGTERM, and SIGKILL after 10 s: a process left hanging by a failed test must not outlive it, nor keep its Redis alive. */
const stopWithin = async (cli: CliProcess): Promise<void> => {
  const timer = setTimeout(() => cli.child.kill('SIGKILL'), 10_000);
  await stopCli(cli);
  clearTimeout(timer);
};

afterEach(async () => {
  await Promise.all(started.splice(0).map(stopWithin));
  await Promise.all(servers.splice(0).map((s) => s.stop()));
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  tempDirs = [];
});

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
