import { describe, expect, it } from 'vitest';
import type { ReadText } from '../../pipeline/ocr/engine.ts';
import { readImage } from '../../pipeline/ocr/read-image.ts';
import type { OcrTextLine } from '../../pipeline/ocr/types.ts';
import { blankPage, fillBox } from '../support/draw-gray.ts';

/** Words read on their own lines: [text, confidence, x0, y0, x1, y1] in pixels. */
const readLines = (...words: [string, number, number, number, number, number][]): OcrTextLine[] =>
  words.map(([text, confidence, x0, y0, x1, y1]) => ({ bbox: { x0, y0, x1, y1 }, words: [{ text, bbox: { x0, y0, x1, y1 }, confidence }] }));

describe('readImage', () => {
  it('keeps a field label OCR was unsure of (a letter-spaced 「予　算」 cell reads right at 26), and drops unsure noise', async () => {
    const page = readLines(['予算', 26, 100, 100, 220, 140], ['ここ', 26, 100, 300, 180, 340], ['公民連携推進事業1.0億円', 94, 400, 100, 1200, 140]);
    const image = blankPage(1400, 500);
    for (const line of page) fillBox(image, line.bbox.x0, line.bbox.y0, line.bbox.x1, line.bbox.y1);
    const read: ReadText = async (_, layout) => (layout === 'page' ? page : []);
    const { lines } = await readImage(image, read, { language: 'jpn' });
    expect(lines.map((line) => [line.text, line.confidence])).toEqual([
      ['予算', 26],
      ['公民連携推進事業1.0億円', 94],
    ]);
  });
});
