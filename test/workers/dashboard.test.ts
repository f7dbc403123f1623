import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { queueNames, queueTitles } from '../../workers/bullmq/queue-names.ts';
import { redisConnectionOptions } from '../../workers/bullmq/redis-connection.ts';
import { startRedisServer, type RedisServer } from '../../tools/redis-server.ts';
import { inChromium } from '../support/chromium.ts';
import { runCli } from '../support/cli.ts';
import { repoRoot, samplesDir } from '../support/samples.ts';

interface Board {
  base: string;
  port: number;
  output: () => string;
  stop: () => Promise<number | null>;
}

/** Starts `pdf-opendata dashboard` as a user would, with `env` added, and waits for its address line. */
async function startBoard(args: readonly string[], env: Record<string, string> = {}): Promise<Board> {
  const child: ChildProcess = spawn(process.execPath, [join(repoRoot, 'bin', 'pdf-opendata.js'), 'dashboard', '--port', '0', ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const stop = async (): Promise<number | null> => {
    child.kill('SIGTERM');
    return exited;
  };
  const deadline = Date.now() + 30_000;
  while (!output.includes('\n')) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`The dashboard did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const base = /^dashboard on (http:\/\/127\.0\.0\.1:(\d+)\/) /m.exec(output);
  if (base === null) {
    await stop();
    throw new Error(`No address in:\n${output}`);
  }
  return { base: base[1]!, port: Number(base[2]), output: () => output, stop };
}

/** A raw request, so Host and Origin can be anything (fetch sets Host itself). */
function send(port: number, method: string, path: string, headers: Record<string, string> = {}, body?: unknown): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method, path, headers: { host: `127.0.0.1:${port}`, ...(payload === undefined ? {} : { 'content-type': 'application/json' }), ...headers } },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** What the attacker posted: a release check naming a private folder. */
const hostileCheck = { name: 'check', data: { sources: { families: [{ id: 'x', folders: ['/private'] }] } } };

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
    const board = await startBoard(['--redis', redis.url, '--prefix', prefix]);
    try {
      expect(board.output()).toContain('(read-only)');
      const page = await fetch(board.base);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<html');

      const api = await fetch(`${board.base}api/queues?activeQueue=${queueNames.documents}&status=waiting`);
      expect(api.status).toBe(200);
      const body = (await api.json()) as { queues: { name: string; readOnlyMode: boolean; counts: Record<string, number>; jobs: { id: string }[] }[] };
      expect(body.queues.map((q) => q.name).sort()).toEqual(Object.values(queueNames).sort());
      // The UI offers no buttons on a read-only board.
      expect(body.queues.every((q) => q.readOnlyMode)).toBe(true);
      const documents = body.queues.find((q) => q.name === queueNames.documents)!;
      expect(documents.counts.waiting).toBe(1);
      expect(documents.jobs.map((job) => job.id)).toEqual(['document-test']);
    } finally {
      expect(await board.stop()).toBe(0);
      await queue.obliterate({ force: true });
      await queue.close();
    }
  });

  test('speaks Japanese (Bull Board’s ja-JP locale) with the queues’ names, and lists a queued PDF’s jobs by its file name', { timeout: 120_000 }, async () => {
    const prefix = `test-${randomUUID()}`;
    const queued = await runCli(['enqueue', join(samplesDir, 'vertical-text.pdf'), '--redis', redis.url, '--prefix', prefix, '--pages-per-job', '1']);
    expect(queued.code, queued.stderr).toBe(0);
    const board = await startBoard(['--redis', redis.url, '--prefix', prefix]);
    const shots = await mkdtemp(join(tmpdir(), 'dashboard-'));
    try {
      const page = await (await fetch(board.base)).text();
      expect(JSON.parse(/<script id="__UI_CONFIG__" type="application\/json">(.*?)<\/script>/su.exec(page)![1]!)).toMatchObject({ boardTitle: 'pdf-opendata', locale: { lng: 'ja-JP' } });
      const body = (await (await fetch(`${board.base}api/queues?activeQueue=${queueNames.documents}&status=waiting`)).json()) as { queues: { name: string; displayName: string; description: string; jobs: { id: string; name: string }[] }[] };
      for (const [key, name] of Object.entries(queueNames)) {
        const queue = body.queues.find((q) => q.name === name)!;
        expect(queue.displayName).toBe(queueTitles[key as keyof typeof queueNames].displayName);
        expect(queue.description).toContain(prefix);
      }
      // The job is named after its file; its id stays the content's.
      const documents = body.queues.find((q) => q.name === queueNames.documents)!;
      expect(documents.jobs.map((job) => job.name)).toEqual(['vertical-text.pdf']);
      expect(documents.jobs[0]!.id).toMatch(/^document-[0-9a-f]{64}$/u);
      // No worker has split it yet: its pages jobs (named as in test/workers/bullmq-split.test.ts) are to come.
      // As a browser shows it: Bull Board's own Japanese words and the queues' Japanese names.
      const dom = await inChromium(`${board.base}`, join(shots, 'dashboard.png'), 8_000);
      for (const words of ['キューを絞り込み', '子ジョブ待機中', 'ワーカーなし', ...Object.values(queueTitles).map((t) => t.displayName)]) expect(dom).toContain(words);
      expect(dom).not.toContain('Waiting');
    } finally {
      await board.stop();
      await rm(shots, { recursive: true, force: true });
      for (const name of Object.values(queueNames)) await new Queue(name, { connection: redisConnectionOptions(redis.url), prefix }).obliterate({ force: true });
    }
  });

  test('by default every write route is refused (403) and nothing reaches the queues', async () => {
    const prefix = `test-${randomUUID()}`;
    const releases = new Queue(queueNames.releases, { connection: redisConnectionOptions(redis.url), prefix });
    const board = await startBoard(['--redis', redis.url, '--prefix', prefix]);
    try {
      expect((await send(board.port, 'POST', `/api/queues/${queueNames.releases}/add`, {}, hostileCheck)).status).toBe(403);
      expect((await send(board.port, 'PUT', `/api/queues/${queueNames.documents}/retry/failed`)).status).toBe(403);
      expect((await send(board.port, 'PUT', '/api/queues/pause')).status).toBe(403);
      expect((await send(board.port, 'DELETE', `/api/queues/${queueNames.documents}/obliterate`)).status).toBe(403);
      expect(await releases.count()).toBe(0);
    } finally {
      await board.stop();
      await releases.close();
    }
  });

  test('a Host header that does not name the board is refused (DNS rebinding), and so is a write from another origin', async () => {
    const board = await startBoard(['--redis', redis.url, '--prefix', `test-${randomUUID()}`]);
    try {
      expect((await send(board.port, 'GET', '/api/queues', { host: `attacker.example:${board.port}` })).status).toBe(403);
      expect((await send(board.port, 'GET', '/', { host: `127.0.0.1:${board.port + 1}` })).status).toBe(403);
      for (const host of [`localhost:${board.port}`, `127.0.0.1:${board.port}`, `[::1]:${board.port}`]) {
        expect((await send(board.port, 'GET', '/api/queues', { host })).status, host).toBe(200);
      }
      const foreign = await send(board.port, 'PUT', '/api/queues/pause', { origin: 'http://attacker.example' });
      expect(foreign.status).toBe(403);
      expect(foreign.text).toContain('another site');
    } finally {
      await board.stop();
    }
  });

  test('with --allow-actions and --token-env, writes need the token (401 without), and a browser keeps it in a cookie', async () => {
    const prefix = `test-${randomUUID()}`;
    const token = `t-${randomUUID()}`;
    const releases = new Queue(queueNames.releases, { connection: redisConnectionOptions(redis.url), prefix });
    const board = await startBoard(['--redis', redis.url, '--prefix', prefix, '--allow-actions', '--token-env', 'BOARD_TOKEN'], { BOARD_TOKEN: token });
    const add = `/api/queues/${queueNames.releases}/add`;
    try {
      expect(board.output()).toContain('(actions allowed, token required)');
      expect((await send(board.port, 'POST', add, {}, hostileCheck)).status).toBe(401);
      expect((await send(board.port, 'POST', add, { authorization: `Bearer ${token}x` }, hostileCheck)).status).toBe(401);
      expect((await send(board.port, 'GET', '/api/queues')).status).toBe(401);
      expect(await releases.count()).toBe(0);

      const paused = await send(board.port, 'PUT', `/api/queues/${queueNames.releases}/pause`, { authorization: `Bearer ${token}`, origin: board.base.slice(0, -1) });
      expect(paused.status).toBe(200);
      expect(await releases.isPaused()).toBe(true);

      // A browser opens /?token= once: the token moves to an HttpOnly cookie and leaves the address.
      const opened = await send(board.port, 'GET', `/?token=${token}`);
      expect(opened.status).toBe(303);
      expect(opened.headers.location).toBe('/');
      const cookie = String(opened.headers['set-cookie']).split(';')[0]!;
      expect(String(opened.headers['set-cookie'])).toMatch(/HttpOnly/i);
      expect((await send(board.port, 'GET', '/api/queues', { cookie })).status).toBe(200);
    } finally {
      await board.stop();
      await releases.obliterate({ force: true });
      await releases.close();
    }
  });

  test('with a token but without --allow-actions, a write carrying the token is still refused (403)', async () => {
    const token = `t-${randomUUID()}`;
    const board = await startBoard(['--redis', redis.url, '--prefix', `test-${randomUUID()}`, '--token-env', 'BOARD_TOKEN'], { BOARD_TOKEN: token });
    try {
      const answer = await send(board.port, 'POST', `/api/queues/${queueNames.releases}/add`, { authorization: `Bearer ${token}` }, hostileCheck);
      expect(answer.status).toBe(403);
      expect(answer.text).toContain('read-only');
    } finally {
      await board.stop();
    }
  });

  test('it refuses to start beyond loopback without a token, and actions without a token: one line, exit 2', async () => {
    for (const args of [['--host', '0.0.0.0'], ['--allow-actions'], ['--token-env', 'PDF_OPENDATA_UNSET_TOKEN']]) {
      const result = await runCli(['dashboard', '--redis', redis.url, '--port', '0', ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), result.stderr).toHaveLength(1);
      expect(result.stderr).toMatch(/^error: /);
      expect(result.stderr).not.toContain('    at ');
    }
  });
});
