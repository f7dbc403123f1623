import { describe, expect, it } from 'vitest';
import { textLayerBands } from '../../pipeline/extract/text-layer-bands.ts';
import { turnQuarter } from '../../pipeline/ocr/read-sideways.ts';
import type { Line } from '../../schemas/types.ts';

const line = (bbox: Line['bbox'], text = '\ufffd'.repeat(8)): Line => ({ text, bbox, font_size: 8 });
const A4_LANDSCAPE = { width: 842, height: 595 };

describe('textLayerBands', () => {
  it('cuts a horizontal page into its columns, left to right, tiling the page, and marks a margin printed sideways', () => {
    const margin = [line([43, 118, 53, 133], '\ufffd\ufffd'), line([43, 158, 53, 233], '\ufffd'.repeat(8)), line([41, 268, 53, 280], '\ufffd')];
    const left = [line([61, 244, 97, 253]), line([70, 256, 160, 265])];
    const right = [line([253, 62, 413, 70]), line([253, 73, 413, 81]), line([261, 343, 421, 351])];
    expect(textLayerBands([...right, ...margin, ...left], A4_LANDSCAPE)).toEqual({
      regions: [
        [0, 0, 57, 595],
        [57, 0, 206.5, 595],
        [206.5, 0, 842, 595],
      ],
      orientations: ['sideways', 'horizontal', 'horizontal'],
      vertical: false,
    });
  });

  it('cuts a vertical page into its 段, top to bottom, the footer a horizontal band of its own', () => {
    const upper = [line([478, 74, 494, 368]), line([458, 64, 474, 373]), line([518, 63, 540, 400])];
    const lower = [line([478, 426, 494, 713]), line([458, 415, 474, 710])];
    const footer = line([58, 787, 322, 800], '\ufffd'.repeat(30));
    expect(textLayerBands([...upper, ...lower, footer], { width: 595, height: 842 })).toEqual({
      regions: [
        [0, 0, 595, 407.5],
        [0, 407.5, 595, 750],
        [0, 750, 595, 842],
      ],
      orientations: ['vertical', 'vertical', 'horizontal'],
      vertical: true,
    });
  });

  it('leaves a page of one band to be read whole', () => {
    expect(textLayerBands([line([40, 40, 800, 52]), line([40, 60, 400, 72])], A4_LANDSCAPE)).toBeUndefined();
  });
});

describe('turnQuarter', () => {
  it('turns an image a quarter turn either way', () => {
    // 3 wide, 2 high: a b c / d e f
    const image = { width: 3, height: 2, data: Uint8Array.from([1, 2, 3, 4, 5, 6]) };
    expect(turnQuarter(image, true)).toEqual({ width: 2, height: 3, data: Uint8Array.from([4, 1, 5, 2, 6, 3]) });
    expect(turnQuarter(image, false)).toEqual({ width: 2, height: 3, data: Uint8Array.from([3, 6, 2, 5, 1, 4]) });
  });
});
