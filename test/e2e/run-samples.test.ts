import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentText, RecordSet, RunReport } from '../../schemas/types.ts';
import { runCli, type CliResult } from '../support/cli.ts';
import { loadTruths, missingInOrder, samplesDir } from '../support/samples.ts';

const truths = loadTruths();
let outDir: string;
let firstRun: CliResult;
let report: RunReport;

async function publishedDocument(fileName: string): Promise<DocumentText> {
  const entry = report.files.find((f) => f.file.endsWith(`/${fileName}`));
  if (entry?.document_id == null) throw new Error(`${fileName} was not published`);
  return JSON.parse(await readFile(join(outDir, 'documents', entry.document_id, 'document.json'), 'utf8')) as DocumentText;
}

describe('pdf-opendata run samples/', () => {
  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'run-samples-'));
    firstRun = await runCli(['run', 'samples/', '--out', outDir, '--log', 'json']);
    report = JSON.parse(await readFile(join(outDir, 'run-report.json'), 'utf8')) as RunReport;
  }, 600_000);

  it('publishes every sample PDF and exits 0', async () => {
    expect(firstRun.stderr).toContain('finished (');
    expect(firstRun.code).toBe(0);
    const pdfs = (await readdir(samplesDir)).filter((f) => f.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThanOrEqual(truths.length);
    for (const pdf of pdfs) {
      expect(report.files.find((f) => f.file.endsWith(`/${pdf}`))?.status, pdf).toBe('published');
    }
  });

  it('gives each document as many pages as the truth says', async () => {
    for (const truth of truths) {
      const document = await publishedDocument(truth.file);
      expect(document.pages.length, truth.file).toBe(truth.page_count);
    }
  });

  it('says how each policy was read: OCR with its mean confidence for the scans, the text layer for born-digital PDFs', async () => {
    const methods = async (fileName: string): Promise<[string, number | null][]> => {
      const id = report.files.find((f) => f.file.endsWith(`/${fileName}`))!.document_id!;
      const records = JSON.parse(await readFile(join(outDir, 'documents', id, 'records.json'), 'utf8')) as RecordSet;
      return records.records.map((r) => [r.source.method, r.source.ocr_confidence]);
    };
    const scanned = await methods('scanned-shisaku-fy2021-pages.pdf');
    expect(scanned).toHaveLength(4);
    for (const [method, confidence] of scanned) {
      expect(method).toBe('ocr');
      expect(confidence).toBeGreaterThan(50);
    }
    expect(new Set((await methods('soumu-shisaku-fy2021.pdf')).map(([method, confidence]) => `${method} ${confidence}`))).toEqual(new Set(['text null']));
  });

  describe.each(truths.map((t) => [t.file, t] as const))('%s', (file, truth) => {
    it('has the truth strings of every text page on that page, in reading order', async () => {
      const document = await publishedDocument(file);
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
      const document = await publishedDocument(file);
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
      const document = await publishedDocument(file);
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

  it('publishes nothing new when run again on the same files', async () => {
    const again = await runCli(['run', 'samples/', '--out', outDir, '--log', 'json']);
    expect(again.code).toBe(0);
    const second = JSON.parse(await readFile(join(outDir, 'run-report.json'), 'utf8')) as RunReport;
    expect(second.files.filter((f) => f.status === 'published')).toEqual([]);
    expect(second.files.filter((f) => f.status === 'unchanged').length).toBe(report.files.filter((f) => f.status === 'published').length);
    // Read back from each document's provenance, the counts are those of the run that read it.
    const counts = (r: RunReport) => r.files.map((f) => [f.file, f.pages, f.profile, f.records, f.quarantined]);
    expect(counts(second)).toEqual(counts(report));
  }, 600_000);

  it('reads a document again when an older build published it', async () => {
    const entry = report.files.find((f) => f.file.endsWith('/borderless-table.pdf'));
    const provenancePath = join(outDir, 'documents', String(entry?.document_id), 'provenance.json');
    const provenance = JSON.parse(await readFile(provenancePath, 'utf8')) as { tool_version: string };
    expect(provenance.tool_version).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{12}$/u);
    await writeFile(provenancePath, JSON.stringify({ ...provenance, tool_version: '0.0.1+000000000000' }));
    const again = await runCli(['run', 'samples/', '--out', outDir, '--log', 'json']);
    expect(again.code).toBe(0);
    const third = JSON.parse(await readFile(join(outDir, 'run-report.json'), 'utf8')) as RunReport;
    expect(third.files.filter((f) => f.status === 'published').map((f) => f.file)).toEqual([entry?.file]);
    expect(JSON.parse(await readFile(provenancePath, 'utf8'))).toEqual(provenance);
  }, 600_000);
});
