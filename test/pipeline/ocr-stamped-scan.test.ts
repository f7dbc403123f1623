import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageLayout } from '../../pipeline/extract/types.ts';
import { ingestSources } from '../../pipeline/ingest/ingest-sources.ts';
import { OcrPool } from '../../pipeline/ocr/ocr-pool.ts';
import type { TruthDocument } from '../../samples/make/truth.ts';
import { countErrors, pooledCer } from '../../workers/bench/cer.ts';
import { extractPages } from '../../workers/document-job.ts';
import { samplesDir } from '../support/samples.ts';

/**
 * Real tesseract.js on samples/stamped-scan.pdf: a full-page scan with one line of text,
 * 「（参考②）」, printed over its blank margin, which used to pass the page as a text page of one line.
 */
const truth = JSON.parse(readFileSync(join(samplesDir, 'stamped-scan.truth.json'), 'utf8')) as TruthDocument;
const [stamp, ...scanned] = truth.page_texts[0]!.texts;
const pool = new OcrPool({ workers: 1 });
let page: PageLayout['page'];

beforeAll(async () => {
  const { documents } = await ingestSources([join(samplesDir, 'stamped-scan.pdf')]);
  page = (await extractPages(documents[0]!, 'all', { ocr: pool })).layouts[0]!.page;
}, 120_000);

afterAll(() => pool.close());

describe('a scanned page with a stamped text line', () => {
  it('OCRs the scan around the stamp and says why', () => {
    expect(page.method).toBe('mixed');
    expect(page.method_reason).toMatch(/^scanned image whose print the text over it does not explain \(1 line over it, \d+\.\d% of it inked elsewhere\): OCR'd around that text$/u);
  });

  it('keeps the stamp from the text layer, once, and reads the scan within 4% CER', () => {
    const fromTextLayer = page.lines.filter((line) => line.confidence === undefined).map((line) => line.text);
    expect(fromTextLayer).toEqual([stamp]);
    const ocrText = page.lines.filter((line) => line.confidence !== undefined).map((line) => line.text).join('');
    expect(ocrText).not.toContain('参考');
    expect(pooledCer([countErrors(ocrText, scanned.join(''))])).toBeLessThanOrEqual(0.04);
  });
});
