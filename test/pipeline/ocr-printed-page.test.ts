import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestSources } from '../../pipeline/ingest/ingest-sources.ts';
import { OcrPool } from '../../pipeline/ocr/ocr-pool.ts';
import { buildPdf } from '../../samples/make/hand-pdf.ts';
import type { TruthDocument } from '../../samples/make/truth.ts';
import { countErrors, pooledCer } from '../../tools/bench/cer.ts';
import { readPdfPages } from '../../pipeline/run/read-pages.ts';
import { samplesDir } from '../support/samples.ts';

/** Real tesseract.js on pages whose embedded image is not what is printed on them. */
const pool = new OcrPool({ workers: 1 });
afterAll(() => pool.close());

const extract = async (path: string) => {
  const { documents } = await ingestSources([path]);
  return readPdfPages(documents[0]!, { ocr: pool });
};

/** A one-page PDF (200 pt square) whose only content is a 60×60 gray image over the whole page. */
async function imageOnlyPdf(name: string, pixels: Uint8Array): Promise<string> {
  const pdf = buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
    { dict: '', data: Buffer.from('q 200 0 0 200 0 0 cm /Im1 Do Q') },
    { dict: '/Type /XObject /Subtype /Image /Width 60 /Height 60 /ColorSpace /DeviceGray /BitsPerComponent 8', data: Buffer.from(pixels) },
  ]);
  const path = join(await mkdtemp(join(tmpdir(), 'printed-page-')), name);
  await writeFile(path, pdf);
  return path;
}

describe('OCR of the page as printed', () => {
  it('reads the vector glyphs over a blank full-page background image, not the image (was: 0 lines)', async () => {
    const truth = JSON.parse(readFileSync(join(samplesDir, 'blank-background.truth.json'), 'utf8')) as TruthDocument;
    const { layouts, quarantined } = await extract(join(samplesDir, 'blank-background.pdf'));
    expect(quarantined).toEqual([]);
    const page = layouts[0]!.page;
    expect(page.method).toBe('ocr');
    expect(page.method_reason).toMatch(/^garbled text layer: .*; vertical text, read with jpn_vert$/u);
    const expected = truth.page_texts[0]!.texts;
    expect(page.lines).toHaveLength(expected.length);
    expect(pooledCer(page.lines.map((line, i) => countErrors(line.text, expected[i]!)))).toBeLessThanOrEqual(0.04);
  }, 60_000);

  it('quarantines a printed page OCR reads no text from, with the reason, instead of publishing it empty', async () => {
    // A black square on white: ink, and no line of text in it.
    const pixels = new Uint8Array(60 * 60).fill(255);
    for (let y = 10; y < 50; y++) pixels.fill(0, y * 60 + 10, y * 60 + 50);
    const { layouts, quarantined } = await extract(await imageOnlyPdf('inked.pdf', pixels));
    expect(layouts).toEqual([]);
    expect(quarantined).toEqual([
      { number: 1, code: 'no-text-read', message: expect.stringMatching(/^no text read: OCR found no line on page 1, though \d+\.\d% of it is inked \(no text layer: the page is a scanned image\)$/u) },
    ]);
  }, 30_000);

  it('publishes a blank scan as a blank page, saying so', async () => {
    const { layouts, quarantined } = await extract(await imageOnlyPdf('blank.pdf', new Uint8Array(60 * 60).fill(250)));
    expect(quarantined).toEqual([]);
    expect(layouts[0]!.page).toMatchObject({ method: 'ocr', method_reason: 'no text layer: the page is a scanned image; OCR read no text: the page is blank', lines: [] });
  }, 30_000);
});
