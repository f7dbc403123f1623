import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleDocument } from '../../pipeline/extract/assemble-document.ts';
import { ingestSources } from '../../pipeline/ingest/ingest-sources.ts';
import { renderQualityHtml } from '../../pipeline/publish/edition/quality-html.ts';
import { buildQualityReport } from '../../pipeline/publish/edition/quality-report.ts';
import { pagesToCheck } from '../../pipeline/publish/pages-to-check.ts';
import { validateAgainst } from '../../pipeline/validate/schema-validator.ts';
import type { DocumentText, Line, Page, RecordSet } from '../../schemas/types.ts';
import { runSummary } from '../../workers/run-summary.ts';
import { readPdfPages } from '../../pipeline/run/read-pages.ts';
import { samplesDir } from '../support/samples.ts';

const line = (text: string, confidence?: number): Line => ({ text, bbox: [40, 40, 400, 52], font_size: 12, ...(confidence === undefined ? {} : { confidence }) });
const page = (number: number, method: Page['method'], method_reason: string | null, lines: Line[]): Page => ({ number, width: 595, height: 842, method, method_reason, lines });

/** The garbled-layer samples read with OCR off, as `run --no-ocr` publishes them: their text layers are kept, and cannot be believed. */
let garbled: DocumentText[];
beforeAll(async () => {
  const { documents } = await ingestSources(['foreign-script-glyphs.pdf', 'blank-background.pdf'].map((f) => join(samplesDir, f)));
  garbled = await Promise.all(documents.map(async (source) => assembleDocument({ ...source, bytes: source.bytes.length }, await readPdfPages(source))));
}, 60_000);

describe('pagesToCheck', () => {
  it('lists a text layer kept unbelieved because OCR was off, with its reason', () => {
    const [foreign] = garbled;
    expect(pagesToCheck('foreign-script-glyphs.pdf', foreign!)).toEqual([
      { file_name: 'foreign-script-glyphs.pdf', page: 1, method: 'text', ocr_share: 0, confidence: null, reasons: [expect.stringMatching(/^garbled text layer: 4 lines of letters foreign to Japanese .*; OCR is off, the text layer is kept$/u)] },
    ]);
  });

  it('lists quarantined pages, pages with no text and unsure OCR, with the share read by OCR; not trusted text or sure OCR', () => {
    const document: DocumentText = {
      ...garbled[0]!,
      pages: [
        page(1, 'text', null, [line('施策名:テレワーク普及展開推進事業')]),
        page(2, 'ocr', 'no text layer: the page is a scanned image', [line('高度無線環境整備推進事業', 93.5)]),
        page(3, 'mixed', 'scanned image with no text over it (1 region)', [line('概要'), line('光ファイバの整備を支援する', 61), line('離島の', 70)]),
        page(4, 'text', 'blank page', []),
      ],
      quarantined_pages: [{ number: 5, code: 'no-text-read', message: 'no text read: OCR found no line on page 5, though 4.2% of it is inked (no text layer: the page is a scanned image)' }],
    };
    expect(pagesToCheck('a.pdf', document)).toEqual([
      { file_name: 'a.pdf', page: 3, method: 'mixed', ocr_share: 0.8889, confidence: 65.5, reasons: ['OCR confidence 65.5 under 80 (scanned image with no text over it (1 region))'] },
      { file_name: 'a.pdf', page: 4, method: 'text', ocr_share: null, confidence: null, reasons: ['no text on the page (blank page)'] },
      { file_name: 'a.pdf', page: 5, method: null, ocr_share: null, confidence: null, reasons: [`quarantined: ${document.quarantined_pages[0]!.message}`] },
    ]);
  });
});

describe('the quality report and the run summary', () => {
  const records: RecordSet = { schema_version: '1.0.0', profile: 'soumu-shisaku-fy2021', records: [], quarantine: [], issues: [] } as unknown as RecordSet;
  const edition = () => ({
    dataset: 'soumu-shisaku-fy2021', title: '施策集', series: 'soumu-shisaku-fy2021', date: '2021-03-31', ministry: '総務省',
    sources: garbled.map((document) => ({ documentId: document.id, fileName: document.source.file_name, sha256: document.source.sha256, dateFrom: 'cover' as const, document, tables: [], records })),
  });

  it('lists the pages to check in quality.json, valid against its schema, and in quality.html', () => {
    const report = { ...buildQualityReport(edition(), [], null), cp932: [] };
    expect(validateAgainst('quality-report.schema.json', report)).toEqual([]);
    expect(report.pages_to_check.map((p) => [p.file_name, p.page, p.method])).toEqual([
      ['foreign-script-glyphs.pdf', 1, 'text'],
      ['blank-background.pdf', 1, 'text'],
    ]);
    const cells: string[] = [];
    new Parser({ onopentag: (name, attributes) => name === 'td' && attributes['data-page-to-check'] !== undefined && cells.push(attributes['data-page-to-check']) }).end(renderQualityHtml(report, '施策集'));
    expect(cells).toEqual(['1', '1']);
  });

  it('counts them in the run summary line', () => {
    const file = { file: 'a.pdf', sha256: null, status: 'published' as const, document_id: 'a', pages: 2, profile: null, records: null, quarantined: null, quarantined_pages: [], duplicate_of: null, error: null };
    const report = { schema_version: '1.0.0' as const, tool_version: '0', started_at: '', finished_at: '', editions: [], totals: { files: 2, pages: 4, failed: 0 }, files: [{ ...file, pages_to_check: 2 }, file] };
    expect(runSummary(report)).toBe('2 files, 4 pages: 2 published, 0 unchanged, 0 duplicate, 0 failed; 2 pages to check');
  });
});
