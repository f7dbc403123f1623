import { describe, expect, it } from 'vitest';
import type { ImageRule, OcrTextLine } from '../../pipeline/ocr/types.ts';
import { assembleOcrLines } from '../../pipeline/ocr/ocr-page.ts';

/** One-word lines: [text, x0, y0, x1, y1] in pixels. */
const block = (...lines: [string, number, number, number, number][]): OcrTextLine[] =>
  lines.map(([text, x0, y0, x1, y1]) => ({ bbox: { x0, y0, x1, y1 }, words: [{ text, bbox: { x0, y0, x1, y1 }, confidence: 95 }] }));

/** The borders of a label cell 180–460 and a value cell 480–3370 px, from y 590 to 740. */
const rules: ImageRule[] = [
  { orientation: 'horizontal', from: 174, to: 3371, at: 592, thickness: 4 },
  { orientation: 'horizontal', from: 174, to: 3371, at: 740, thickness: 3 },
  { orientation: 'vertical', from: 594, to: 739, at: 174, thickness: 3 },
  { orientation: 'vertical', from: 594, to: 739, at: 480, thickness: 3 },
  { orientation: 'vertical', from: 594, to: 739, at: 3371, thickness: 3 },
];

describe('assembleOcrLines', () => {
  // As OCR boxed them on the mixed sample's page 2: 「施策効果の」 62 px high, 「詳細」 38 px, the value level with the first.
  const label = block(['施策効果の', 200, 604, 417, 666], ['詳細', 200, 675, 283, 713]);
  const value = block(['過疎地域においてデジタル実装をすすめる', 508, 604, 3017, 666]);

  it('keeps the lines of a cell read on its own together, before the cell to its right', () => {
    const lines = assembleOcrLines([{ lines: [], cell: false }, { lines: value, cell: true }, { lines: label, cell: true }], rules, { horizontal: true });
    expect(lines.map((l) => l.text)).toEqual(['施策効果の', '詳細', '過疎地域においてデジタル実装をすすめる']);
  });

  it('orders the same lines read as one page by their heights alone: the label\'s second line after the value', () => {
    const lines = assembleOcrLines([{ lines: [...label, ...value], cell: false }], rules, { horizontal: true });
    expect(lines.map((l) => l.text)).toEqual(['施策効果の', '過疎地域においてデジタル実装をすすめる', '詳細']);
  });
});
