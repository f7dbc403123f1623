import { describe, expect, it } from 'vitest';
import { findDarkRegions, invertDarkRegions } from '../../pipeline/ocr/dark-regions.ts';
import { blankPage, fillBox, pixel } from '../support/draw-gray.ts';

describe('dark regions', () => {
  it('turns a white-on-dark heading band into dark text on white paper', () => {
    const page = blankPage(800, 300);
    fillBox(page, 100, 50, 700, 130, 60);
    fillBox(page, 150, 80, 300, 100, 250); // a white letter stroke inside the band
    const regions = findDarkRegions(page);
    expect(regions).toHaveLength(1);
    const out = invertDarkRegions(page, regions);
    expect(pixel(out, 400, 60)).toBe(255);
    expect(pixel(out, 200, 90)).toBeLessThan(20);
  });

  it('leaves strokes alone, however bold, and erases a heading bar', () => {
    const page = blankPage(400, 200);
    fillBox(page, 50, 50, 62, 150); // a 12 px stroke
    fillBox(page, 200, 50, 224, 115); // a 24 × 65 bar
    const regions = findDarkRegions(page);
    expect(regions).toHaveLength(1);
    expect(regions[0]![0]).toBeGreaterThanOrEqual(195);
    const out = invertDarkRegions(page, regions);
    expect(pixel(out, 55, 100)).toBe(0);
    expect(pixel(out, 212, 80)).toBe(255);
  });

  it("erases the narrow bar a name is marked with (18 × 57 px at 300 dpi, 16 px wide once deskewed), which OCR read as 「, II or 上 before the name, and no crossing of bold strokes", () => {
    const page = blankPage(400, 200);
    fillBox(page, 50, 40, 68, 97); // the bar before a 12 pt name
    fillBox(page, 100, 40, 116, 101); // one 16 px wide, as deskewing left one
    fillBox(page, 200, 40, 214, 140); // two 14 px strokes crossing (a bold 十)
    fillBox(page, 150, 83, 264, 97);
    const out = invertDarkRegions(page, findDarkRegions(page));
    expect(pixel(out, 59, 70)).toBe(255);
    expect(pixel(out, 108, 70)).toBe(255);
    expect(pixel(out, 207, 90)).toBe(0);
    expect(pixel(out, 160, 90)).toBe(0);
  });
});
