import { describe, expect, it } from 'vitest';
import { encodePgm, toGrayImage } from '../../pipeline/ocr/gray-image.ts';

describe('toGrayImage', () => {
  it('keeps white white and black black from RGBA (no overflow at 255)', () => {
    const rgba = new Uint8ClampedArray([255, 255, 255, 255, 0, 0, 0, 255]);
    expect(Array.from(toGrayImage(2, 1, 3, rgba).data)).toEqual([255, 0]);
  });

  it('composites transparent pixels over white paper', () => {
    expect(Array.from(toGrayImage(1, 1, 3, new Uint8ClampedArray([0, 0, 0, 0])).data)).toEqual([255]);
  });

  it('unpacks 1-bit rows padded to whole bytes', () => {
    // 3 pixels per row: 1,0,1 then 0,1,0.
    const packed = new Uint8Array([0b1010_0000, 0b0100_0000]);
    expect(Array.from(toGrayImage(3, 2, 1, packed).data)).toEqual([255, 0, 255, 0, 255, 0]);
  });

  it('reads RGB with luma weights', () => {
    expect(Array.from(toGrayImage(1, 1, 2, new Uint8Array([255, 0, 0])).data)).toEqual([76]);
  });
});

describe('encodePgm', () => {
  it('writes a binary PGM header and the pixels', () => {
    const pgm = encodePgm({ width: 2, height: 1, data: new Uint8Array([0, 255]) });
    expect(new TextDecoder().decode(pgm.subarray(0, 11))).toBe('P5\n2 1\n255\n');
    expect(Array.from(pgm.subarray(11))).toEqual([0, 255]);
  });
});
