import { describe, expect, it } from 'vitest';
import { lineBands, textLayerBands } from '../../pipeline/extract/text-layer-bands.ts';
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

  it("reads a scan's page of horizontal text as horizontal where its ink stands in stacks of two glyphs (full-width characters on a grid, the lines close)", () => {
    // The lines of ink found on a scanned A4 page of 10.5 pt Mincho, [x0, y0, x1, y1, glyphs] in points: 19 stacks of 2–2.9 glyphs, 5 rows read whole.
    const found: [number, number, number, number, number][] = [[143.0, 61.4, 148.8, 73.0, 2.0], [202.6, 62.4, 208.3, 73.9, 2.0], [241.0, 63.4, 246.7, 74.9, 2.0], [246.7, 63.4, 252.5, 74.9, 2.0], [307.2, 64.3, 313.0, 75.8, 2.0], [313.0, 66.2, 317.8, 76.8, 2.2], [166.1, 86.4, 170.9, 96.0, 2.0], [533.8, 137.3, 542.4, 162.2, 2.9], [95.0, 267.8, 100.8, 279.4, 2.0], [126.7, 268.8, 131.5, 280.3, 2.4], [161.3, 268.8, 166.1, 279.4, 2.2], [172.8, 268.8, 178.6, 281.3, 2.2], [178.6, 270.7, 183.4, 281.3, 2.2], [243.8, 270.7, 248.6, 282.2, 2.4], [215.0, 271.7, 219.8, 281.3, 2.0], [281.3, 295.7, 286.1, 305.3, 2.0], [520.3, 300.5, 525.1, 310.1, 2.0], [529.9, 300.5, 538.6, 325.4, 2.9], [466.6, 306.2, 475.2, 323.5, 2.0], [72.0, 37.4, 97.0, 45.1, 3.3], [98.9, 307.2, 132.5, 317.8, 3.2], [99.8, 321.6, 128.6, 332.2, 2.7], [72.0, 361.0, 335.0, 376.3, 17.1], [518.4, 816.0, 538.6, 824.6, 2.3]];
    const bands = lineBands(found.map(([x0, y0, x1, y1, glyphs]) => ({ bbox: [x0, y0, x1, y1], glyphs })), { width: 595, height: 842 });
    expect(bands.vertical).toBe(false);
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
