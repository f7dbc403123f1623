import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../../pipeline/errors.ts';
import { extractPage } from '../../pipeline/extract/extract-page.ts';
import { withPdfDocument } from '../../pipeline/extract/pdf-document.ts';
import type { OcrEngine } from '../../pipeline/ocr/engine.ts';
import type { GrayImage, OcrLanguage, OcrLine, OcrPage } from '../../pipeline/ocr/types.ts';
import { readPdfPages } from '../../pipeline/run/read-pages.ts';
import { samplesDir } from '../support/samples.ts';

/** An engine that reads every image as the lines it was given, and notes what it was asked to read. */
class FixedReadingEngine implements OcrEngine {
  readonly asked: { width: number; height: number; language: OcrLanguage }[] = [];
  constructor(readonly lines: OcrLine[]) {}
  async recognise(image: GrayImage, language: OcrLanguage = 'jpn'): Promise<OcrPage> {
    this.asked.push({ width: image.width, height: image.height, language });
    return { lines: this.lines, confidence: this.lines.length === 0 ? 0 : 90, skewDegrees: 0, rules: [], readAgain: { page: false, lines: 0 } };
  }
  async close(): Promise<void> {}
}

/** A scan with no text layer: OCR is the only way to read it. */
const scan = async (): Promise<Uint8Array> => new Uint8Array(await readFile(join(samplesDir, 'scanned-juten-shisaku-2020-pages.pdf')));
/** Its page 1. */
const readScannedPage = async (engine: OcrEngine) => withPdfDocument(await scan(), (pdf) => extractPage(pdf, 1, { ocr: engine }));

describe('extractPage with an OCR engine given', () => {
  it('publishes a scanned page with the lines the engine read, in points where the engine saw them', async () => {
    const engine = new FixedReadingEngine([{ text: '試験の一行', bbox: [200, 300, 1400, 360], confidence: 87.25 }]);
    const { page } = await readScannedPage(engine);
    expect(page.method).toBe('ocr');
    expect(page.lines.map((line) => [line.text, line.confidence])).toEqual([['試験の一行', 87.3]]);
    const { width, height } = engine.asked[0]!;
    expect(engine.asked.map((a) => a.language)).toEqual(['jpn']);
    // The whole page was read: the image has the page's shape, so pixels scale to points one way.
    const scale = page.width / width;
    expect(page.height / height).toBeCloseTo(scale, 2);
    const [x0, y0, x1, y1] = page.lines[0]!.bbox;
    [x0, y0, x1, y1].forEach((value, i) => expect(value).toBeCloseTo([200, 300, 1400, 360][i]! * scale, 0));
  });

  it('reports a page as unread when the engine finds no text on its ink, after trying vertical text too', async () => {
    const engine = new FixedReadingEngine([]);
    const failure = await readScannedPage(engine).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SourceError);
    expect(failure).toMatchObject({ code: 'no-text-read', message: expect.stringContaining('page 1') });
    expect(engine.asked.map((a) => a.language)).toEqual(['jpn', 'jpn_vert']);
  });
});

describe('the page loop (pipeline/run/read-pages.ts) with an OCR engine given', () => {
  it('quarantines each page the engine reads no text on and goes on to the next', async () => {
    const engine = new FixedReadingEngine([]);
    const read = await readPdfPages({ bytes: await scan() }, { ocr: engine });
    expect(read.layouts).toEqual([]);
    const pages = read.quarantined.map((page) => page.number);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages).toEqual(Array.from({ length: pages.length }, (_, i) => i + 1));
    expect(new Set(read.quarantined.map((page) => page.code))).toEqual(new Set(['no-text-read']));
    // Each page asked the engine twice (horizontal, then vertical text): the loop went through every page.
    expect(engine.asked).toHaveLength(2 * pages.length);
  });
});
