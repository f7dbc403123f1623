import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentText, RecordSet, RunReport } from '../../schemas/types.ts';
import { runCli, type CliResult } from './cli.ts';
import { loadTruths, missingInOrder, samplesDir } from './samples.ts';

/** One `run` of the CLI over some of samples/*.pdf, as a test file's beforeAll left it. */
export interface SamplesRun {
  /** The command line after `run` (the PDFs, then the output flags): to run it again. */
  args: string[];
  outDir: string;
  result: CliResult;
  report: RunReport;
  document: (fileName: string) => Promise<DocumentText>;
  records: (fileName: string) => Promise<RecordSet>;
}

/**
 * Runs the CLI (OCR on) over the sample PDFs `select` picks and describes what every sample is
 * checked for against its truth: published, its pages, its text in reading order, its record names.
 * The samples are run in two files (the scans apart) so that two forks share them; together they
 * take every PDF in samples/.
 */
export function describeSamplesRun(title: string, select: (fileName: string) => boolean): SamplesRun {
  const run = {} as SamplesRun;
  const truths = loadTruths().filter((t) => select(t.file));
  const documentId = (fileName: string): string => {
    const id = run.report.files.find((f) => f.file.endsWith(`/${fileName}`))?.document_id;
    if (id == null) throw new Error(`${fileName} was not published`);
    return id;
  };
  const readJson = async <T>(fileName: string, name: string): Promise<T> => JSON.parse(await readFile(join(run.outDir, 'documents', documentId(fileName), name), 'utf8')) as T;
  run.document = (fileName) => readJson<DocumentText>(fileName, 'document.json');
  run.records = (fileName) => readJson<RecordSet>(fileName, 'records.json');

  describe(`pdf-opendata run ${title}`, () => {
    let pdfs: string[];
    beforeAll(async () => {
      pdfs = (await readdir(samplesDir)).filter((f) => f.endsWith('.pdf') && select(f)).sort();
      run.outDir = await mkdtemp(join(tmpdir(), 'run-samples-'));
      run.args = [...pdfs.map((f) => join('samples', f)), '--out', run.outDir, '--log', 'json'];
      run.result = await runCli(['run', ...run.args]);
      run.report = JSON.parse(await readFile(join(run.outDir, 'run-report.json'), 'utf8')) as RunReport;
    }, 600_000);

    it('publishes every one of these sample PDFs and exits 0', () => {
      expect(run.result.stderr).toContain('finished (');
      expect(run.result.code).toBe(0);
      expect(pdfs.length).toBeGreaterThanOrEqual(truths.length);
      for (const pdf of pdfs) expect(run.report.files.find((f) => f.file.endsWith(`/${pdf}`))?.status, pdf).toBe('published');
    });

    it('gives each document as many pages as the truth says', async () => {
      for (const truth of truths) expect((await run.document(truth.file)).pages.length, truth.file).toBe(truth.page_count);
    });

    describe.each(truths.map((t) => [t.file, t] as const))('%s', (file, truth) => {
      it('has the truth strings of every text page on that page, in reading order', async () => {
        const document = await run.document(file);
        const problems: string[] = [];
        for (const { page, texts } of truth.page_texts) {
          const read = document.pages[page - 1];
          if (read?.method !== 'text') continue;
          const missing = missingInOrder(read.lines.map((l) => l.text).join('\n'), texts);
          if (missing.length > 0) problems.push(`page ${page}: ${missing.map((m) => JSON.stringify(m)).join(', ')}`);
        }
        expect(problems).toEqual([]);
      });

      it('reads at least 85% of the truth strings of OCR pages, each within 10% of its characters', async () => {
        const document = await run.document(file);
        let expected = 0;
        const missed: string[] = [];
        for (const { page, texts } of truth.page_texts) {
          const read = document.pages[page - 1];
          if (read === undefined || read.method === 'text') continue;
          expected += texts.length;
          missed.push(...missingInOrder(read.lines.map((l) => l.text).join('\n'), texts, 0.1).map((m) => `page ${page}: ${m}`));
        }
        expect(missed.length, missed.join('\n')).toBeLessThanOrEqual(Math.floor(0.15 * expected));
      });

      it('has every record name on its first page', async () => {
        const document = await run.document(file);
        const records = [...truth.policies.map((p) => ({ name: p.name, page: p.pages[0]! })), ...truth.cases.map((c) => ({ name: c.title, page: c.pages[0]! }))];
        const missing = records.filter(({ name, page }) => {
          const read = document.pages[page - 1];
          const text = read?.lines.map((l) => l.text).join('\n') ?? '';
          // OCR may misread a character in ten; the eval measures its error rate.
          return missingInOrder(text, [name], read?.method === 'text' ? 0 : 0.1).length > 0;
        });
        expect(missing).toEqual([]);
      });
    });
  });
  return run;
}

/** How each record of a published sample was read: its method and mean OCR confidence. */
export const readMethods = async (run: SamplesRun, fileName: string): Promise<[string, number | null][]> =>
  (await run.records(fileName)).records.map((r) => [r.source.method, r.source.ocr_confidence]);
