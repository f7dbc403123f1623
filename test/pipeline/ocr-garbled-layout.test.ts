import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageLayout } from '../../pipeline/extract/types.ts';
import { ingestSources } from '../../pipeline/ingest/ingest-sources.ts';
import { OcrPool } from '../../pipeline/ocr/ocr-pool.ts';
import type { TruthDocument } from '../../samples/make/truth.ts';
import { readPdfPages } from '../../pipeline/run/read-pages.ts';
import { compact, readInOrder, repoRoot, samplesDir } from '../support/samples.ts';

/**
 * Real tesseract.js on pages whose text layer is garbled but whose glyphs stand where they are
 * printed: OCR reads them a band at a time where the text layer places its lines.
 */
const pool = new OcrPool({ workers: 1 });
afterAll(() => pool.close());

const readPage = async (path: string): Promise<PageLayout['page']> => {
  const { documents } = await ingestSources([path]);
  return (await readPdfPages(documents[0]!, { ocr: pool })).layouts[0]!.page;
};

const kanpo = join(repoRoot, '..', 'shared', 'realworld', 'pdf', '26_kanpo_20260219_c32_vertical.pdf');

describe.skipIf(!existsSync(kanpo))('the real 官報 page: four columns and a margin printed sideways under a garbled text layer', () => {
  // Five paragraphs read by hand; OCR of the whole page read across columns and mixed the margin into them (42.8% CER in order).
  const { paragraphs } = JSON.parse(readFileSync(join(repoRoot, 'samples', 'realworld', '26_kanpo_20260219_c32_vertical.transcription.json'), 'utf8')) as { paragraphs: string[] };
  let page: PageLayout['page'];
  beforeAll(async () => {
    page = await readPage(kanpo);
  }, 180_000);

  it('reads it column by column, left to right, and says so', () => {
    expect(page.method).toBe('ocr');
    expect(page.method_reason).toMatch(/^garbled text layer: .*; read in \d+ columns left to right where the text layer places its lines/u);
  });

  it('reads the paragraphs in order, the sideways margin included, within 4% CER', () => {
    const { missing, cer } = readInOrder(page, paragraphs);
    expect(missing).toEqual([]);
    expect(cer).toBeLessThanOrEqual(0.04);
  });
});

describe('縦書き under a garbled text layer: two 段 and a horizontal footer (samples/garbled-vertical-text.pdf)', () => {
  const truth = JSON.parse(readFileSync(join(samplesDir, 'garbled-vertical-text.truth.json'), 'utf8')) as TruthDocument;
  let page: PageLayout['page'];
  beforeAll(async () => {
    page = await readPage(join(samplesDir, 'garbled-vertical-text.pdf'));
  }, 120_000);

  it('finds the writing direction from where the glyphs stand and reads the 段 with jpn_vert', () => {
    expect(page.method_reason).toMatch(/; read in 3 段 top to bottom where the text layer places its lines; vertical text, read with jpn_vert$/u);
  });

  it('reads every paragraph in order, the upper 段 before the lower, the footer last, within 4% CER', () => {
    const { missing, cer } = readInOrder(page, truth.page_texts[0]!.texts);
    expect(missing).toEqual([]);
    expect(cer).toBeLessThanOrEqual(0.04);
    expect(compact(page.lines.at(-1)!.text)).toContain(compact('問合せ先：総務省地域情報化企画室'));
  });
});
