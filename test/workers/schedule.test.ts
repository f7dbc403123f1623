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
import { startRedisServer, type RedisServer } from '../../workers/redis-server.ts';
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
      const sources: SourcesFile = { families: [{ id: 'samples', release_pages: [`${server.origin}/releases.html`], allowed_hosts: ['127.0.0.1'] }] };
      await scheduleReleaseChecks({ redisUrl: redis.url, prefix, sources, repeat: { every: 500 } });

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
    await writeFile(file, `families:\n  - id: samples\n    pdf_urls: ["${server.origin}/files/${kangxi}"]\n    allowed_hosts: ["127.0.0.1"]\n`);
    return file;
  };

  test('`schedule` registers one scheduler per prefix: running it again replaces it', async () => {
    const cliPrefix = `test-${randomUUID()}`;
    const sourcesFile = await writeSourcesFile();
    const schedule = (cron: string) => runCli(['schedule', '--sources', sourcesFile, '--cron', cron, '--tz', 'Asia/Tokyo', '--redis', redis.url, '--prefix', cliPrefix]);
    const first = await schedule('0 6 * * *');
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain('release checks scheduled (0 6 * * *) for samples; next at ');
    expect((await schedule('30 7 * * 1-5')).code).toBe(0);

    const releases = new Queue(queueNames.releases, { connection: redisConnectionOptions(redis.url), prefix: cliPrefix });
    try {
      expect(await releases.getJobSchedulersCount()).toBe(1);
      expect(await releases.getJobScheduler(releaseCheckSchedulerId)).toMatchObject({ pattern: '30 7 * * 1-5', tz: 'Asia/Tokyo' });
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
      expect((await documents.getJobs(['waiting-children'])).map((job) => job.data.fileName)).toEqual([kangxi]);
    } finally {
      await documents.obliterate({ force: true });
      await documents.close();
      await rm(cacheOut, { recursive: true, force: true });
    }
  });
});
