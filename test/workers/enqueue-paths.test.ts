import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmod, copyFile, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { redisConnectionOptions } from '../../workers/bullmq/redis-connection.ts';
import { startWorker } from '../../workers/bullmq/start-worker.ts';
import { startRedisServer, type RedisServer } from '../../tools/redis-server.ts';
import { readReport, spawnCli, started, stopCli } from '../support/cli-process.ts';
import { runCli, type CliResult, type RunCliOptions } from '../support/cli.ts';
import { samplesDir } from '../support/samples.ts';

/**
 * `enqueue` meets paths as `run` does (issue 22 item 5): each path that is no readable file is one
 * line and a run-report entry, the rest queued; and Redis lost while it queues is one line and
 * exit 2, never a stack trace.
 */

const expectNoStack = (output: string): void => {
  expect(output).not.toMatch(/^\s+at /m);
  expect(output).not.toMatch(/^\w*Error: /m);
};
/** Permissions do not bite root: as root the CLI runs without the capabilities that override them (as in bad-paths.test.ts). */
const otherUser: RunCliOptions = process.getuid?.() === 0 ? { wrapper: ['setpriv', '--bounding-set=-dac_override,-dac_read_search', '--'] } : {};
const messages = (result: CliResult): Map<string, { code?: string; msg: string }> =>
  new Map(
    result.stderr
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { file?: string; code?: string; msg: string })
      .filter((l) => l.file !== undefined)
      .map((l) => [l.file!, l]),
  );

describe('enqueue and its paths, against a real redis-server', () => {
  let redis: RedisServer;
  let root: string;
  const bad: Record<string, [code: string, message: string]> = {
    'missing.pdf': ['missing', 'no such file or folder'],
    'fifo.pdf': ['not-a-file', 'not a regular file: it is a FIFO (named pipe)'],
    'loop.pdf': ['symlink-loop', 'symlink loop: too many levels of symbolic links'],
    'locked.pdf': ['permission-denied', 'permission denied'],
  };

  beforeAll(async () => {
    redis = await startRedisServer();
    root = await mkdtemp(join(tmpdir(), 'enqueue-paths-'));
    // Entered by the CLI run without DAC capabilities: the folder must be open to all.
    await chmod(root, 0o755);
    await copyFile(join(samplesDir, 'borderless-table.pdf'), join(root, 'good.pdf'));
    await chmod(join(root, 'good.pdf'), 0o644);
    execFileSync('mkfifo', [join(root, 'fifo.pdf')]);
    await symlink('loop.pdf', join(root, 'loop.pdf'));
    await copyFile(join(samplesDir, 'kangxi-radicals.pdf'), join(root, 'locked.pdf'));
    await chmod(join(root, 'locked.pdf'), 0o000);
    await mkdir(join(root, 'out'), { mode: 0o777 });
    await chmod(join(root, 'out'), 0o777);
  });
  afterAll(async () => {
    await Promise.all(started.splice(0).map(stopCli));
    await redis?.stop();
    await rm(root, { recursive: true, force: true });
  });

  test('each unreadable path is one line, the good file is queued; with --wait each is in the run report', async () => {
    const prefix = `test-${randomUUID()}`;
    const paths = [...Object.keys(bad), 'good.pdf'].map((p) => join(root, p));
    const queued = await runCli(['enqueue', ...paths, '--redis', redis.url, '--prefix', prefix, '--out', join(root, 'out')], otherUser);
    expect(queued.code, queued.stderr).toBe(1);
    expectNoStack(queued.stderr);
    expect(queued.stderr).toContain('queued 1 files, 4 failed at once');
    const lines = messages(queued);
    for (const [path, [code, message]] of Object.entries(bad)) {
      expect(lines.get(join(root, path)), path).toMatchObject({ code, msg: `${join(root, path)}: ${message}` });
    }
    expect(lines.get(join(root, 'good.pdf'))).toMatchObject({ msg: 'queued' });

    // With --wait, and a worker: the report lists every path, as `run`'s does.
    const outDir = join(root, 'out');
    const worker = await startWorker({ redisUrl: redis.url, prefix, outDir, ocr: false, handleSignals: false, logger: pino({ level: 'silent' }) });
    try {
      const waited = await runCli(['enqueue', ...paths, '--redis', redis.url, '--prefix', prefix, '--out', outDir, '--wait'], otherUser);
      expect(waited.code, waited.stderr).toBe(1);
      expectNoStack(waited.stderr);
      expect(waited.stderr).toContain('finished with 4 files failed');
      const report = await readReport(outDir);
      expect(report.files.map((f) => [f.file, f.status, f.error?.code ?? null, f.sha256 === null])).toEqual([
        ...Object.entries(bad).map(([path, [code]]) => [join(root, path), 'failed', code, true]),
        [join(root, 'good.pdf'), 'published', null, false],
      ]);
    } finally {
      await worker.close();
    }
  });

  test('Redis killed while enqueue is queuing: one line saying how many were queued, exit 2, no stack trace', async () => {
    const prefix = `test-${randomUUID()}`;
    const lost = await startRedisServer();
    try {
      // Enough PDFs that queuing them outlasts the kill: each is opened to count its pages first.
      const enqueue = spawnCli(['enqueue', join(samplesDir), join(samplesDir, 'layouts', 'seen'), '--redis', lost.url, '--prefix', prefix, '--out', join(root, 'out')]);
      const client = new Redis({ ...redisConnectionOptions(lost.url), maxRetriesPerRequest: 1, retryStrategy: () => null });
      client.on('error', () => undefined);
      // Killed once the first flow is in Redis.
      while ((await client.keys(`${prefix}:documents:document-*`)).length === 0) {
        if (enqueue.child.exitCode !== null) throw new Error(`enqueue ended before any flow was queued:\n${enqueue.output()}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      client.disconnect();
      await lost.down('SIGKILL');
      expect(await enqueue.exited, enqueue.output()).toBe(2);
      const stderrLines = enqueue.output().split('\n').filter((l) => l !== '' && !l.startsWith('{'));
      expect(stderrLines).toHaveLength(1);
      expect(stderrLines[0]).toMatch(
        new RegExp(`^error: Redis at 127\\.0\\.0\\.1:${lost.port} stopped answering while the files were queued \\(.+\\): \\d+ of \\d+ queued; enqueue them again once it is back$`),
      );
      expectNoStack(enqueue.output());
    } finally {
      await lost.stop();
    }
  });
});
