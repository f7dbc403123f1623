import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestSources } from '../../pipeline/ingest/ingest-sources.ts';
import { OcrPool } from '../../pipeline/ocr/ocr-pool.ts';
import type { TruthDocument } from '../../samples/make/truth.ts';
import { countErrors, pooledCer } from '../../tools/bench/cer.ts';
import { readPdfPages, type ReadPdfPagesOptions } from '../../pipeline/run/read-pages.ts';
import { samplesDir } from '../support/samples.ts';

/**
 * Real tesseract.js on samples/invisible-ocr-layer.pdf: a scan under an invisible OCR layer that
 * drops every 0 and misreads look-alike kanji (整傭 for 整備, 通倍 for 通信), which used to be
 * published as the page's text.
 */
const truth = JSON.parse(readFileSync(join(samplesDir, 'invisible-ocr-layer.truth.json'), 'utf8')) as TruthDocument;
const pool = new OcrPool({ workers: 1 });
afterAll(() => pool.close());

const readWith = async (ocrLayers?: ReadPdfPagesOptions['ocrLayers']) => {
  const { documents } = await ingestSources([join(samplesDir, 'invisible-ocr-layer.pdf')]);
  return (await readPdfPages(documents[0]!, { ocr: pool, ...(ocrLayers === undefined ? {} : { ocrLayers }) })).layouts[0]!.page;
};
const cerOf = (page: Awaited<ReturnType<typeof readWith>>): number => pooledCer([countErrors(page.lines.map((line) => line.text).join(''), truth.page_texts[0]!.texts.join(''))]);

describe('an invisible OCR layer over a scan', () => {
  it('is checked by default against a fresh reading, which is kept where it is confident and the layer wrong, and says so', async () => {
    const page = await readWith();
    expect(page.method).toBe('ocr');
    expect(page.method_reason).toMatch(/^invisible OCR layer over a scan, checked against a fresh OCR reading: they differ in \d+\.\d% of characters, the fresh reading confident \(confidence \d+\.\d\); the fresh reading kept$/u);
    expect(cerOf(page)).toBeLessThanOrEqual(0.04);
    expect(page.lines.map((line) => line.text).join('\n')).toContain('03-5253-5894');
  }, 120_000);

  it('is kept as it is with keep (its errors too), and replaced with replace', async () => {
    const kept = await readWith('keep');
    expect(kept.method).toBe('text');
    expect(kept.lines.map((line) => line.text).join('\n')).toContain('整傭');
    expect(cerOf(kept)).toBeGreaterThan(0.04);
    const replaced = await readWith('replace');
    expect(replaced).toMatchObject({ method: 'ocr', method_reason: 'invisible OCR layer over a scan, replaced by a fresh OCR reading (--ocr-layers replace)' });
  }, 120_000);
});
