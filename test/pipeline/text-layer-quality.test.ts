import { describe, expect, it } from 'vitest';
import { assessTextLayer } from '../../pipeline/extract/text-layer-quality.ts';
import type { Line } from '../../schemas/types.ts';

const A4 = { width: 842, height: 595 };
const line = (text: string, bbox: Line['bbox'] = [40, 40, 400, 52]): Line => ({ text, bbox, font_size: 12 });
const noImages = { images: [], rules: [], textOperators: 1 };
const fullPageScan = { images: [{ id: 'img_p0_1', bbox: [0, 0, 842, 595] as Line['bbox'] }], rules: [], textOperators: 0 };

describe('assessTextLayer', () => {
  it('keeps a clean Japanese text layer', () => {
    expect(assessTextLayer([line('施策名:高度無線環境整備推進事業')], noImages, A4)).toEqual({ use: 'text', reason: null });
  });

  it('sends a page that is one scanned image to OCR', () => {
    expect(assessTextLayer([], fullPageScan, A4)).toEqual({ use: 'ocr', reason: 'no text layer: the page is a scanned image' });
  });

  it('leaves a blank page alone instead of OCRing nothing', () => {
    expect(assessTextLayer([], { images: [], rules: [], textOperators: 0 }, A4)).toEqual({ use: 'text', reason: 'blank page' });
  });

  it('sends text mapped to private-use characters to OCR', () => {
    const verdict = assessTextLayer([line('\ue001\ue002\ue003\ue004:\ue005\ue006')], noImages, A4);
    expect(verdict.use).toBe('ocr');
    expect(verdict.reason).toMatch(/^garbled text layer: 86% private-use/);
  });

  it('sends UTF-8 read as Latin-1 (mojibake) to OCR', () => {
    const verdict = assessTextLayer([line('æ–½ç­–å\u0090\u008dï¼šé«˜åº¦ç„¡ç·š')], noImages, A4);
    expect(verdict).toMatchObject({ use: 'ocr', reason: expect.stringMatching(/mojibake/) });
  });

  it('OCRs only the scanned region of a page that has text elsewhere', () => {
    const photo = { images: [{ id: "img_p0_2", bbox: [400, 200, 800, 560] as Line["bbox"] }], rules: [], textOperators: 3 };
    const verdict = assessTextLayer([line('概要', [40, 40, 100, 52])], photo, A4);
    expect(verdict).toEqual({ use: 'mixed', reason: 'scanned image with no text over it (1 region)', regions: [[400, 200, 800, 560]] });
  });

  it('trusts a scan that already carries a text layer over it (a searchable PDF)', () => {
    expect(assessTextLayer([line('施策名', [100, 100, 300, 120])], fullPageScan, A4)).toEqual({ use: 'text', reason: null });
  });
});
