import { describe, expect, it } from 'vitest';
import type { ReadText } from '../../pipeline/ocr/engine.ts';
import { readPageByCells } from '../../pipeline/ocr/read-cells.ts';
import type { GrayImage, OcrTextLine } from '../../pipeline/ocr/types.ts';
import { blankPage, fillBox, pixel } from '../support/draw-gray.ts';

/** One line of one word, box in the read image's pixels. */
const oneWord = (text: string, x0: number, y0: number, x1: number, y1: number): OcrTextLine[] => [{ bbox: { x0, y0, x1, y1 }, words: [{ text, bbox: { x0, y0, x1, y1 }, confidence: 90 }] }];

describe('readPageByCells', () => {
  it('reads the page with its cells whitened, then each cell cut out, and puts the cells\' words back in page pixels', async () => {
    const image = blankPage(1000, 600);
    fillBox(image, 100, 100, 200, 130); // text in a cell
    fillBox(image, 100, 400, 300, 430); // text outside any cell
    const reads: { image: GrayImage; layout: string }[] = [];
    const read: ReadText = async (part, layout) => {
      reads.push({ image: part, layout });
      // In the cell's cut-out, a word at its top-left corner, inside the margin.
      const margin = (part.width - 310) / 2;
      return layout === 'page' ? oneWord('本文', 100, 400, 300, 430) : oneWord('予算額', margin, margin, margin + 100, margin + 30);
    };
    const parts = await readPageByCells(image, [{ box: [90, 90, 400, 200], lone: false }], read);
    expect(reads.map((r) => r.layout)).toEqual(['page', 'block']);
    expect(pixel(reads[0]!.image, 150, 115)).toBe(255);
    expect(pixel(reads[0]!.image, 150, 415)).toBe(0);
    // The cut-out cell: 310 × 110 px with a margin of white round it, its ink where the page has it.
    const cut = reads[1]!.image;
    const margin = (cut.width - 310) / 2;
    expect(margin).toBeGreaterThan(0);
    expect(cut.height).toBe(110 + 2 * margin);
    expect(pixel(cut, 0, 0)).toBe(255);
    expect(pixel(cut, margin + 10, margin + 10)).toBe(0);
    expect(parts.map((p) => p.cell)).toEqual([false, true]);
    const word = parts[1]!.lines[0]!.words[0]!;
    expect(word.bbox).toEqual({ x0: 90, y0: 90, x1: 190, y1: 120 });
  });

  it('reads a cell as one line when, read as a block, it gave nothing (a short mark)', async () => {
    const image = blankPage(600, 300);
    fillBox(image, 300, 100, 312, 102);
    const layouts: string[] = [];
    const read: ReadText = async (_, layout) => {
      layouts.push(layout);
      return layout === 'line' ? oneWord('ー', 30, 20, 42, 22) : [];
    };
    const parts = await readPageByCells(image, [{ box: [200, 80, 500, 130], lone: false }], read);
    expect(layouts).toEqual(['page', 'block', 'line']);
    expect(parts[1]!.lines[0]!.words[0]!.text).toBe('ー');
  });

  it('gives a cell measured as holding a dash alone as 「-」 where the dash is, without reading it', async () => {
    const layouts: string[] = [];
    const parts = await readPageByCells(blankPage(600, 300), [{ box: [200, 80, 500, 130], lone: false, dash: [300, 100, 312, 103] }], async (_, layout) => {
      layouts.push(layout);
      return [];
    });
    expect(layouts).toEqual(['page']);
    expect(parts[1]!.cell).toBe(true);
    expect(parts[1]!.lines[0]!.words.map((w) => [w.text, w.bbox])).toEqual([['-', { x0: 300, y0: 100, x1: 312, y1: 103 }]]);
  });

  it('reads a lone box with page layout: it may hold columns', async () => {
    const layouts: string[] = [];
    await readPageByCells(blankPage(300, 300), [{ box: [10, 10, 290, 290], lone: true }], async (_, layout) => {
      layouts.push(layout);
      return oneWord('課', 20, 20, 40, 40);
    });
    expect(layouts).toEqual(['page', 'page']);
  });
});
