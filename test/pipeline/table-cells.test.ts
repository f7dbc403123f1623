import { describe, expect, it } from 'vitest';
import { findImageRules } from '../../pipeline/ocr/image-rules.ts';
import { findRuledCells } from '../../pipeline/ocr/table-cells.ts';
import { blankPage, fillBox } from '../support/draw-gray.ts';

/** Borders of a box [x0, x1) × [y0, y1), 3 px wide. */
function frame(page: ReturnType<typeof blankPage>, x0: number, y0: number, x1: number, y1: number): void {
  fillBox(page, x0, y0, x1, y0 + 3);
  fillBox(page, x0, y1 - 3, x1, y1);
  fillBox(page, x0, y0, x0 + 3, y1);
  fillBox(page, x1 - 3, y0, x1, y1);
}

/** A 3-cell table row (label, value, empty cell) and a lone box below, each inked cell with a character's strokes. */
function page() {
  const image = blankPage(1200, 700);
  frame(image, 100, 100, 1100, 300);
  fillBox(image, 300, 100, 303, 300);
  fillBox(image, 700, 100, 703, 300);
  fillBox(image, 150, 180, 200, 186); // label
  fillBox(image, 400, 180, 600, 186); // value
  frame(image, 100, 400, 600, 600);
  fillBox(image, 200, 480, 400, 486);
  return image;
}

describe('findRuledCells', () => {
  it('gives the inside of each inked cell, table cells apart from a lone box, the empty cell left out', () => {
    const image = page();
    const cells = findRuledCells(image, findImageRules(image));
    expect(cells.map((c) => c.lone)).toEqual([false, false, true]);
    const [label, value, box] = cells.map((c) => c.box);
    // Inside the borders, clear of them.
    expect(label![0]).toBeGreaterThan(102);
    expect(label![2]).toBeLessThan(301);
    expect(label![0]).toBeLessThanOrEqual(150);
    expect(label![2]).toBeGreaterThanOrEqual(200);
    expect(value![0]).toBeGreaterThan(302);
    expect(value![2]).toBeLessThan(701);
    expect(box![1]).toBeGreaterThan(402);
    expect(box![3]).toBeLessThan(598);
  });

  it('leaves out a frame that holds a table: the table cells are read, the frame with the page', () => {
    const image = page();
    frame(image, 40, 40, 1160, 340);
    const cells = findRuledCells(image, findImageRules(image));
    expect(cells.filter((c) => c.box[0] < 100 && c.box[2] > 1100)).toEqual([]);
    expect(cells.filter((c) => !c.lone)).toHaveLength(2);
  });

  it('measures a cell holding nothing but a dash, however faint the scan left it; a mark of another shape, or two strokes, is read', () => {
    const image = page();
    // The empty cell gets a hyphen of a scanned 10 pt 「-」: 10 × 3 px, its pixels gray, only 6 of them darker than 128.
    fillBox(image, 760, 190, 770, 193, 150);
    fillBox(image, 762, 191, 768, 192, 90);
    const [, , dashed] = findRuledCells(image, findImageRules(image));
    expect(dashed!.dash).toEqual([760, 190, 770, 193]);
    // The same cell with a square mark (「□」's size), or with a second dash, holds no lone dash.
    const square = page();
    fillBox(square, 760, 180, 772, 192);
    expect(findRuledCells(square, findImageRules(square))[2]!.dash).toBeUndefined();
    fillBox(image, 800, 190, 810, 193);
    expect(findRuledCells(image, findImageRules(image))[2]!.dash).toBeUndefined();
  });
});
