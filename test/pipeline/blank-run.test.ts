import { describe, expect, it } from 'vitest';
import { widestBlankRun } from '../../pipeline/ocr/blank-run.ts';
import type { GrayImage } from '../../pipeline/ocr/types.ts';

/** A white 100 × 20 image with ink in the given column ranges, rows 5–14. */
function inkedColumns(...ranges: [number, number][]): GrayImage {
  const width = 100;
  const data = new Uint8Array(width * 20).fill(255);
  for (const [from, to] of ranges) for (let y = 5; y < 15; y++) for (let x = from; x < to; x++) data[y * width + x] = 0;
  return { width, height: 20, data };
}

describe('widestBlankRun', () => {
  it('measures the widest ink-free run of columns between two positions', () => {
    const image = inkedColumns([10, 20], [30, 32], [60, 70]);
    expect(widestBlankRun(image, { along: 'x', from: 20, to: 60, acrossFrom: 0, acrossTo: 20 })).toBe(28);
  });

  it('looks only across the given rows, and along rows when asked', () => {
    const image = inkedColumns([10, 20], [60, 70]);
    expect(widestBlankRun(image, { along: 'x', from: 0, to: 100, acrossFrom: 15, acrossTo: 20 })).toBe(100);
    // Rows 5–14 are inked between x 10 and 20: rows 0–4 and 15–19 are blank there.
    expect(widestBlankRun(image, { along: 'y', from: 0, to: 20, acrossFrom: 10, acrossTo: 20 })).toBe(5);
  });

  it('takes a lone dark pixel for speckle, not ink', () => {
    const image = inkedColumns([10, 20], [60, 70]);
    image.data[10 * image.width + 40] = 0;
    expect(widestBlankRun(image, { along: 'x', from: 20, to: 60, acrossFrom: 0, acrossTo: 20 })).toBe(40);
  });
});
