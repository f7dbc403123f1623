import type { BBox, Line } from '../../schemas/types.ts';
import { normaliseCharacters } from '../normalise/normalise-text.ts';
import { joinWrapped } from '../structure/join-text.ts';

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
  for (const line of lines) {
    const at = boxes.findIndex((box) => inside(box, centre(line.bbox)));
    if (at >= 0) out[at]!.push(line);
  }
  return out;
}

/** Lines in printed order: visual rows top to bottom (lines whose boxes overlap vertically share a row), each left to right. */
function printedOrder(lines: readonly Line[]): Line[][] {
  const sorted = [...lines].sort((a, b) => a.bbox[1] - b.bbox[1] || a.bbox[0] - b.bbox[0]);
  const rows: Line[][] = [];
  for (const line of sorted) {
    const row = rows.at(-1);
    const height = line.bbox[3] - line.bbox[1];
    // Same row when the vertical centres are within half a line height.
    if (row !== undefined && Math.abs(centre(row[0]!.bbox)[1] - centre(line.bbox)[1]) < height / 2) row.push(line);
    else rows.push([line]);
  }
  return rows.map((row) => row.sort((a, b) => a.bbox[0] - b.bbox[0]));
}

/**
 * Joins the lines of one cell: wraps joined with nothing between Japanese characters and one space
 * between Latin words, characters normalised (NFKC, look-alike radicals); `raw` keeps the printed lines.
 */
export function cellText(lines: readonly Line[]): CellText {
  const ordered = printedOrder(lines).flat();
  const texts = ordered.map((line) => normaliseCharacters(line.text).trim()).filter((t) => t !== '');
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
