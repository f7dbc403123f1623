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

  it("joins a line read again to the page read's piece of it, the character where they overlap read once", () => {
    // As a scanned 重点施策 page read: the page's read stopped at 「…エコノミ」; the line read again gave 「ミーの活用推進」, its box a character back.
    const page = block(['シェアリングエコノミ', 296, 296, 896, 350], ['地域経済の好循環の更なる拡大に向け', 303, 475, 1400, 534]);
    const again = block(['ミーの活用推進', 864, 296, 1283, 372]);
    const lines = assembleOcrLines([{ lines: page, cell: false }, { lines: again, cell: false }], [], { horizontal: true });
    expect(lines.map((l) => l.text)).toEqual(['シェアリングエコノミーの活用推進', '地域経済の好循環の更なる拡大に向け']);
    // Pieces that overlap with no character in common are two reads, not one line.
    const other = block(['ルの活用推進', 864, 296, 1283, 372]);
    expect(assembleOcrLines([{ lines: page, cell: false }, { lines: other, cell: false }], [], { horizontal: true }).map((l) => l.text)).toHaveLength(3);
  });
});
