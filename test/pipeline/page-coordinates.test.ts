import { describe, expect, it } from 'vitest';
import { ocrRulesToPage } from '../../pipeline/ocr/page-coordinates.ts';

describe('ocrRulesToPage', () => {
  it('puts rules found in a scan on the page in points, offset like the scan itself', () => {
    const rules = ocrRulesToPage(
      [
        { orientation: 'horizontal', from: 100, to: 1100, at: 400, thickness: 3 },
        { orientation: 'vertical', from: 200, to: 500, at: 300, thickness: 3 },
      ],
      0.24,
      [10, 20],
    );
    expect(rules).toEqual([
      { orientation: 'horizontal', from: 34, to: 274, at: 116 },
      { orientation: 'vertical', from: 68, to: 140, at: 82 },
    ]);
  });
});
