import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { startRedisServer, type RedisServer } from '../../tools/redis-server.ts';
import { readReport, spawnCli, started, stopCli } from '../support/cli-process.ts';
import { samplesDir } from '../support/samples.ts';

/** Two small text-layer samples (3 and 5 pages): enough for two documents, quick to process. */
const samples = ['kangxi-radicals.pdf', 'calc-list-local5g-jisshou.pdf'];

describe('re-publishing checks the output folder, not only the completed jobs', () => {
  let redis: RedisServer;
  let tempDirs: string[] = [];
  const tempDir = async (): Promise<string> => {
    const dir = await mkdtemp(join(tmpdir(), 'pdf-opendata-republish-'));
    tempDirs.push(dir);
    return dir;
  };
  /** A folder holding copies of the samples, as a user's input folder. */
  const inputFolder = async (): Promise<string> => {
    const dir = await tempDir();
    await Promise.all(samples.map((name) => copyFile(join(samplesDir, name), join(dir, name))));
    return dir;
  };

  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterEach(async () => {
    await Promise.all(started.splice(0).map(stopCli));
    await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
    tempDirs = [];
  });
  afterAll(async () => {
    await redis?.stop();
  });

  test('enqueue --wait, the output folder deleted, enqueue --wait again: every document is published again and its folder exists', async () => {
    const prefix = `test-${randomUUID()}`;
    const input = await inputFolder();
    const outDir = join(await tempDir(), 'output');
    await mkdir(outDir);
    const worker = spawnCli(['worker', '--redis', redis.url, '--prefix', prefix, '--out', outDir, '--no-ocr']);
    await worker.waitForLog('worker ready');
    const enqueue = async (...flags: string[]): Promise<{ code: number | null; output: string }> => {
      const cli = spawnCli(['enqueue', input, '--redis', redis.url, '--prefix', prefix, '--out', outDir, '--wait', ...flags]);
      return { code: await cli.exited, output: cli.output() };
    };
    const expectPublished = async (): Promise<void> => {
      const report = await readReport(outDir);
      expect(report.files.map((f) => f.status)).toEqual(['published', 'published']);
      for (const file of report.files) {
        expect((await stat(join(outDir, 'documents', file.document_id!, 'provenance.json'))).isFile(), file.file).toBe(true);
        expect((await stat(join(outDir, 'documents', file.document_id!, 'document.json'))).isFile(), file.file).toBe(true);
      }
      const index = JSON.parse(await readFile(join(outDir, 'documents', 'index.json'), 'utf8')) as unknown[];
      expect(index).toHaveLength(2);
    };

    const first = await enqueue();
    expect(first.code, first.output).toBe(0);
    await expectPublished();
    // kangxi-radicals.pdf is a page of the FY2021 catalogue without its cover: no date, no edition.
    expect(first.output).toContain('1 document in no edition: no date on the cover');

    // The output folder is lost; Redis still holds the completed flows (kept 7 days).
    await rm(outDir, { recursive: true });
    await mkdir(outDir);
    const second = await enqueue();
    expect(second.code, second.output).toBe(0);
    expect(second.output).toContain('2 published');
    await expectPublished();
    // Each document was finished twice by the worker: the second enqueue did not reuse the first run.
    expect(worker.logs().filter((l) => l.msg === 'documents job done')).toHaveLength(4);

    // With the folders in place, a third enqueue reuses the completed flows: nothing runs again; the
    // date it gives the coverless document publishes that document's edition.
    const third = await enqueue('--edition-date', '2021-03-31');
    expect(third.code, third.output).toBe(0);
    expect(third.output).toContain('new editions: soumu-shisaku-fy2021/2021-03-31/r1');
    expect(third.output).not.toContain('in no edition');
    expect(worker.logs().filter((l) => l.msg === 'documents job done')).toHaveLength(4);
  });

  test('a worker publishing into another folder than enqueue --out: the document is reported not published, never "published"', async () => {
    const prefix = `test-${randomUUID()}`;
    const input = await inputFolder();
    const [workerOut, enqueueOut] = [await tempDir(), await tempDir()];
    const worker = spawnCli(['worker', '--redis', redis.url, '--prefix', prefix, '--out', workerOut, '--no-ocr']);
    await worker.waitForLog('worker ready');
    const enqueue = spawnCli(['enqueue', join(input, samples[0]!), '--redis', redis.url, '--prefix', prefix, '--out', enqueueOut, '--wait']);
    expect(await enqueue.exited, enqueue.output()).toBe(1);
    const report = await readReport(enqueueOut);
    expect(report.files).toHaveLength(1);
    expect(report.files[0]).toMatchObject({ status: 'failed', error: { code: 'not-published' } });
    expect(report.files[0]!.error!.message).toContain(`its folder is not in ${enqueueOut}: does every worker use this --out?`);
  });
});
