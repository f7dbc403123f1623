import { describe, expect, it } from 'vitest';
import { stretchLevels } from '../../pipeline/ocr/stretch-levels.ts';

describe('stretchLevels', () => {
  it('turns a light cell fill to paper white and darkens text in proportion', () => {
    const image = { width: 4, height: 1, data: new Uint8Array([0, 100, 215, 230]) };
    expect(Array.from(stretchLevels(image, 215).data)).toEqual([0, 119, 255, 255]);
  });
});
