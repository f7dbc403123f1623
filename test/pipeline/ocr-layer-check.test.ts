import { describe, expect, it } from 'vitest';
import { chooseOcrReading, isInvisibleOcrLayer } from '../../pipeline/extract/ocr-layer-check.ts';
import type { Line } from '../../schemas/types.ts';

const line = (text: string, confidence?: number): Line => ({ text, bbox: [40, 40, 400, 52], font_size: 12, ...(confidence === undefined ? {} : { confidence }) });
const A4 = { width: 842, height: 595 };
const scan = { id: 'img_p0_1', bbox: [0, 0, 842, 595] as Line['bbox'] };

describe('isInvisibleOcrLayer', () => {
  it('tells an invisible text layer over a scan from visible text, and from a hidden note on a page of print', () => {
    expect(isInvisibleOcrLayer({ images: [scan], textOperators: 40, invisibleTextOperators: 40 }, A4)).toBe(true);
    expect(isInvisibleOcrLayer({ images: [scan], textOperators: 40, invisibleTextOperators: 0 }, A4)).toBe(false);
    expect(isInvisibleOcrLayer({ images: [], textOperators: 40, invisibleTextOperators: 40 }, A4)).toBe(false);
  });
});

describe('chooseOcrReading', () => {
  const layer = [line('鳥取県の人口は553,000人'), line('電話 03-5253-5894')];

  it('keeps a fresh, confident reading over a layer that differs from it (0s dropped, 烏 for 鳥)', () => {
    const choice = chooseOcrReading([line('烏取県の人口は553,人'), line('電話 3-5253-5894')], [line('鳥取県の人口は553,000人', 92), line('電話 03-5253-5894', 90)]);
    expect(choice).toEqual({ use: 'fresh', reason: expect.stringMatching(/^invisible OCR layer over a scan, checked against a fresh OCR reading: they differ in \d+\.\d% of characters, the fresh reading confident \(confidence 91\.\d\); the fresh reading kept$/u) });
  });

  it('keeps the layer when the fresh reading agrees with it, or is unsure where they differ', () => {
    expect(chooseOcrReading(layer, [line('鳥取県の人口は553,000人', 95), line('電話 03-5253-5894', 95)]).use).toBe('layer');
    const unsure = chooseOcrReading(layer, [line('烏取県の人口は558,000人', 55), line('電話 08-5253-5894', 60)]);
    expect(unsure).toEqual({ use: 'layer', reason: expect.stringMatching(/the fresh reading unsure \(confidence 5\d\.\d\); the layer kept$/u) });
  });
});
