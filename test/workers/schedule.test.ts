import { randomUUID } from 'node:crypto';
import { copyFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { documentId } from '../../pipeline/ingest/document-id.ts';
import { sha256Hex } from '../../pipeline/ingest/ingest-sources.ts';
import type { SourcesFile } from '../../schemas/types.ts';
import type { FinishJobData, FinishJobResult } from '../../workers/bullmq/job-types.ts';
import type { CheckJobData, CheckJobResult } from '../../workers/bullmq/process-check-job.ts';
import { queueNames } from '../../workers/bullmq/queue-names.ts';
import { redisConnectionOptions } from '../../workers/bullmq/redis-connection.ts';
import { releaseCheckSchedulerId, scheduleReleaseChecks } from '../../workers/bullmq/schedule-releases.ts';
import { startWorker, type RunningWorker } from '../../workers/bullmq/start-worker.ts';
import { startRedisServer, type RedisServer } from '../../tools/redis-server.ts';
import { sourcesCacheDir } from '../../workers/sources/check-sources.ts';
import { registerSources } from '../../workers/sources/registered-sources.ts';
import { runCli } from '../support/cli.ts';
import { startReleaseServer, type ReleaseServer } from '../support/release-server.ts';
import { samplesDir } from '../support/samples.ts';

const kangxi = 'kangxi-radicals.pdf';
const calcList = 'calc-list-local5g-jisshou.pdf';

/** Polls until `condition` holds; fails with `what` after `timeoutMs`. */
async function until(what: string, condition: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Still waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('scheduled release checks against a real redis-server and a loopback site', () => {
  let redis: RedisServer;
  let server: ReleaseServer;
  let worker: RunningWorker | undefined;
  let siteDir: string;
  let outDir: string;
  const prefix = `test-${randomUUID()}`;

  beforeAll(async () => {
    redis = await startRedisServer();
    siteDir = await mkdtemp(join(tmpdir(), 'pdf-opendata-site-'));
    outDir = await mkdtemp(join(tmpdir(), 'pdf-opendata-out-'));
    server = await startReleaseServer(siteDir);
  });
  afterAll(async () => {
    await worker?.close();
    await server?.close();
    await redis?.stop();
    await Promise.all([siteDir, outDir].map((dir) => rm(dir, { recursive: true, force: true })));
  });

  test('the scheduler picks up a new PDF, a worker publishes it, and an unchanged one is not queued again', async () => {
    const connection = redisConnectionOptions(redis.url);
    const documents = new Queue<FinishJobData, FinishJobResult>(queueNames.documents, { connection, prefix });
    const releases = new Queue<CheckJobData, CheckJobResult>(queueNames.releases, { connection, prefix });
    const published = async (file: string): Promise<boolean> => {
      const done = await documents.getJobs(['completed']);
      return done.some((job) => job.data.fileName === file && job.returnvalue.status === 'published');
    };
    const completedChecks = async (): Promise<CheckJobResult[]> =>
      (await releases.getJobs(['completed'])).sort((a, b) => a.timestamp - b.timestamp).map((job) => job.returnvalue);
    try {
      await copyFile(join(samplesDir, kangxi), join(siteDir, kangxi));
      worker = await startWorker({ redisUrl: redis.url, prefix, outDir, ocr: false, handleSignals: false, logger: pino({ level: 'silent' }) });
      const sources: SourcesFile = { families: [{ id: 'samples', release_pages: [`${server.origin}/releases.html`], allowed_hosts: [server.host] }] };
      const registered = await registerSources(sourcesCacheDir(outDir), sources, 'test sources');
      await scheduleReleaseChecks({ redisUrl: redis.url, prefix, registered, repeat: { every: 500 } });

      await until(`${kangxi} published`, () => published(kangxi));
      const kangxiSha = sha256Hex(await readFile(join(samplesDir, kangxi)));
      expect((await stat(join(outDir, 'documents', documentId(kangxi, kangxiSha), 'document.json'))).isFile()).toBe(true);

      // Later checks find the page and the PDF unchanged (304) and queue nothing.
      const before = (await completedChecks()).length;
      await until('two more checks', async () => (await completedChecks()).length >= before + 2);
      const later = (await completedChecks()).slice(before);
      for (const check of later) expect(check).toMatchObject({ queued: [], failures: [], downloads: 0 });

      await copyFile(join(samplesDir, calcList), join(siteDir, calcList));
      await until(`${calcList} published`, () => published(calcList));
      const queued = (await completedChecks()).flatMap((check) => check.queued.map((q) => q.url));
      expect(queued).toEqual([`${server.origin}/files/${kangxi}`, `${server.origin}/files/${calcList}`]);
      // Each document ran once.
      expect((await documents.getJobs(['completed', 'failed'])).map((job) => job.data.fileName).sort()).toEqual([calcList, kangxi]);
    } finally {
      await Promise.all([documents.close(), releases.close()]);
    }
  });

  /** A sources file naming one PDF of the site by its URL. */
  const writeSourcesFile = async (): Promise<string> => {
    const file = join(outDir, 'sources.yaml');
    await writeFile(file, `families:\n  - id: samples\n    pdf_urls: ["${server.origin}/files/${kangxi}"]\n    allowed_hosts: ["${server.host}"]\n`);
    return file;
  };

  test('`schedule` registers one scheduler per prefix (running it again replaces it) and the sources file in --out, naming it by hash in the job', async () => {
    const cliPrefix = `test-${randomUUID()}`;
    const sourcesFile = await writeSourcesFile();
    const schedule = (cron: string) =>
      runCli(['schedule', '--sources', sourcesFile, '--out', outDir, '--cron', cron, '--tz', 'Asia/Tokyo', '--redis', redis.url, '--prefix', cliPrefix]);
    const first = await schedule('0 6 * * *');
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain('release checks scheduled (0 6 * * *) for samples; next at ');
    expect((await schedule('30 7 * * 1-5')).code).toBe(0);

    const releases = new Queue(queueNames.releases, { connection: redisConnectionOptions(redis.url), prefix: cliPrefix });
    try {
      expect(await releases.getJobSchedulersCount()).toBe(1);
      const scheduler = await releases.getJobScheduler(releaseCheckSchedulerId);
      expect(scheduler).toMatchObject({ pattern: '30 7 * * 1-5', tz: 'Asia/Tokyo' });
      // The job carries a name and a hash, not the sources: the worker reads them from --out.
      const data = scheduler?.template?.data as Record<string, unknown>;
      expect(Object.keys(data).sort()).toEqual(['sha256', 'sourcesId']);
      const registered = await readFile(join(sourcesCacheDir(outDir), 'registered', `${String(data.sha256)}.json`));
      expect(sha256Hex(registered)).toBe(data.sha256);
      expect(JSON.parse(registered.toString('utf8'))).toEqual({ families: [{ id: 'samples', pdf_urls: [`${server.origin}/files/${kangxi}`], allowed_hosts: [server.host] }] });
      const removed = await runCli(['schedule', '--remove', '--redis', redis.url, '--prefix', cliPrefix]);
      expect(removed.stderr).toContain('release checks unscheduled');
      expect(await releases.getJobSchedulersCount()).toBe(0);
    } finally {
      await releases.obliterate({ force: true });
      await releases.close();
    }
  });

  test('`enqueue --sources` queues what is new once', async () => {
    const cliPrefix = `test-${randomUUID()}`;
    const cacheOut = await mkdtemp(join(tmpdir(), 'pdf-opendata-out-'));
    const sourcesFile = await writeSourcesFile();
    const enqueue = () => runCli(['enqueue', '--sources', sourcesFile, '--redis', redis.url, '--prefix', cliPrefix, '--out', cacheOut]);
    const documents = new Queue<FinishJobData>(queueNames.documents, { connection: redisConnectionOptions(redis.url), prefix: cliPrefix });
    try {
      const first = await enqueue();
      expect(first.code, first.stderr).toBe(0);
      expect(first.stderr).toContain('queued 1 files');
      const second = await enqueue();
      expect(second.stderr).toContain('queued 0 files');
      // Waiting for a worker to count its pages.
      expect((await documents.getJobs(['waiting'])).map((job) => job.data.fileName)).toEqual([kangxi]);
    } finally {
      await documents.obliterate({ force: true });
      await documents.close();
      await rm(cacheOut, { recursive: true, force: true });
    }
  });
  test('a worker never takes sources from a job: a check naming a folder, an unregistered hash or a changed file fails for good and publishes nothing', async () => {
    const jobPrefix = `test-${randomUUID()}`;
    const jobOut = await mkdtemp(join(tmpdir(), 'pdf-opendata-out-'));
    const privateDir = await mkdtemp(join(tmpdir(), 'pdf-opendata-private-'));
    await copyFile(join(samplesDir, kangxi), join(privateDir, kangxi));
    const releases = new Queue(queueNames.releases, { connection: redisConnectionOptions(redis.url), prefix: jobPrefix });
    const documents = new Queue(queueNames.documents, { connection: redisConnectionOptions(redis.url), prefix: jobPrefix });
    const jobWorker = await startWorker({ redisUrl: redis.url, prefix: jobPrefix, outDir: jobOut, ocr: false, handleSignals: false, logger: pino({ level: 'silent' }) });
    try {
      const folderSources: SourcesFile = { families: [{ id: 'x', folders: [privateDir] }] };
      // A file registered properly, then edited behind the scheduler's back.
      const changed = await registerSources(sourcesCacheDir(jobOut), folderSources, 'changed');
      await writeFile(join(sourcesCacheDir(jobOut), 'registered', `${changed.sha256}.json`), JSON.stringify({ families: [{ id: 'y', folders: ['/'] }] }));
      const hostile = [
        { sources: folderSources },
        { sources: folderSources, sourcesId: 'x', sha256: 'f'.repeat(64) },
        { sourcesId: 'x', sha256: '../../../etc/passwd' },
        { ...changed, sources: folderSources },
      ];
      for (const [i, data] of hostile.entries()) await releases.add('check', data, { jobId: `hostile-${i}`, attempts: 3 });
      await until('every hostile check failed', async () => (await releases.getFailedCount()) === hostile.length);
      for (const job of await releases.getJobs(['failed'])) {
        // Unrecoverable: no retry.
        expect(job.attemptsMade, job.id).toBe(1);
        expect(job.failedReason, job.id).toMatch(/^Cannot check the releases: .*register the sources file with `schedule --sources FILE --out DIR`$/);
      }
      expect((await releases.getJob('hostile-0'))!.failedReason).toContain('names no registered sources file');
      expect((await releases.getJob('hostile-1'))!.failedReason).toContain('is registered in');
      expect((await releases.getJob('hostile-3'))!.failedReason).toContain('has changed since it was registered');
      expect(await documents.count()).toBe(0);
      await expect(stat(join(jobOut, 'documents'))).rejects.toThrow(/ENOENT/);
    } finally {
      await jobWorker.close();
      await Promise.all([releases.obliterate({ force: true }), documents.obliterate({ force: true })]);
      await Promise.all([releases.close(), documents.close()]);
      await Promise.all([jobOut, privateDir].map((dir) => rm(dir, { recursive: true, force: true })));
    }
  });
});
