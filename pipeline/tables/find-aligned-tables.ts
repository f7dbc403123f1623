import { isVerticalLine } from '../extract/text-lines.ts';
import type { BBox, Line, Page, TableCell } from '../../schemas/types.ts';
import { cellText, LIST_MARK, linesInBoxes } from './cell-text.ts';
import { captionOf, type PageTable } from './page-tables.ts';

export interface AlignedTablesOptions {
  /**
   * Fewest rows with text in two columns or more for a grid of text to be a table.
   * @defaultValue 3
   */
  minRows?: number;
  /**
   * Fewest columns: two columns of text side by side are as often prose or label and value.
   * @defaultValue 3
   */
  minColumns?: number;
  /**
   * Largest gap between two rows of one table, in font sizes.
   * @defaultValue 2
   */
  maxRowGapEm?: number;
  /**
   * Longest median text of a column, in characters: a column of sentences is prose set in
   * columns, a table of contents or a page of labelled paragraphs, not a table.
   * @defaultValue 15
   */
  maxMedianCellText?: number;
  /**
   * Least share of the grid's cells that hold text: a table fills its grid, a table of contents
   * or a page of headings and lists leaves many slots empty.
   * @defaultValue 0.9
   */
  minFilledShare?: number;
  /**
   * Largest gap between the table's first row and the caption line above it, in that line's font
   * sizes (measured from the text, as no border frames the table).
   * @defaultValue 2
   */
  captionGap?: number;
}

/** Lines on one visual row, left to right, and the extent of their boxes. */
interface TextRow {
  lines: Line[];
  top: number;
  bottom: number;
}

type Interval = [number, number];

/** What opens an item of a list or a numbered heading: a list mark, ①, (1), 1. or a number and a space. */
const ITEM_MARK = new RegExp(`${LIST_MARK.source}|^[①-⑳]|^[(（][0-9０-９]+[)）]|^[0-9０-９]+[.．、)）]?[\\s　]`, 'u');

const centreY = (b: BBox): number => (b[1] + b[3]) / 2;
const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor((sorted.length - 1) / 2)]!;
};

/** Groups lines into visual rows, top to bottom: lines whose centres lie within 0.3 font sizes of the row's first. */
function textRows(lines: readonly Line[]): TextRow[] {
  const rows: TextRow[] = [];
  for (const line of [...lines].sort((a, b) => centreY(a.bbox) - centreY(b.bbox))) {
    const row = rows.at(-1);
    const anchor = row?.lines[0];
    if (row !== undefined && anchor !== undefined && Math.abs(centreY(line.bbox) - centreY(anchor.bbox)) <= 0.3 * Math.min(line.font_size, anchor.font_size)) {
      row.lines.push(line);
      row.top = Math.min(row.top, line.bbox[1]);
      row.bottom = Math.max(row.bottom, line.bbox[3]);
    } else {
      rows.push({ lines: [line], top: line.bbox[1], bottom: line.bbox[3] });
    }
  }
  for (const row of rows) row.lines.sort((a, b) => a.bbox[0] - b.bbox[0]);
  return rows;
}

/** Where text stands across rows: the union of the lines' extents along one axis, as disjoint intervals in order. */
function covered(extents: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const [from, to] of [...extents].sort((a, b) => a[0] - b[0])) {
    const last = out.at(-1);
    if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

const columnsOf = (rows: readonly TextRow[]): Interval[] => covered(rows.flatMap((r) => r.lines.map((l): Interval => [l.bbox[0], l.bbox[2]])));

/** The lines of each column, top to bottom. */
const columnLines = (rows: readonly TextRow[], columns: readonly Interval[]): Line[][] =>
  columns.map(([from, to]) => rows.flatMap((r) => r.lines.filter((l) => l.bbox[0] >= from && l.bbox[2] <= to)));

/** Each column's lines line up: most share their left edge, their right edge (figures) or their centre. */
function aligned(columns: readonly Line[][]): boolean {
  return columns.every((lines) => {
    const tolerance = 0.5 * median(lines.map((l) => l.font_size));
    const share = (edge: (l: Line) => number): number => {
      const at = median(lines.map(edge));
      return lines.filter((l) => Math.abs(edge(l) - at) <= tolerance).length / lines.length;
    };
    return Math.max(share((l) => l.bbox[0]), share((l) => l.bbox[2]), share((l) => (l.bbox[0] + l.bbox[2]) / 2)) >= 0.6;
  });
}

/**
 * The rows of a grid that starts at `rows[start]`: following rows are taken while they stand close
 * and keep every gutter between the columns clear. Trailing rows with one line (a note under the
 * table that fits in a column) are left out.
 */
function growGrid(rows: readonly TextRow[], start: number, options: Required<AlignedTablesOptions>): TextRow[] {
  const grid = [rows[start]!];
  let columns = columnsOf(grid).length;
  for (let i = start + 1; i < rows.length; i++) {
    const row = rows[i]!;
    const previous = grid.at(-1)!;
    const size = Math.max(...row.lines.map((l) => l.font_size));
    if (row.top - previous.bottom > options.maxRowGapEm * size) break;
    const widened = columnsOf([...grid, row]).length;
    if (widened < columns) break;
    grid.push(row);
    columns = widened;
  }
  while (grid.length > 0 && grid.at(-1)!.lines.length < 2) grid.pop();
  return grid;
}

/**
 * Whether a grid of text reads as a table: enough rows and columns, each column aligned, of short
 * texts and not a list; the grid's slots filled.
 */
function isTable(grid: readonly TextRow[], options: Required<AlignedTablesOptions>): boolean {
  const columns = columnsOf(grid);
  if (grid.filter((r) => r.lines.length >= 2).length < options.minRows || columns.length < options.minColumns) return false;
  const lines = columnLines(grid, columns);
  if (lines.some((column) => median(column.map((l) => [...l.text].length)) > options.maxMedianCellText)) return false;
  if (lines.some((column) => column.filter((l) => ITEM_MARK.test(l.text)).length >= column.length / 2)) return false;
  return aligned(lines);
}

/**
 * The table's rows: lines whose boxes overlap vertically are one row (a cell on two lines beside
 * cells centred on it), and a lone line closer to the row above than rows stand apart continues a
 * cell of that row (cells aligned at their top).
 */
function tableRows(grid: readonly TextRow[]): Interval[] {
  const bands = covered(grid.flatMap((r) => r.lines.map((l): Interval => [l.bbox[1] + 0.5, l.bbox[3] - 0.5])));
  const gaps = bands.slice(1).map((band, i) => band[0] - bands[i]![1]);
  const rowGap = median(gaps);
  const rows: Interval[] = [];
  bands.forEach((band, i) => {
    const lone = grid.flatMap((r) => r.lines).filter((l) => l.bbox[1] + 0.5 >= band[0] && l.bbox[3] - 0.5 <= band[1]).length === 1;
    if (i > 0 && lone && gaps[i - 1]! < 0.6 * rowGap) rows.at(-1)![1] = band[1];
    else rows.push([...band]);
  });
  return rows;
}

/** Boundaries between intervals (halfway across each gap), with the outer edges moved out by half a gap. */
function boundaries(intervals: readonly Interval[]): number[] {
  const gaps = intervals.slice(1).map((next, i) => next[0] - intervals[i]![1]);
  const pad = median(gaps) / 2;
  const round = (n: number): number => Math.round(n * 100) / 100;
  return [intervals[0]![0] - pad, ...gaps.map((gap, i) => intervals[i]![1] + gap / 2), intervals.at(-1)![1] + pad].map(round);
}

/** A grid of text as a page table: one cell per row and column, each with the lines inside it. */
function toPageTable(page: Page, grid: readonly TextRow[], freeLines: readonly Line[], options: Required<AlignedTablesOptions>): PageTable {
  const xs = boundaries(columnsOf(grid));
  const ys = boundaries(tableRows(grid));
  const boxes: BBox[] = ys.slice(1).flatMap((y1, r) => xs.slice(1).map((x1, c): BBox => [xs[c]!, ys[r]!, x1, y1]));
  const texts = linesInBoxes(grid.flatMap((r) => r.lines), boxes).map(cellText);
  const cols = xs.length - 1;
  const rows: TableCell[][] = Array.from({ length: ys.length - 1 }, (_, r) =>
    Array.from({ length: cols }, (_, c) => {
      const { text, raw, ocr } = texts[r * cols + c]!;
      const source = { page: page.number, bbox: boxes[r * cols + c]!, method: ocr ? ('ocr' as const) : ('text' as const) };
      return { text, raw, row_span: 1, col_span: 1, merged_into: null, source };
    }),
  );
  const bbox: BBox = [xs[0]!, ys[0]!, xs.at(-1)!, ys.at(-1)!];
  return { page: page.number, pageHeight: page.height, bbox, xs, rows, caption: captionOf(freeLines, bbox, options.captionGap), ruling: 'aligned' };
}

/**
 * Finds the tables drawn without rules on one page, from the alignment of its text: runs of rows
 * whose lines stand in at least three columns with clear gutters between them, over at least three
 * rows, each column aligned at an edge or centre, its texts short (prose set in columns has long
 * lines) and not list items, and nearly every cell filled (a table of contents leaves gaps).
 * `lines` are the page's lines outside its ruled tables; vertical lines are left out.
 */
export function findAlignedTables(page: Page, lines: readonly Line[], options: AlignedTablesOptions = {}): PageTable[] {
  const { minRows = 3, minColumns = 3, maxRowGapEm = 2, maxMedianCellText = 15, minFilledShare = 0.9, captionGap = 2 } = options;
  const settings = { minRows, minColumns, maxRowGapEm, maxMedianCellText, minFilledShare, captionGap };
  const rows = textRows(lines.filter((l) => !isVerticalLine(l) && l.text.trim() !== ''));
  const tables: PageTable[] = [];
  for (let start = 0; start < rows.length; start++) {
    if (rows[start]!.lines.length < 2) continue;
    const grid = growGrid(rows, start, settings);
    if (!isTable(grid, settings)) continue;
    const inGrid = new Set(grid.flatMap((r) => r.lines));
    const table = toPageTable(page, grid, lines.filter((l) => !inGrid.has(l)), settings);
    const cells = table.rows.flat();
    if (cells.filter((cell) => cell.text !== '').length < minFilledShare * cells.length) continue;
    tables.push(table);
    start += grid.length - 1;
  }
  return tables;
}
