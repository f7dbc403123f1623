import type { BBox, Line } from '../../schemas/types.ts';
import { joinWrapped } from '../normalise/join-wrapped.ts';
import { normaliseCharacters } from '../normalise/normalise-text.ts';
import { isVerticalLine } from '../lines/vertical-line.ts';
import { unspaced } from './letter-spaced.ts';

/** The text of one cell: joined for reading, and as printed. */
export interface CellText {
  text: string;
  raw: string;
  /** Any of its lines was read by OCR. */
  ocr: boolean;
}

/** Marks that open a list item inside a cell (a cell opening with one holds a list, never a column title). */
export const LIST_MARK = /^[・•●○◯■□◆◇▶▷※✓✔☆★]/u;

const centre = (b: BBox): [number, number] => [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];
const inside = (b: BBox, [x, y]: [number, number]): boolean => x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];

/**
 * Which lines fall in which box (by the centre of the line, since glyph boxes overhang borders
 * slightly): one list per box, in the order the boxes are given. Lines outside every box are left out.
 */
export function linesInBoxes(lines: readonly Line[], boxes: readonly BBox[]): Line[][] {
  const out: Line[][] = boxes.map(() => []);
  // Boxes by their top edge: a line's centre is looked for only in boxes that start above it and
  // are tall enough to reach it (a page's grid has hundreds of cells, and this runs for every line).
  const order = boxes.map((_, i) => i).sort((a, b) => boxes[a]![1] - boxes[b]![1]);
  const tops = order.map((i) => boxes[i]![1]);
  const tallest = boxes.reduce((most, box) => Math.max(most, box[3] - box[1]), 0);
  for (const line of lines) {
    const point = centre(line.bbox);
    let above = 0;
    for (let span = tops.length; span > 0; ) {
      const half = span >> 1;
      if (tops[above + half]! <= point[1]) {
        above += half + 1;
        span -= half + 1;
      } else span = half;
    }
    // The first box in the given order that holds the centre, as boxes may overlap.
    let at = -1;
    for (let k = above - 1; k >= 0 && tops[k]! >= point[1] - tallest; k--) {
      const i = order[k]!;
      if ((at < 0 || i < at) && inside(boxes[i]!, point)) at = i;
    }
    if (at >= 0) out[at]!.push(line);
  }
  return out;
}

const centreY = (b: BBox): number => (b[1] + b[3]) / 2;
const sameRow = (a: Line, b: Line): boolean => Math.abs(centreY(a.bbox) - centreY(b.bbox)) < (b.bbox[3] - b.bbox[1]) / 2;

/** What stacks one to a row: a Japanese glyph, or a run of Latin letters, digits and time marks printed together (「30」 of 「12:30」). */
const STACKED_PIECE = /[\p{Script=Latin}\p{Nd}:：.．\-－]+|\S/gu;

/**
 * Glyphs that stand one a row at a cell's left (「木」 over 「土」, each before its hours) are read
 * by text extraction as one vertical line 「木土」: split back into one line a glyph, at the rows
 * they are printed on, when one of them shares its row with a horizontal line of the cell. A cell
 * of vertical text (a 縦書き label) keeps its lines.
 */
function unstack(lines: readonly Line[]): readonly Line[] {
  // Most cells hold no vertical line: returned as they are, nothing allocated.
  if (!lines.some(isVerticalLine)) return lines;
  const horizontal = lines.filter((line) => !isVerticalLine(line));
  return lines.flatMap((line) => {
    if (!isVerticalLine(line)) return [line];
    const pieces = line.text.match(STACKED_PIECE) ?? [];
    const pitch = (line.bbox[3] - line.bbox[1]) / pieces.length;
    // Stacked glyphs stand a line apart; a longer column is text set vertically.
    if (pieces.length < 2 || pitch > 1.5 * line.font_size) return [line];
    const split = pieces.map((text, i): Line => ({ ...line, text, bbox: [line.bbox[0], line.bbox[1] + i * pitch, line.bbox[2], line.bbox[1] + (i + 1) * pitch] }));
    return split.some((piece) => horizontal.some((h) => sameRow(piece, h))) ? split : [line];
  });
}

/** Lines in printed order: visual rows top to bottom (lines whose boxes overlap vertically share a row), each left to right. */
function printedOrder(lines: readonly Line[]): Line[][] {
  const sorted = [...lines].sort((a, b) => a.bbox[1] - b.bbox[1] || a.bbox[0] - b.bbox[0]);
  const rows: Line[][] = [];
  for (const line of sorted) {
    const row = rows.at(-1);
    // Same row when the vertical centres are within half a line height.
    if (row !== undefined && sameRow(row[0]!, line)) row.push(line);
    else rows.push([line]);
  }
  return rows.map((row) => row.sort((a, b) => a.bbox[0] - b.bbox[0]));
}

/**
 * One visual row's text. A label set a font size or more before a figure or a Latin word keeps a
 * space before it (「木 9:00〜12:00」); Japanese text split by a wide gap (letter-spaced 「追 加」, a
 * unit after its figure) joins as a wrap does, and so does a label letter-spaced with spaces
 * (「文 部 科 学 省」).
 */
function rowText(row: readonly Line[]): string {
  let text = '';
  row.forEach((line, i) => {
    const part = unspaced(normaliseCharacters(line.text).trim());
    const before = row[i - 1];
    const apart = before !== undefined && line.bbox[0] - before.bbox[2] >= before.font_size;
    text = apart && /[^\x00-\x7f]$/u.test(text) && /^[0-9A-Za-z]/u.test(part) ? `${text} ${part}` : joinWrapped(text, part);
  });
  return text;
}

/**
 * Joins the lines of one cell row by row, top to bottom: wraps joined with nothing between Japanese
 * characters and one space between Latin words, characters normalised (NFKC, look-alike radicals);
 * `raw` keeps the printed lines.
 */
export function cellText(lines: readonly Line[]): CellText {
  const rows = printedOrder(unstack(lines));
  const ordered = rows.flat();
  const texts = rows.map(rowText).filter((t) => t !== '');
  // A cell that opens with a list mark holds a list: one item a line. A mark further down in
  // other cells is only where a wrap fell (株式会社エヌ・ティ・ティ / ・データ…).
  const isList = texts.length > 0 && LIST_MARK.test(texts[0]!);
  const text = texts.reduce((before, after) => (isList && before !== '' && LIST_MARK.test(after) ? `${before}\n${after}` : joinWrapped(before, after)), '');
  return {
    text,
    raw: ordered.map((line) => line.text).join('\n'),
    ocr: ordered.some((line) => line.confidence !== undefined),
  };
}
