import { copyFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { pino } from 'pino';
import { afterEach, describe, expect, test } from 'vitest';
import { documentId } from '../../pipeline/ingest/document-id.ts';
import { sha256Hex } from '../../pipeline/ingest/ingest-sources.ts';
import type { RunReport } from '../../schemas/types.ts';
import type { FinishJobData, FinishJobResult } from '../../workers/bullmq/job-types.ts';
import { queueNames } from '../../workers/bullmq/queue-names.ts';
import { redisConnectionOptions } from '../../workers/bullmq/redis-connection.ts';
import { startWorker, type RunningWorker } from '../../workers/bullmq/start-worker.ts';
import { startRedisServer } from '../../tools/redis-server.ts';
import type { SourcesState } from '../../workers/sources/sources-state.ts';
import { runCli } from '../support/cli.ts';
import { startReleaseServer, type ReleaseServerOptions } from '../support/release-server.ts';
import { samplesDir } from '../support/samples.ts';

const kangxi = 'kangxi-radicals.pdf';
const calcList = 'calc-list-local5g-jisshou.pdf';
const notAPdf = join(samplesDir, 'bad', 'html-503-error.pdf');

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((clean) => clean()));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pdf-opendata-retry-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A loopback site serving copies of the given samples: its origin and its `host:port`. */
async function site(names: readonly string[], options: ReleaseServerOptions): Promise<{ origin: string; host: string }> {
  const dir = await tempDir();
  for (const name of names) await copyFile(join(samplesDir, name), join(dir, name));
  const server = await startReleaseServer(dir, options);
  cleanups.push(() => server.close());
  return server;
}

const readState = async (out: string): Promise<SourcesState> => JSON.parse(await readFile(join(out, '.sources', 'state.json'), 'utf8')) as SourcesState;
const readReport = async (out: string): Promise<RunReport> => JSON.parse(await readFile(join(out, 'run-report.json'), 'utf8')) as RunReport;
const sha256Of = async (name: string): Promise<string> => sha256Hex(await readFile(join(samplesDir, name)));

describe('sources that failed are tried again at the next check', () => {
  test('a download that timed out twice and one over the size limit: retried, counted in state.json, listed, then published', async () => {
    const { origin, host } = await site([kangxi, calcList], { faults: { [`/files/${kangxi}`]: ['stall', 'stall'], [`/files/${calcList}`]: ['oversize'] } });
    const dir = await tempDir();
    const out = join(dir, 'out');
    const sourcesFile = join(dir, 'sources.yaml');
    await writeFile(sourcesFile, `families:\n  - id: samples\n    release_pages: ["${origin}/releases.html"]\n    allowed_hosts: ["${host}"]\n`);
    const check = () => runCli(['run', '--sources', sourcesFile, '--out', out, '--no-ocr', '--log', 'json', '--fetch-timeout', '1', '--max-file-mb', '1']);
    const kangxiUrl = `${origin}/files/${kangxi}`;
    const calcUrl = `${origin}/files/${calcList}`;

    const first = await check();
    expect(first.code, first.stderr).toBe(1);
    expect(first.stderr).toContain(`${kangxiUrl}: timed out (failed this check; tried again at the next)`);
    expect(first.stderr).toContain(`${calcUrl}: too large`);
    expect(first.stderr).toContain('; 2 sources to retry at the next check)');
    let state = await readState(out);
    expect(state.known).toEqual([]);
    expect(state.retrying[kangxiUrl]).toMatchObject({ family: 'samples', attempts: 1, last_reason: 'timed out' });
    expect(state.retrying[calcUrl]).toMatchObject({ family: 'samples', attempts: 1 });
    expect(state.retrying[calcUrl]!.last_reason).toMatch(/^too large: /);

    const second = await check();
    expect(second.code, second.stderr).toBe(1);
    expect(second.stderr).toContain(`${kangxiUrl}: timed out (failed 2 checks in a row; tried again at the next)`);
    expect((await readReport(out)).files.map((f) => [basename(f.file), f.status])).toEqual([[calcList, 'published']]);
    state = await readState(out);
    expect(Object.keys(state.retrying)).toEqual([kangxiUrl]);
    expect(state.retrying[kangxiUrl]!.attempts).toBe(2);

    const third = await check();
    expect(third.code, third.stderr).toBe(0);
    const report = await readReport(out);
    expect(report.files.map((f) => [basename(f.file), f.status])).toEqual([[kangxi, 'published']]);
    expect((await stat(join(out, 'documents', report.files[0]!.document_id!, 'provenance.json'))).isFile()).toBe(true);
    state = await readState(out);
    expect(state.retrying).toEqual({});
    expect(state.known).toEqual([await sha256Of(kangxi), await sha256Of(calcList)].sort());
  });

  test('a file that failed a processing limit is handed on again (even where the server answers 304); one that is not a PDF is not', async () => {
    const { origin, host } = await site([calcList], {});
    const dir = await tempDir();
    const folder = join(dir, 'incoming');
    await mkdir(folder);
    await copyFile(notAPdf, join(folder, 'notice.pdf'));
    const out = join(dir, 'out');
    const sourcesFile = join(dir, 'sources.yaml');
    const calcUrl = `${origin}/files/${calcList}`;
    await writeFile(sourcesFile, `families:\n  - id: samples\n    pdf_urls: ["${calcUrl}"]\n    folders: ["incoming/"]\n    allowed_hosts: ["${host}"]\n`);
    const check = (...limits: string[]) => runCli(['run', '--sources', sourcesFile, '--out', out, '--no-ocr', '--log', 'json', ...limits]);

    // 5 pages over a 4-page limit: the limit may be raised, so the file is not settled.
    const first = await check('--max-pages', '4');
    expect(first.code, first.stderr).toBe(1);
    expect((await readReport(out)).files.map((f) => [basename(f.file), f.status, f.error?.code])).toEqual([
      [calcList, 'failed', 'too-many-pages'],
      ['notice.pdf', 'failed', 'not-a-pdf'],
    ]);
    expect(first.stderr).toContain(`${calcUrl}: `);
    expect(first.stderr).toContain('; 1 sources to retry at the next check)');
    const state = await readState(out);
    expect(Object.keys(state.retrying)).toEqual([calcUrl]);
    expect(state.known).toEqual([sha256Hex(await readFile(notAPdf))]);

    const second = await check();
    expect(second.code, second.stderr).toBe(0);
    const report = await readReport(out);
    // The PDF is published; the file that is not a PDF is not tried again.
    expect(report.files.map((f) => [basename(f.file), f.status])).toEqual([[calcList, 'published']]);
    expect((await readState(out)).retrying).toEqual({});
  });

  test('in the distributed mode, a queued PDF that fails in a worker for a limit is handed on again at the next check', async () => {
    const redis = await startRedisServer();
    const prefix = `test-${randomUUID()}`;
    const { origin, host } = await site([kangxi], {});
    const dir = await tempDir();
    const out = join(dir, 'out');
    const sourcesFile = join(dir, 'sources.yaml');
    const url = `${origin}/files/${kangxi}`;
    await writeFile(sourcesFile, `families:\n  - id: samples\n    pdf_urls: ["${url}"]\n    allowed_hosts: ["${host}"]\n`);
    const check = () => runCli(['enqueue', '--sources', sourcesFile, '--redis', redis.url, '--prefix', prefix, '--out', out]);
    const documents = new Queue<FinishJobData, FinishJobResult>(queueNames.documents, { connection: redisConnectionOptions(redis.url), prefix });
    const workers: RunningWorker[] = [];
    // In order: the workers and the queue let go of Redis before it stops.
    cleanups.push(async () => {
      await Promise.all(workers.map((w) => w.close()));
      await documents.close();
      await redis.stop();
    });
    const finished = async (status: string): Promise<void> => {
      const deadline = Date.now() + 60_000;
      while (!(await documents.getJobs(['completed'])).some((job) => job.returnvalue?.status === status)) {
        if (Date.now() > deadline) throw new Error(`No document job ${status}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    const worker = async (limits: { maxPixelsPerPage?: number }): Promise<RunningWorker> => {
      const started = await startWorker({ redisUrl: redis.url, prefix, outDir: out, ocr: false, handleSignals: false, logger: pino({ level: 'silent' }), limits });
      workers.push(started);
      return started;
    };

    // A worker whose pixel limit no page meets: every page quarantined, the document failed.
    const strict = await worker({ maxPixelsPerPage: 1 });
    expect((await check()).stderr).toContain('queued 1 files');
    await finished('failed');
    await strict.close();

    const second = await check();
    expect(second.stderr).toContain('queued 0 files');
    expect(second.stderr).toContain(`${url}: in a worker: `);
    expect(second.stderr).toContain('(failed this check; tried again at the next)');
    let state = await readState(out);
    expect(state.known).toEqual([]);
    expect(state.retrying[url]).toMatchObject({ family: 'samples', attempts: 1 });

    await worker({});
    expect((await check()).stderr).toContain('queued 1 files');
    await finished('published');
    const sha256 = await sha256Of(kangxi);
    expect((await stat(join(out, 'documents', documentId(kangxi, sha256), 'provenance.json'))).isFile()).toBe(true);
    expect((await check()).stderr).toContain('queued 0 files');
    state = await readState(out);
    expect(state.known).toEqual([sha256]);
    expect(state.retrying).toEqual({});
  });
});
