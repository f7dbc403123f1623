import { componentBoxes } from './component-boxes.ts';
import type { GrayImage, PixelBox } from './types.ts';

export interface InkLineOptions {
  /**
   * Widest gap between two glyphs of one line, in points: ink closer than this along a line's
   * direction is joined into it. A vertical column's glyphs stand up to about 0.6 em apart after
   * 「、」「。」 (7 pt at 11.5 pt); its neighbouring columns 0.85 em (10 pt) at 1.75 line height.
   * @defaultValue 8
   */
  joinGap?: number;
  /**
   * Shortest straight run of ink taken for a rule and left out, in points: a glyph's longest
   * stroke is about its size (12 pt), a table's borders run on.
   * @defaultValue 30
   */
  minRule?: number;
  /**
   * Narrowest a line of text is across, in points: thinner ink (a rule, a border, a dash of a
   * frame) is not text.
   * @defaultValue 4
   */
  minThickness?: number;
}

/** A line of text found from ink alone, before any OCR: pixels, origin top-left. */
export interface InkLine {
  box: PixelBox;
  /** A column of glyphs standing one below another (縦書き), or a row side by side. */
  direction: 'column' | 'row';
  /** About how many glyphs long it is: its length over its thickness. */
  glyphs: number;
}

/** Side of the square cells the image is looked at in, in pixels: a scanner's speckle fills no cell. */
const CELL = 4;
/** Gray level below which a pixel is ink. */
const INK = 128;
/** Fewest ink pixels of a cell that make it ink. */
const MIN_CELL_INK = 2;
/** How much longer than thick a run of ink is to be a line rather than a glyph or a block. */
const ELONGATION = 2;

/** The image as a grid of CELL-sized cells, 1 where the cell holds ink. */
function inkCells(image: GrayImage): { cells: Uint8Array; columns: number; rows: number } {
  const columns = Math.ceil(image.width / CELL);
  const rows = Math.ceil(image.height / CELL);
  const counts = new Uint16Array(columns * rows);
  for (let y = 0; y < image.height; y++) {
    const row = ((y / CELL) | 0) * columns;
    for (let x = 0; x < image.width; x++) if (image.data[y * image.width + x]! < INK) counts[row + ((x / CELL) | 0)]!++;
  }
  return { cells: Uint8Array.from(counts, (n) => (n >= MIN_CELL_INK ? 1 : 0)), columns, rows };
}

/**
 * The cells with every straight run of ink at least `minRun` cells long, down or across, emptied:
 * rules and a table's borders, which no glyph's stroke is as long as. Left in, a border that text
 * stands close to joins that text's rows into one block shaped like a column.
 */
function withoutRules(cells: Uint8Array, columns: number, rows: number, minRun: number): Uint8Array {
  const out = new Uint8Array(cells);
  const clearRuns = (lines: number, length: number, at: (line: number, i: number) => number): void => {
    for (let line = 0; line < lines; line++) {
      let start = 0;
      for (let i = 0; i <= length; i++) {
        if (i < length && cells[at(line, i)] === 1) continue;
        if (i - start >= minRun) for (let j = start; j < i; j++) out[at(line, j)] = 0;
        start = i + 1;
      }
    }
  };
  clearRuns(columns, rows, (line, i) => i * columns + line);
  clearRuns(rows, columns, (line, i) => line * columns + i);
  return out;
}

/** The cells with every gap of at most `gap` empty cells between two ink cells filled, along columns (down) or rows (across). */
function joinAlong(cells: Uint8Array, columns: number, rows: number, gap: number, down: boolean): Uint8Array {
  const out = new Uint8Array(cells);
  const [lines, length] = down ? [columns, rows] : [rows, columns];
  const at = down ? (line: number, i: number) => i * columns + line : (line: number, i: number) => line * columns + i;
  for (let line = 0; line < lines; line++) {
    let lastInk = -1;
    for (let i = 0; i < length; i++) {
      if (cells[at(line, i)] !== 1) continue;
      if (lastInk >= 0 && i - lastInk - 1 <= gap) for (let j = lastInk + 1; j < i; j++) out[at(line, j)] = 1;
      lastInk = i;
    }
  }
  return out;
}

const area = (b: PixelBox): number => (b[2] - b[0]) * (b[3] - b[1]);
const overlap = (a: PixelBox, b: PixelBox): number =>
  Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0])) * Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
const within = (line: InkLine, other: InkLine): boolean => overlap(line.box, other.box) > 0.5 * area(line.box);
/** A line of the other direction lying in `line`, or running across the whole of it. */
const cuts = (other: InkLine, line: InkLine): boolean => {
  if (within(other, line)) return true;
  const [from, to] = line.direction === 'column' ? [0, 2] : [1, 3];
  return overlap(other.box, line.box) > 0 && other.box[from]! <= line.box[from]! + CELL && other.box[to]! >= line.box[to]! - CELL;
};
/** Lines that lie mostly inside no line of the other direction: 「一」 in a column, 「1」 in a row. */
const outside = (lines: readonly InkLine[], others: readonly InkLine[]): InkLine[] => lines.filter((line) => !others.some((other) => within(line, other)));
/**
 * Lines cut by no two lines of the other direction. Glyphs stand on a grid in both directions:
 * rows closer than `joinGap` join down into stacks shaped like columns, each cut by the rows
 * across it, and columns as close join across into rows; where both cut each other, neither is
 * believed, and the page's other lines decide.
 */
const uncut = (lines: readonly InkLine[], others: readonly InkLine[]): InkLine[] => lines.filter((line) => others.filter((other) => cuts(other, line)).length < 2);
/**
 * The lines of text on a page image, found from where its ink stands, before any OCR reads it:
 * ink joined down the page makes a vertical column (縦書き) where glyphs stand one below another,
 * ink joined across makes a row where they stand side by side; what is neither longer than thick
 * (a lone glyph, a block of lines run together) is left out, and so are rules and ink too thin
 * to be text.
 * Cheap (a grid of 4-pixel cells and two passes of connected parts), so that a scan's writing
 * direction and its 段 are known before choosing how to read it. `pointsPerPixel` sets the sizes.
 */
export function findInkLines(image: GrayImage, pointsPerPixel: number, options: InkLineOptions = {}): InkLine[] {
  const { joinGap = 8, minRule = 30, minThickness = 4 } = options;
  const ink = inkCells(image);
  const { columns, rows } = ink;
  const cells = withoutRules(ink.cells, columns, rows, Math.round(minRule / pointsPerPixel / CELL));
  const gap = Math.round(joinGap / pointsPerPixel / CELL);
  const thick = minThickness / pointsPerPixel;
  const linesJoined = (down: boolean): InkLine[] =>
    componentBoxes(joinAlong(cells, columns, rows, gap, down), columns, rows).flatMap(({ box }): InkLine[] => {
      const pixels: PixelBox = [box[0] * CELL, box[1] * CELL, Math.min(image.width, box[2] * CELL), Math.min(image.height, box[3] * CELL)];
      const [length, across] = down ? [pixels[3] - pixels[1], pixels[2] - pixels[0]] : [pixels[2] - pixels[0], pixels[3] - pixels[1]];
      if (across < thick || length < ELONGATION * across) return [];
      return [{ box: pixels, direction: down ? 'column' : 'row', glyphs: length / across }];
    });
  const [joinedDown, joinedAcross] = [linesJoined(true), linesJoined(false)];
  const columnLines = uncut(joinedDown, joinedAcross);
  const rowLines = uncut(joinedAcross, joinedDown);
  return [...outside(columnLines, rowLines), ...outside(rowLines, columnLines)];
}
