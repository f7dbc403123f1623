import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageLayout } from '../../pipeline/extract/types.ts';
import { ingestSources } from '../../pipeline/ingest/ingest-sources.ts';
import { OcrPool } from '../../pipeline/ocr/ocr-pool.ts';
import type { TruthDocument } from '../../samples/make/truth.ts';
import { countErrors, pooledCer } from '../../workers/bench/cer.ts';
import { extractPages } from '../../workers/document-job.ts';
import { missingInOrder, samplesDir } from '../support/samples.ts';

/**
 * Real tesseract.js on samples/foreign-script-glyphs.pdf: headings in a font without ToUnicode,
 * which pdf.js extracts as Devanagari, Greek, Arabic… letters, over a body with a clean text layer.
 */
const truth = JSON.parse(readFileSync(join(samplesDir, 'foreign-script-glyphs.truth.json'), 'utf8')) as TruthDocument;
const headings = truth.page_texts[0]!.texts.filter((text) => text.length < 25);
const pool = new OcrPool({ workers: 1 });
let page: PageLayout['page'];

beforeAll(async () => {
  const { documents } = await ingestSources([join(samplesDir, 'foreign-script-glyphs.pdf')]);
  page = (await extractPages(documents[0]!, 'all', { ocr: pool })).layouts[0]!.page;
}, 60_000);

afterAll(() => pool.close());

describe('a font whose glyph ids come out as letters of other scripts', () => {
  it('reads those lines by OCR and says why, keeping the rest of the text layer', () => {
    expect(page.method).toBe('mixed');
    expect(page.method_reason).toMatch(/^garbled text layer: 4 lines of letters foreign to Japanese \(.*Devanagari.*\).*: those lines read by OCR$/u);
    const ocrLines = page.lines.filter((line) => line.confidence !== undefined);
    expect(ocrLines).toHaveLength(headings.length);
    const cer = pooledCer(ocrLines.map((line, i) => countErrors(line.text, headings[i]!)));
    expect(cer).toBeLessThanOrEqual(0.04);
  });

  it('publishes the page in reading order with no letter of a foreign script left', () => {
    const text = page.lines.map((line) => line.text).join('\n');
    expect(text).not.toMatch(/[\p{Script=Devanagari}\p{Script=Greek}\p{Script=Arabic}\p{Script=Cyrillic}\p{Script=Kannada}\p{Script=Gujarati}]/u);
    // Body lines are the text layer's, exact; the OCR'd headings may miss a character in ten.
    expect(missingInOrder(text, truth.page_texts[0]!.texts, 0.1)).toEqual([]);
    const body = truth.page_texts[0]!.texts.filter((text) => !headings.includes(text));
    expect(missingInOrder(page.lines.filter((line) => line.confidence === undefined).map((line) => line.text).join('\n'), body)).toEqual([]);
  });
});
