import { describe, expect, it } from 'vitest';
import { assessTextLayer } from '../../pipeline/extract/text-layer-quality.ts';
import type { Line } from '../../schemas/types.ts';

const A4 = { width: 842, height: 595 };
const line = (text: string, bbox: Line['bbox'] = [40, 40, 400, 52]): Line => ({ text, bbox, font_size: 12 });
const noImages = { images: [], rules: [], textOperators: 1, invisibleTextOperators: 0 };
const fullPageScan = { images: [{ id: 'img_p0_1', bbox: [0, 0, 842, 595] as Line['bbox'] }], rules: [], textOperators: 0, invisibleTextOperators: 0 };

describe('assessTextLayer', () => {
  it('keeps a clean Japanese text layer', () => {
    expect(assessTextLayer([line('施策名:高度無線環境整備推進事業')], noImages, A4)).toEqual({ use: 'text', reason: null });
  });

  it('sends a page that is one scanned image to OCR', () => {
    expect(assessTextLayer([], fullPageScan, A4)).toEqual({ use: 'ocr', reason: 'no text layer: the page is a scanned image' });
  });

  it('leaves a blank page alone instead of OCRing nothing', () => {
    expect(assessTextLayer([], { images: [] }, A4)).toEqual({ use: 'text', reason: 'blank page' });
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
    const photo = { images: [{ id: "img_p0_2", bbox: [400, 200, 800, 560] as Line["bbox"] }], rules: [], textOperators: 3, invisibleTextOperators: 0 };
    const verdict = assessTextLayer([line('概要', [40, 40, 100, 52])], photo, A4);
    expect(verdict).toEqual({ use: 'mixed', reason: 'scanned image with no text over it (1 region)', regions: [[400, 200, 800, 560]], untrusted: [] });
  });

  it('OCRs the lines whose glyph ids came out as letters of other scripts, and keeps the rest of the page', () => {
    // A heading set in a font without ToUnicode, as pdf.js extracts it from samples/foreign-script-glyphs.pdf.
    const heading = line('ऺ೅\u0014\u0003ણς࣮ ൙ѓʍीद੄ॣ', [60, 50, 300, 66]);
    const body = [line('地域の企業等をはじめとする様々な主体が個別のニーズに応じて独自のシステムを構築できる。', [60, 80, 540, 92]), line('光ファイバー網を全域に整備する事業を支援する。', [60, 100, 400, 112])];
    const verdict = assessTextLayer([heading, ...body], noImages, A4);
    expect(verdict).toMatchObject({ use: 'mixed', untrusted: [heading], reason: 'garbled text layer: 1 line of letters foreign to Japanese (Arabic, Devanagari, Greek, Cyrillic, others), a font without a usable ToUnicode map: those lines read by OCR' });
    expect(verdict.use === 'mixed' && verdict.regions).toEqual([[56.4, 46.4, 303.6, 69.6]]);
  });

  it('OCRs the whole page when most of its characters are foreign-script letters', () => {
    const verdict = assessTextLayer([line('ऺ೅ણς࣮൙ѓʍीद੄ॣ'), line('地域の企業', [40, 60, 100, 72])], noImages, A4);
    expect(verdict).toMatchObject({ use: 'ocr', reason: expect.stringMatching(/^garbled text layer: 1 line of letters foreign to Japanese \(Arabic, Devanagari, Greek/) });
  });

  it('trusts Greek and Cyrillic letters a Japanese text uses (α版, β線, ロシア語のД)', () => {
    expect(assessTextLayer([line('α版の試験運用、β線の測定値、キリル文字のД')], noImages, A4)).toEqual({ use: 'text', reason: null });
  });

  it('trusts a scan that already carries a text layer over it (a searchable PDF)', () => {
    expect(assessTextLayer([line('施策名', [100, 100, 300, 120])], fullPageScan, A4)).toEqual({ use: 'text', reason: null });
  });

  it('OCRs a scan around a stamped line when the scan is inked away from it, and trusts one whose text explains its ink', () => {
    const stamp = line('（参考②）', [36, 10, 91, 21]);
    const stamped = assessTextLayer([stamp], fullPageScan, A4, {}, new Map([['img_p0_1', { lines: 1, inkOutsideText: 0.056 }]]));
    expect(stamped).toEqual({
      use: 'mixed',
      reason: "scanned image whose print the text over it does not explain (1 line over it, 5.6% of it inked elsewhere): OCR'd around that text",
      regions: [[0, 0, 842, 595]],
      untrusted: [],
    });
    // A searchable scan, or a slide's background under its text: no glyph ink away from the text.
    expect(assessTextLayer([stamp], fullPageScan, A4, {}, new Map([['img_p0_1', { lines: 1, inkOutsideText: 0.002 }]]))).toEqual({ use: 'text', reason: null });
  });
});
