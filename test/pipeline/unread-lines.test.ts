import { describe, expect, it } from 'vitest';
import type { ReadText } from '../../pipeline/ocr/engine.ts';
import type { OcrPart } from '../../pipeline/ocr/ocr-page.ts';
import type { GrayImage, OcrTextLine, ReadLayout } from '../../pipeline/ocr/types.ts';
import { withMissedTextRead } from '../../pipeline/ocr/unread-lines.ts';
import { blankPage, fillBox } from '../support/draw-gray.ts';

/** A row of `glyphs` squares 40 px high, 10 px apart, from (x, y): ink shaped as a printed line. */
function printLine(image: GrayImage, x: number, y: number, glyphs: number): [number, number, number, number] {
  for (let k = 0; k < glyphs; k++) fillBox(image, x + 50 * k, y, x + 50 * k + 40, y + 40);
  return [x, y, x + 50 * glyphs - 10, y + 40];
}

function wordOver(text: string, box: readonly number[], confidence = 90): OcrTextLine {
  const [x0, y0, x1, y1] = box as [number, number, number, number];
  return { bbox: { x0, y0, x1, y1 }, words: [{ text, bbox: { x0, y0, x1, y1 }, confidence }] };
}

/** A sparse cover: a title, a date and a publisher, far apart. */
function cover(): { image: GrayImage; title: number[]; date: number[]; publisher: number[] } {
  const image = blankPage(2400, 1800);
  return { image, title: printLine(image, 400, 500, 12), date: printLine(image, 900, 800, 6), publisher: printLine(image, 1000, 1100, 4) };
}

describe('a page read again where tesseract left its lines unread', () => {
  it('reads a page again without a page layout when the first read left most of its ink unread, and keeps the read that covers more', async () => {
    const { image, title, date, publisher } = cover();
    const layouts: ReadLayout[] = [];
    const read: ReadText = async (_, layout) => {
      layouts.push(layout);
      return layout === 'sparse' ? [wordOver('令和6年度主要事業の概要', title), wordOver('令和6年2月', date), wordOver('みどり市', publisher)] : [];
    };
    // The page's read: three characters of the title (「信和6」), nothing else.
    const first: OcrPart[] = [{ lines: [wordOver('信和6', [title[0]!, title[1]!, title[0]! + 140, title[3]!], 62)], cell: false }];
    const { parts, readAgain } = await withMissedTextRead(image, first, read);
    expect(layouts).toEqual(['sparse']);
    expect(readAgain).toEqual({ page: true, lines: 0 });
    expect(parts.flatMap((part) => part.lines.flatMap((line) => line.words.map((word) => word.text)))).toEqual(['令和6年度主要事業の概要', '令和6年2月', 'みどり市']);
  });

  it('reads no page again that its first read covered', async () => {
    const { image, title, date, publisher } = cover();
    const layouts: ReadLayout[] = [];
    const read: ReadText = async (_, layout) => (layouts.push(layout), []);
    const first: OcrPart[] = [{ lines: [wordOver('令和6年度主要事業の概要', title), wordOver('令和6年2月', date), wordOver('みどり市', publisher)], cell: false }];
    expect(await withMissedTextRead(image, first, read)).toEqual({ parts: first, readAgain: { page: false, lines: 0 } });
    expect(layouts).toEqual([]);
  });

  it("reads a line no word spans again alone, as one line, its words put back in the page's pixels and the unsure ones dropped", async () => {
    const { image, title, date, publisher } = cover();
    const crops: { width: number; height: number; layout: ReadLayout }[] = [];
    const read: ReadText = async (crop, layout) => {
      crops.push({ width: crop.width, height: crop.height, layout });
      // In the cut-out line, the words from its margin on.
      const margin = (crop.height - 40) / 2;
      return [{ bbox: { x0: margin, y0: margin, x1: margin + 190, y1: margin + 40 }, words: [{ text: 'みどり市', bbox: { x0: margin, y0: margin, x1: margin + 190, y1: margin + 40 }, confidence: 95 }, { text: 'ここ', bbox: { x0: margin, y0: margin, x1: margin + 20, y1: margin + 40 }, confidence: 40 }] }];
    };
    const { parts, readAgain } = await withMissedTextRead(image, [{ lines: [wordOver('令和6年度主要事業の概要', title), wordOver('令和6年2月', date)], cell: false }], read);
    expect(crops.map((c) => c.layout)).toEqual(['line']);
    expect(readAgain).toEqual({ page: false, lines: 1 });
    expect(parts).toHaveLength(2);
    const [word] = parts[1]!.lines.flatMap((line) => line.words);
    expect(word!.text).toBe('みどり市');
    // Where the publisher's ink is on the page (the ink's box is found on a grid of 4 px).
    expect(Math.abs(word!.bbox.x0 - publisher[0]!)).toBeLessThanOrEqual(4);
    expect(Math.abs(word!.bbox.y0 - publisher[1]!)).toBeLessThanOrEqual(4);
  });
});
