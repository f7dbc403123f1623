import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunReport } from '../../schemas/types.ts';
import { finishRun } from '../../pipeline/run/finish-run.ts';
import { runCli } from '../support/cli.ts';

const readReport = async (outDir: string): Promise<RunReport> => JSON.parse(await readFile(join(outDir, 'run-report.json'), 'utf8')) as RunReport;

describe('finishing a run while some outcomes are unknown', () => {
  let outDir: string;
  let published: RunReport;
  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'pdf-opendata-finish-'));
    // A 施策集: one document and its edition in the output folder.
    const run = await runCli(['run', 'samples/soumu-shisaku-fy2021.pdf', '--out', outDir, '--no-ocr', '--log', 'json']);
    expect(run.code, run.stderr).toBe(0);
    published = await readReport(outDir);
  }, 120_000);
  afterAll(() => rm(outDir, { recursive: true, force: true }));

  test('publishes no edition, and the next run, on the same folder, does not take that for its editions being up to date', async () => {
    expect(published.editions.map((e) => e.status)).toEqual(['published']);
    const [file] = published.files;
    const unknown = await finishRun(outDir, [{ ...file!, status: 'unknown', error: { code: 'redis-unreachable', message: 'outcome unknown' } }], published.started_at);
    expect(unknown.editions).toEqual([]);

    // Nothing changed on disk since: the editions are there, and said so.
    const next = await finishRun(outDir, published.files, published.started_at);
    expect(next.editions.map((e) => [e.dataset, e.edition, e.status])).toEqual(published.editions.map((e) => [e.dataset, e.edition, 'unchanged']));
  });
});
