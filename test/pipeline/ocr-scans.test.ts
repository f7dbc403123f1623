import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageLayout } from '../../pipeline/extract/extract-page.ts';
import { ingestSources } from '../../pipeline/ingest/ingest-sources.ts';
import { OcrPool } from '../../pipeline/ocr/ocr-pool.ts';
import { extractPages } from '../../workers/document-job.ts';
import { compact, samplesDir } from '../support/samples.ts';

/**
 * Real tesseract.js on scans made like a scanner's (samples/make/make-scans.ts): 300 dpi, skewed,
 * blurred, noisy, JPEG. Pages 1 and 4 of the 2020 重点施策 scan: a white-on-dark tab, a heading
 * behind a bar on a gray band, and page 4 skewed 1.2°.
 */
const pool = new OcrPool({ workers: 1 });
let layouts: PageLayout[];

beforeAll(async () => {
  const { documents } = await ingestSources([join(samplesDir, 'scanned-juten-shisaku-2020-pages.pdf')]);
  layouts = await extractPages(documents[0]!, [1, 4], { ocr: pool });
}, 120_000);

afterAll(() => pool.close());

const textOf = (page: number): string[] => layouts.find((l) => l.page.number === page)!.page.lines.map((l) => compact(l.text));

describe('OCR of scanned pages', () => {
  it('reads the white-on-dark tab and the heading beside its bar (not 「加()」)', () => {
    const lines = textOf(1);
    expect(lines[0]).toBe(compact('3 Society 5.0を支えるICTインフラ整備'));
    expect(lines).toContain(compact('(1)高速・大容量の無線局を支える光ファイバの整備'));
  });

  it('keeps each line of a page skewed 1.2° whole, in reading order', () => {
    const lines = textOf(4);
    const at = (start: string): number => lines.findIndex((l) => l.startsWith(compact(start)));
    const long = lines[at('・ICTを活用した')]!;
    expect(long).toContain(compact('見据えた遠隔医'));
    expect(at('・ICTを活用した')).toBeLessThan(at('療モデルの構築'));
    expect(at('療モデルの構築')).toBeLessThan(at('【予算】'));
  });
});
