import type { Rule } from '../extract/types.ts';
import { TOLERANCE, verticalThrough } from './assign-values.ts';
import type { PlacedLine } from './record-lines.ts';

/** A line printed larger than a block by more than this share is no text of its column (a title). */
const SIZE_SLACK = 0.15;

/** Lines starting this close (points) to a block's left edge are in its column. */
const SAME_LEFT = 2;

/**
 * The right edge of the column a block of lines is printed in, as its page shows it: the furthest any
 * line of the page starting where the block starts reaches, short of a vertical rule at the block's
 * right (a cell's border) or of text printed beside it (the next column), in print no larger than the block's. A block whose own widest line is a whole item (three short list items) is
 * told from a wrapped one by the column it stands in, not by itself alone.
 */
export function columnRightEdge(block: readonly PlacedLine[], pageLines: readonly PlacedLine[], rulesOfPage: (page: number) => readonly Rule[]): number | undefined {
  const first = block[0];
  if (first === undefined) return undefined;
  const own = block.filter((l) => l.page === first.page);
  const x0 = Math.min(...own.map((l) => l.line.bbox[0]));
  const x1 = Math.max(...own.map((l) => l.line.bbox[2]));
  const rules = rulesOfPage(first.page);
  const ruled = Math.min(...own.flatMap((l) => verticalThrough(rules, (l.line.bbox[1] + l.line.bbox[3]) / 2).filter((r) => r.at >= x1 - TOLERANCE).map((r) => r.at)));
  // Text printed beside the block (the next of two columns with no rule between) ends its column too.
  const onRows = (l: PlacedLine): boolean => own.some((o) => l.line.bbox[1] < o.line.bbox[3] && o.line.bbox[1] < l.line.bbox[3]);
  const beside = Math.min(...pageLines.filter((l) => l.page === first.page && l.line.bbox[0] >= x1 - TOLERANCE && onRows(l)).map((l) => l.line.bbox[0]));
  const border = Math.min(ruled, beside);
  // In the block's own print: a title over the column (「事業名:…」 set larger, from the same left edge) is none of its text.
  const size = Math.max(...own.map((l) => l.line.font_size));
  const inPrint = (l: PlacedLine): boolean => l.line.font_size <= (1 + SIZE_SLACK) * size;
  const column = pageLines.filter((l) => l.page === first.page && Math.abs(l.line.bbox[0] - x0) <= SAME_LEFT && l.line.bbox[2] <= border + TOLERANCE && inPrint(l));
  return Math.max(x1, ...column.map((l) => l.line.bbox[2]));
}
