import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunReport } from '../../schemas/types.ts';
import { runCli } from '../support/cli.ts';

const readReport = async (outDir: string): Promise<RunReport> => JSON.parse(await readFile(join(outDir, 'run-report.json'), 'utf8')) as RunReport;

/** What the reading and publishing of a document loads, and an unchanged re-run has no use for. */
const notNeeded = [/\/node_modules\/pdfjs-dist\//, /\/node_modules\/tesseract\.js\//, /\/node_modules\/ajv\//, /\/node_modules\/kuromoji\//, /\/node_modules\/@napi-rs\/canvas\//, /\/publish-editions\.(js|ts)$/];

describe('a run again on unchanged sources into the same folder', () => {
  let outDir: string;
  let first: RunReport;
  const reruns: { report: RunReport; modules: string[] }[] = [];
  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'pdf-opendata-rerun-'));
    const args = ['run', 'samples/soumu-shisaku-fy2021.pdf', '--out', outDir, '--log', 'json'];
    const run = await runCli(args);
    expect(run.code, run.stderr).toBe(0);
    first = await readReport(outDir);
    for (let i = 0; i < 2; i++) {
      const log = join(outDir, '..', `${outDir.split('/').at(-1)}-modules-${i}.txt`);
      const again = await runCli(args, { nodeOptions: ['--import', './test/support/module-log/register.mjs'], env: { PDF_OPENDATA_MODULE_LOG: log } });
      expect(again.code, again.stderr).toBe(0);
      reruns.push({ report: await readReport(outDir), modules: (await readFile(log, 'utf8')).split('\n').filter(Boolean) });
      await rm(log);
    }
  }, 240_000);
  afterAll(() => rm(outDir, { recursive: true, force: true }));

  test('finds the folder as the last run left it: the same fingerprint, every document and edition unchanged', () => {
    expect(first.editions.map((e) => e.status)).toEqual(['published']);
    for (const { report } of reruns) {
      expect(report.files.map((f) => f.status)).toEqual(['unchanged']);
      expect(report.editions.map((e) => [e.dataset, e.edition, e.status])).toEqual(first.editions.map((e) => [e.dataset, e.edition, 'unchanged']));
    }
    // The second re-run met the folder exactly as the first left it, so it reused that run's editions.
    expect(reruns[1]!.report.output_fingerprint).toBe(reruns[0]!.report.output_fingerprint);
  });

  test('loads neither pdf.js, OCR, schema validation, the tokenizer nor the edition publisher', () => {
    const { modules } = reruns[1]!;
    // The log is real: the CLI itself is in it.
    expect(modules.some((url) => /\/workers\/cli\.(js|ts)$/.test(url))).toBe(true);
    expect(modules.filter((url) => notNeeded.some((pattern) => pattern.test(url)))).toEqual([]);
  });
});
