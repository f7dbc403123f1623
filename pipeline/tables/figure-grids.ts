import { holdsFigure } from './cell-number.ts';
import type { TableCell } from '../../schemas/types.ts';
import type { PageTable } from './page-tables.ts';

export interface FigureGridsOptions {
  /**
   * Least share of a grid's cells that hold text for it to be a table: a chart's gridlines and
   * bars, or a diagram's boxes and the gaps between them, cut the page into cells that stay empty.
   * @defaultValue 0.35
   */
  minFilledShare?: number;
  /**
   * Fewest cells a grid must have before its empty share says it is a figure (a small table may
   * leave half its cells blank).
   * @defaultValue 12
   */
  minCellsToJudge?: number;
}

/** Why a ruled grid is a figure or a box and not a table, or null when it reads as a table. */
export type FigureKind = 'box' | 'chart-or-diagram';

/**
 * What a ruled grid is when it is not a table: a box (one column: a framed title and text, a
 * column of framed steps of a flow; or one row of words: a row of boxes) or a chart or diagram (most cells
 * empty). A table has data in rows and columns.
 */
export function figureKind(table: PageTable, options: FigureGridsOptions = {}): FigureKind | null {
  const { minFilledShare = 0.35, minCellsToJudge = 12 } = options;
  const cells = table.rows.flat().filter((cell) => cell.merged_into === null);
  if (table.xs.length - 1 < 2) return 'box';
  // One row of figures is a table's body whose head is printed apart (a budget book's 目 row); one
  // row of words is a row of boxes.
  if (table.rows.length < 2 && !cells.some((cell) => holdsFigure(cell.text))) return 'box';
  const filled = cells.filter((cell) => cell.text !== '').length;
  // A sparse table still names its columns or rows (a budget's revision columns not yet filled);
  // a chart's axis labels and a diagram's captions stand outside its grid.
  const named = (line: readonly TableCell[]): boolean => {
    const own = line.filter((cell) => cell.merged_into === null);
    return own.length > 0 && own.filter((cell) => cell.text !== '').length >= own.length / 2;
  };
  const headed = named(table.rows[0]!) || named(table.rows.map((row) => row[0]!));
  if (cells.length >= minCellsToJudge && filled < minFilledShare * cells.length && !headed) return 'chart-or-diagram';
  return null;
}
