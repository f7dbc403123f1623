import { describe, expect, it } from 'vitest';
import { estimateSkew, rotateImage } from '../../pipeline/ocr/deskew.ts';
import { blankPage, fillBox } from '../support/draw-gray.ts';

/** Rows of text-like ink, 12 px high with gaps between words, each row sloping by `degrees` (positive: down to the right). */
function skewedText(degrees: number) {
  const page = blankPage(1200, 800);
  const slope = Math.tan((degrees * Math.PI) / 180);
  for (let row = 0; row < 12; row++) {
    for (let x = 100; x < 1100; x++) {
      if (x % 40 >= 30) continue;
      const y = Math.round(100 + row * 50 + (x - 100) * slope);
      fillBox(page, x, y, x + 1, y + 12);
    }
  }
  return page;
}

describe('estimateSkew', () => {
  it('finds the angle of sloping rows of text, either way', () => {
    expect(Math.abs(estimateSkew(skewedText(1.2)) - 1.2)).toBeLessThanOrEqual(0.1);
    expect(Math.abs(estimateSkew(skewedText(-0.9)) + 0.9)).toBeLessThanOrEqual(0.1);
  });

  it('says 0 for a straight page and for a blank one', () => {
    expect(estimateSkew(skewedText(0))).toBe(0);
    expect(estimateSkew(blankPage(100, 100))).toBe(0);
  });
});

describe('rotateImage', () => {
  it('straightens a skewed page by the angle found', () => {
    const page = skewedText(1.2);
    const straight = rotateImage(page, estimateSkew(page));
    expect(Math.abs(estimateSkew(straight))).toBeLessThanOrEqual(0.1);
  });

  it('fills the corners it uncovers with paper', () => {
    const black = { ...blankPage(200, 100), data: new Uint8Array(200 * 100) };
    expect(rotateImage(black, 5).data[0]).toBe(255);
  });
});
