import type { BBox, Line, TableCell } from '../../schemas/types.ts';
import type { PageLayout } from '../extract/types.ts';
import { cellText, linesInBoxes } from './cell-text.ts';
import type { RuledGrid } from './find-grids.ts';
import { frameRows, type FrameRowsOptions } from './frame-rows.ts';
import { gridCells } from './grid-cells.ts';
import { findRuledGrids } from './ruled-grids.ts';
import type { RuledGridOptions } from './types.ts';

/** A table as found on one page, before headers are decided and continuations joined. */
export interface PageTable {
  page: number;
  /** Page size, to tell whether the table ends at the foot or starts at the head of its page. */
  pageHeight: number;
  bbox: BBox;
  /** Column boundaries, left to right (to match a continuation on the next page). */
  xs: number[];
  /** Full grid: every row has one cell per column; covered slots point at their merge origin (row indices local to this page). */
  rows: TableCell[][];
  caption: string | null;
  /** `ruled`: found from its drawn borders; `aligned`: drawn without rules, found from the alignment of its text. */
  ruling: 'ruled' | 'aligned';
}

export interface PageTablesOptions extends RuledGridOptions {
  frameRows?: FrameRowsOptions;
  /**
   * Largest gap between a table's top border and the caption line above it, in multiples of
   * that line's font size.
   * @defaultValue 1
   */
  captionGap?: number;
}

const overlapsX = (a: BBox, b: BBox): boolean => a[0] < b[2] && b[0] < a[2];

/** The caption: the nearest lines just above the table and over it (all lines on that baseline). */
export function captionOf(lines: readonly Line[], bbox: BBox, gapFactor: number): string | null {
  const above = lines.filter((l) => l.bbox[3] <= bbox[1] + 1 && overlapsX(l.bbox, bbox) && l.text.trim() !== '');
  if (above.length === 0) return null;
  const nearest = above.reduce((a, b) => (b.bbox[3] > a.bbox[3] ? b : a));
  if (bbox[1] - nearest.bbox[3] > gapFactor * nearest.font_size) return null;
  const sameRow = above
    .filter((l) => Math.abs((l.bbox[1] + l.bbox[3]) / 2 - (nearest.bbox[1] + nearest.bbox[3]) / 2) < (nearest.bbox[3] - nearest.bbox[1]) / 2)
    .sort((a, b) => a.bbox[0] - b.bbox[0]);
  return cellText(sameRow).text || null;
}

const centreOf = (b: BBox): [number, number] => [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];

/** A grid without the rows added where its column rules run on (see `findGrids`) when no text stands in them. */
function withoutEmptyOpenRows(grid: RuledGrid, lines: readonly Line[]): RuledGrid {
  const holdsText = (y0: number, y1: number): boolean =>
    lines.some((line) => {
      const [x, y] = centreOf(line.bbox);
      return x >= grid.bbox[0] && x <= grid.bbox[2] && y >= y0 && y <= y1;
    });
  const bottom = grid.openRows.bottom && !holdsText(grid.ys.at(-2)!, grid.ys.at(-1)!);
  const top = grid.openRows.top && !holdsText(grid.ys[0]!, grid.ys[1]!);
  if (!bottom && !top) return grid;
  const ys = grid.ys.slice(top ? 1 : 0, bottom ? -1 : undefined);
  return { ...grid, ys, bbox: [grid.bbox[0], ys[0]!, grid.bbox[2], ys.at(-1)!], openRows: { top: grid.openRows.top && !top, bottom: grid.openRows.bottom && !bottom } };
}

/** Finds the ruled tables of one page, each a full grid of cells with their text. */
export function pageTables(layout: PageLayout, options: PageTablesOptions = {}): PageTable[] {
  const { page } = layout;
  const grids = findRuledGrids(layout.rules, options).map((grid) => frameRows(withoutEmptyOpenRows(grid, page.lines), page.lines, options.frameRows));
  const tables: PageTable[] = [];
  const inTable = (line: Line): boolean => {
    const [x, y] = centreOf(line.bbox);
    return grids.some((g) => x >= g.bbox[0] && x <= g.bbox[2] && y >= g.bbox[1] && y <= g.bbox[3]);
  };
  const freeLines = page.lines.filter((line) => !inTable(line));
  for (const grid of grids) {
    const cells = gridCells(grid, options.cells);
    const texts = linesInBoxes(page.lines, cells.map((c) => c.bbox)).map(cellText);
    const cols = grid.xs.length - 1;
    const rows: TableCell[][] = Array.from({ length: grid.ys.length - 1 }, () => new Array<TableCell>(cols));
    cells.forEach((cell, i) => {
      const { text, raw, ocr } = texts[i]!;
      const source = { page: page.number, bbox: cell.bbox, method: ocr ? ('ocr' as const) : ('text' as const) };
      for (let r = cell.row; r < cell.row + cell.rowSpan; r++) {
        for (let c = cell.col; c < cell.col + cell.colSpan; c++) {
          const origin = r === cell.row && c === cell.col;
          rows[r]![c] = origin
            ? { text, raw, row_span: cell.rowSpan, col_span: cell.colSpan, merged_into: null, source }
            : { text: '', raw: '', row_span: 1, col_span: 1, merged_into: { row: cell.row, col: cell.col }, source };
        }
      }
    });
    tables.push({
      page: page.number,
      pageHeight: page.height,
      bbox: grid.bbox,
      xs: grid.xs,
      rows,
      caption: captionOf(freeLines, grid.bbox, options.captionGap ?? 1),
      ruling: 'ruled',
    });
  }
  return tables;
}
