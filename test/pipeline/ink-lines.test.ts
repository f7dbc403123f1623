import { describe, expect, it } from 'vitest';
import { lineBands } from '../../pipeline/extract/text-layer-bands.ts';
import { findInkLines } from '../../pipeline/ocr/ink-lines.ts';
import type { GrayImage } from '../../pipeline/ocr/types.ts';
import { blankPage, fillBox } from '../support/draw-gray.ts';

/** 300 dpi: a 12 pt glyph is 50 px; points per pixel 0.24. */
const PPP = 72 / 300;
const GLYPH = 50;

/** A glyph like 「日」: strokes 6 px wide (a solid square would be taken for a dark fill and turned to paper). */
function drawGlyph(image: GrayImage, x: number, y: number): void {
  for (const [x0, y0, x1, y1] of [[0, 0, GLYPH, 6], [0, 22, GLYPH, 28], [0, GLYPH - 6, GLYPH, GLYPH], [0, 0, 6, GLYPH], [GLYPH - 6, 0, GLYPH, GLYPH]]) {
    fillBox(image, x + x0!, y + y0!, x + x1!, y + y1!);
  }
}

/** Draws `count` glyphs one below another (a column) or side by side (a row), `gap` px apart. */
function drawLine(image: GrayImage, x: number, y: number, count: number, down: boolean, gap = 8): void {
  for (let i = 0; i < count; i++) drawGlyph(image, down ? x : x + i * (GLYPH + gap), down ? y + i * (GLYPH + gap) : y);
}

const inkOf = (page: GrayImage) => findInkLines(page, PPP);

const bandsOf = (image: GrayImage) => {
  const placed = inkOf(image).map(({ box, glyphs }) => ({ bbox: box.map((v) => v * PPP) as [number, number, number, number], glyphs }));
  return lineBands(placed, { width: image.width * PPP, height: image.height * PPP });
};

describe('findInkLines and the bands of a scan', () => {
  it('finds 縦書き in two 段 and a horizontal footer: columns right to left are read as 段 top to bottom, the footer its own band', () => {
    const page = blankPage(2000, 2800);
    // Upper and lower 段 of six columns each, 40 px between columns; a footer row under them.
    for (let c = 0; c < 6; c++) {
      drawLine(page, 1700 - c * 90, 200, 18, true);
      drawLine(page, 1700 - c * 90, 1400, c === 5 ? 4 : 18, true);
    }
    drawLine(page, 200, 2600, 20, false, 4);
    // The rule over the footer is too thin to be text.
    fillBox(page, 200, 2550, 1800, 2554);
    const lines = inkOf(page);
    expect(lines.filter((l) => l.direction === 'column')).toHaveLength(12);
    expect(lines.filter((l) => l.direction === 'row')).toHaveLength(1);
    const bands = bandsOf(page);
    expect(bands.vertical).toBe(true);
    expect(bands.orientations).toEqual(['vertical', 'vertical', 'horizontal']);
  });

  it('reads a horizontal page as horizontal: rows on a grid, short rows stacked in a narrow cell, and the cell borders make no column', () => {
    const page = blankPage(2000, 2800);
    for (let r = 0; r < 12; r++) drawLine(page, 200, 200 + r * 80, 24, false, 4);
    // A narrow cell of two-glyph rows, 30 px apart: joined down they stand like a column.
    for (let r = 0; r < 10; r++) drawLine(page, 200, 1300 + r * 80, 2, false, 4);
    fillBox(page, 180, 1280, 183, 2100);
    fillBox(page, 320, 1280, 323, 2100);
    const lines = inkOf(page);
    expect(lines.filter((l) => l.direction === 'column')).toEqual([]);
    expect(bandsOf(page).vertical).toBe(false);
  });

  it('finds no line on a blank page', () => {
    expect(findInkLines(blankPage(400, 400), PPP)).toEqual([]);
  });
});
