import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { queueNames } from '../../workers/bullmq/queue-names.ts';
import { redisConnectionOptions } from '../../workers/bullmq/redis-connection.ts';
import { startRedisServer, type RedisServer } from '../../workers/redis-server.ts';
import { repoRoot } from '../support/samples.ts';

describe('the queue dashboard', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  test('`dashboard` serves Bull Board on 127.0.0.1 by default with the pipeline queues, and stops on SIGTERM', async () => {
    const prefix = `test-${randomUUID()}`;
    const queue = new Queue(queueNames.documents, { connection: redisConnectionOptions(redis.url), prefix });
    await queue.add('finish', { fileName: 'waiting.pdf' }, { jobId: 'document-test' });
    const child = spawn(process.execPath, [join(repoRoot, 'bin', 'pdf-opendata.js'), 'dashboard', '--redis', redis.url, '--prefix', prefix, '--port', '0'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      const deadline = Date.now() + 30_000;
      while (!output.includes('\n')) {
        if (child.exitCode !== null || Date.now() > deadline) throw new Error(`The dashboard did not start:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      // Bound to loopback unless told otherwise.
      const base = /^dashboard on (http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(output)?.[1];
      expect(base, output).toBeDefined();

      const page = await fetch(base!);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<html');

      const api = await fetch(`${base!}api/queues?activeQueue=${queueNames.documents}&status=waiting`);
      expect(api.status).toBe(200);
      const body = (await api.json()) as { queues: { name: string; counts: Record<string, number>; jobs: { id: string }[] }[] };
      expect(body.queues.map((q) => q.name).sort()).toEqual(Object.values(queueNames).sort());
      const documents = body.queues.find((q) => q.name === queueNames.documents)!;
      expect(documents.counts.waiting).toBe(1);
      expect(documents.jobs.map((job) => job.id)).toEqual(['document-test']);
    } finally {
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      await queue.obliterate({ force: true });
      await queue.close();
    }
  });
});
