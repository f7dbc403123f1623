import { describe, expect, it } from 'vitest';
import { eraseImageRules, findImageRules } from '../../pipeline/ocr/image-rules.ts';
import { blankPage, fillBox, pixel } from '../support/draw-gray.ts';

/** A ruled box 200–1000 × 100–400 with a column border at x = 500, a dashed frame below, and a row of small characters. */
function ruledPage() {
  const page = blankPage(1200, 700);
  fillBox(page, 200, 100, 1000, 103); // top
  fillBox(page, 200, 397, 1000, 400); // bottom
  fillBox(page, 200, 100, 203, 400); // left
  fillBox(page, 500, 100, 503, 400); // column border
  fillBox(page, 997, 100, 1000, 400); // right
  // A character's vertical stroke crossing the bottom border.
  fillBox(page, 600, 370, 606, 430);
  // Dashed frame: 10 px dashes, 6 px gaps.
  for (let x = 200; x < 1000; x += 16) fillBox(page, x, 500, x + 10, 503);
  // Small characters set tight, like 「田」: three horizontal and three vertical strokes each.
  for (let x = 200; x < 700; x += 36) {
    for (const y of [585, 600, 615]) fillBox(page, x, y, x + 30, y + 3);
    for (const dx of [0, 14, 27]) fillBox(page, x + dx, 585, x + dx + 3, 618);
  }
  return page;
}

describe('findImageRules', () => {
  it('finds solid and dashed borders with their positions, not a row of characters', () => {
    const rules = findImageRules(ruledPage());
    const near = (orientation: string, at: number, from: number, to: number): boolean =>
      rules.some((r) => r.orientation === orientation && Math.abs(r.at - at) <= 2 && Math.abs(r.from - from) <= 5 && Math.abs(r.to - to) <= 5);
    expect(near('horizontal', 101, 200, 999)).toBe(true);
    expect(near('horizontal', 398, 200, 999)).toBe(true);
    expect(near('vertical', 501, 100, 399)).toBe(true);
    expect(near('horizontal', 501, 200, 995)).toBe(true);
    expect(rules.filter((r) => r.orientation === 'horizontal' && r.at > 550)).toEqual([]);
  });
});

describe('findImageRules on a box shorter than a character stroke can be', () => {
  /** A box 600 × 90 px (one line of 10 pt text at 300 dpi) split in two cells, and a 60 px stroke hanging from its top border. */
  function shortBox() {
    const page = blankPage(900, 400);
    fillBox(page, 100, 100, 700, 103);
    fillBox(page, 100, 187, 700, 190);
    for (const x of [100, 300, 697]) fillBox(page, x, 100, x + 3, 190);
    fillBox(page, 500, 103, 503, 163);
    return page;
  }

  it('finds the sides that close its cells, from one border to the other, and not a stroke that reaches only one', () => {
    const vertical = findImageRules(shortBox()).filter((r) => r.orientation === 'vertical');
    expect(vertical.map((r) => Math.round(r.at)).sort((a, b) => a - b)).toEqual([101, 301, 698]);
    expect(vertical.every((r) => r.from <= 106 && r.to >= 184)).toBe(true);
  });
});

describe('eraseImageRules', () => {
  it('paints rules white and keeps the character stroke that crosses one', () => {
    const page = ruledPage();
    const erased = eraseImageRules(page, findImageRules(page));
    expect(pixel(erased, 300, 101)).toBe(255);
    expect(pixel(erased, 501, 250)).toBe(255);
    expect(pixel(erased, 300, 501)).toBe(255);
    expect(pixel(erased, 603, 398)).toBe(0);
  });
});
